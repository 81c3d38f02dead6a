// Control charts as SVG, drawn at build time: the full chart shown when JavaScript is off and
// in print (the same picture Chart.js draws in the browser), and the small sparkline of the
// summary tables. Pure and deterministic: same chart in, same bytes out (docs/charts.md).
#pragma once

#include <string>

#include "common/translations.h"
#include "spc/analyse_series.h"
#include "spc/sentences.h"  // ValueType

namespace scrutiny::view {

// The colours of special causes (Making Data Count), each at least 3:1 against white.
inline constexpr const char* kImprovementColour = "#1d5fa8";  // blue
inline constexpr const char* kConcernColour = "#b35900";      // orange, darkened
inline constexpr const char* kNeutralColour = "#6a3d9a";      // purple
inline constexpr const char* kCommonColour = "#4b5563";       // grey

// What a marker looks like: the shape carries the meaning as well as the colour
// (improvement: triangle up, concern: triangle down, neutral: diamond, common cause: dot).
struct MarkerStyle {
    const char* shape;   // "triangle-up", "triangle-down", "diamond", "circle"
    const char* colour;
};
MarkerStyle marker_style(spc::PointType type);

// A value axis: from `min` to `max` in steps of `step`, round numbers, covering [lo, hi].
struct AxisScale {
    double min = 0, max = 1, step = 1;
};
AxisScale nice_scale(double lo, double hi, int target_ticks = 5);

struct SvgChartText {
    std::string id;           // unique on the page; prefixes the <title>/<desc> ids
    std::string title;        // "Control chart of Burglary in Shropshire, April 2015 to September 2019"
    std::string description;  // the <desc>: what the chart shows (see describe_chart)
    spc::ValueType value_type = spc::ValueType::count;  // how axis labels read
    std::string unit;         // the axis caption: "offences", "%"
};

// The full chart: monthly values (gaps for missing months) with a marker each, the mean of
// each segment as a stepped line labelled at each recalculation, dashed process limits, the
// target if any, value and month axes. Scales with its container (viewBox, no fixed size).
std::string svg_control_chart(const Translations& tr, const spc::SeriesChart& chart, const SvgChartText& text);

// A 120 x 32 sparkline: the values, the current mean, the latest month's marker. `label` is
// its accessible name (aria-label and <title>); no ids, so it can repeat on a page.
std::string svg_sparkline(const spc::SeriesChart& chart, const std::string& label);

// Plain words for a chart's <desc>: span, recalculations, special-cause months by kind and
// shape, latest value: "54 months, April 2015 to September 2019. ..."
std::string describe_chart(const Translations& tr, const spc::SeriesChart& chart, spc::ValueType value_type,
                           const std::string& unit);

}  // namespace scrutiny::view
