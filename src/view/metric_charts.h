// The control-chart stage of the site build: every metric's series turned into SPC inputs
// (site [spc] options overlaid by the metric's), analysed, and worded.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
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
    std::optional<spc::Period> latest;          // the last month with a figure in any of them
    std::vector<spc::SeriesChart> charts;       // one per area id, same order
    view::MetricCharts data;                    // sentences; points at `charts`
    spc::Wording wording;
    // Whether the whole force's control chart is written as the file data/metrics/<id>.svg (the
    // quarterly reports show it): drawn only when the file is made (chart_downloads), since a
    // rebuild that keeps the file needs none of its some 10 KB.
    bool has_whole_force_svg = false;
};

// Every metric's control charts. A set's series are checked, and its areas, latest month and
// download paths known, when the site's charts are made; its charts and sentences are made the
// first time find() gives it (once, on whichever core asks first), so a rebuild that keeps every
// measure page and chart file (an edit to a commitment's words) analyses only the few metrics the
// pages it makes show, not all 500 of a large site.
class SiteCharts {
public:
    SiteCharts() = default;
    SiteCharts(SiteCharts&&) = default;
    SiteCharts& operator=(SiteCharts&&) = default;

    // The metric's set, its charts made; null for a metric the site does not have.
    const MetricChartSet* find(const std::string& metric_id) const;
    // Every metric's set in id order, its charts not made (only what the set's comment says is
    // known before): f(const MetricChartSet&).
    template <class F>
    void for_each_unanalysed(F&& f) const {
        for (const auto& [id, lazy] : by_metric_) f(static_cast<const MetricChartSet&>(*lazy.set));
    }

private:
    friend SiteCharts compute_site_charts(const SiteModel& model, Diagnostics& diags);
    struct Lazy {
        std::unique_ptr<MetricChartSet> set;
        std::unique_ptr<std::once_flag> analysed = std::make_unique<std::once_flag>();
    };
    const SiteModel* model_ = nullptr;
    std::map<std::string, Lazy> by_metric_;
};

// Pure: reports series the engine cannot chart (located at the series) and skips them. Metrics
// are checked on every core; each is analysed when first found (SiteCharts::find).
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
