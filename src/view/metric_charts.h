// The control-chart stage of the site build: every metric's series turned into SPC inputs
// (site [spc] options overlaid by the metric's), analysed, and worded.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/diagnostics.h"
#include "spc/analyse_series.h"
#include "view/chart_json.h"

namespace scrutiny {

struct SiteModel;
struct Metric;
struct Translations;

struct MetricChartSet {
    const Metric* metric = nullptr;
    std::vector<std::string> area_ids;          // the areas with a series, in site order
    std::vector<spc::SeriesChart> charts;       // one per area id, same order
    view::MetricCharts data;                    // sentences; points at `charts`
    spc::Wording wording;
    // Whether the whole force's control chart is written as the file data/metrics/<id>.svg (the
    // quarterly reports show it): drawn only when the file is made (chart_downloads), since a
    // rebuild that keeps the file needs none of its some 10 KB.
    bool has_whole_force_svg = false;
};

struct SiteCharts {
    std::map<std::string, std::unique_ptr<MetricChartSet>> by_metric;
    const MetricChartSet* find(const std::string& metric_id) const;
};

// Pure: reports series the engine cannot chart (located at the series) and skips them. Metrics
// are analysed on every core.
SiteCharts compute_site_charts(const SiteModel& model, Diagnostics& diags);

// The metric's charts as they read at the end of `month`: each series cut after it and analysed
// again, so limits, signals and sentences are those the site would have shown then (a quarter's
// national measures statement). Null when no series has a figure by then.
std::unique_ptr<MetricChartSet> chart_set_as_at(const SiteModel& model, const Metric& metric, spc::Period month);

// A metric's chart downloads, data/metrics/<id>.json and .csv, and the whole force's control chart
// as data/metrics/<id>.svg (the quarterly reports show it): (output path, bytes). Made when they
// are written and not kept, since at 500 metrics they come to some 160 MB.
// `tr`: the site's translations, for the chart's words.
std::vector<std::pair<std::string, std::string>> chart_downloads(const MetricChartSet& set, const Translations& tr);
// Their output paths alone, in the same order, without making them.
std::vector<std::string> chart_download_paths(const MetricChartSet& set);

}  // namespace scrutiny
