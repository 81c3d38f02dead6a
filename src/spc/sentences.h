// The plain-English summaries of docs/spc-method.md section 6, generated from a computed chart.
// Decisions where docs/spc-method.md is silent are documented in docs/chart-json.md ("Sentences").
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "spc/analyse_series.h"

namespace scrutiny::spc {

// How a metric's values read: counts are "volumes" of the noun ("offences"); percentages,
// rates and minutes are levels, read with the metric's title ("Satisfaction rose to 81.7%").
enum class ValueType { count, percent, rate, minutes };

struct Wording {
    std::string noun = "values";  // counts: "offences"; rates: the unit ("per 1,000 people")
    ValueType value_type = ValueType::count;
    std::string title;            // "Victim satisfaction"
};

// Months with a change smaller than this (relative) read as "comparable".
inline constexpr double kComparableChange = 0.02;

// The latest month against the previous month and the monthly average, e.g.
// "Decreased volumes on previous month but above monthly average". "" without data.
std::string month_sentence(const SeriesChart& chart, const Wording& wording);

// The latest complete quarter, e.g. "2,762 offences were recorded last quarter, a 3% decrease
// compared to the previous quarter (2,846) but above the quarter average (2,654)."
// "" when the series has no complete quarter.
std::string quarter_sentence(const SeriesChart& chart, const Wording& wording);

// Section 4's pending recalculation, e.g. "7th consecutive month above the monthly average;
// if this continues next month the monthly average will be recalculated". "" when none.
std::string pending_sentence(const SeriesChart& chart);

struct AreaChart {
    std::string name;  // "Shropshire"; "" for a lone series (then no "in ..." is written)
    const SeriesChart* chart = nullptr;
};

// The metric's commentary across areas, parts joined with " and ": exceptional areas (or
// "No exceptional volumes"), baselines that moved in each area's latest complete quarter
// ("increase in the monthly average in South Worcestershire (from 14 to 18 per month)"),
// and pending recalculations.
std::string commentary_sentence(const std::vector<AreaChart>& areas, const Wording& wording);

}  // namespace scrutiny::spc
