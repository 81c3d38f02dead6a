// The chart data a metric page downloads: data/metrics/<id>.json (schema 1, docs/spc-method.md section 7,
// documented in docs/chart-json.md) and data/metrics/<id>.csv.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "spc/analyse_series.h"
#include "spc/sentences.h"

namespace scrutiny::view {

inline constexpr int kChartJsonSchema = 1;

struct MetricMeta {
    std::string id;     // "violence-with-injury"
    std::string title;  // "Violence with injury"
    std::string unit;   // "offences", "%", "minutes"
    spc::Improvement improvement = spc::Improvement::increase;
    std::optional<double> target;
};

struct AreaChartData {
    std::string id;    // "west-mercia"
    std::string name;  // "West Mercia"
    const spc::SeriesChart* chart = nullptr;  // not owned
    std::string month_sentence;
    std::string quarter_sentence;  // "" is written as null
};

struct MetricCharts {
    MetricMeta metric;
    std::vector<AreaChartData> areas;
    std::string commentary_sentence;
};

struct AreaInput {
    std::string id;
    std::string name;
    const spc::SeriesChart* chart = nullptr;
};

// Fills in every sentence (month and quarter per area, commentary across areas).
MetricCharts make_metric_charts(MetricMeta metric, const std::vector<AreaInput>& areas,
                                const spc::Wording& wording);

// The JSON text, keys in docs/spc-method.md's order, byte-for-byte deterministic. indent < 0: compact
// (what the site publishes); otherwise pretty-printed with that many spaces. Ends with "\n".
std::string chart_json_text(const MetricCharts& charts, int indent = -1);

// The CSV download: header "period,area,value,mean,lcl,ucl,rule,type", one row per month per
// area, numbers in shortest exact form, missing values and common-cause rules empty.
std::string chart_csv_text(const MetricCharts& charts);

}  // namespace scrutiny::view
