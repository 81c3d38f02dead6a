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

struct MetricChartSet {
    const Metric* metric = nullptr;
    std::vector<std::string> area_ids;          // the areas with a series, in site order
    std::vector<spc::SeriesChart> charts;       // one per area id, same order
    view::MetricCharts data;                    // sentences; points at `charts`
    spc::Wording wording;
};

struct SiteCharts {
    std::map<std::string, std::unique_ptr<MetricChartSet>> by_metric;
    const MetricChartSet* find(const std::string& metric_id) const;
};

// Pure: reports series the engine cannot chart (located at the series) and skips them. Metrics
// are analysed on every core.
SiteCharts compute_site_charts(const SiteModel& model, Diagnostics& diags);

// A metric's chart downloads, data/metrics/<id>.json and .csv: (output path, bytes). Made when
// they are written and not kept, since at 500 metrics they come to some 160 MB.
std::vector<std::pair<std::string, std::string>> chart_downloads(const MetricChartSet& set);

}  // namespace scrutiny
