#include "view/metric_charts.h"

#include <cmath>

#include "common/parallel.h"
#include "model/site_model.h"
#include "view/site_urls.h"
#include "view/site_views.h"

namespace scrutiny {

namespace {
spc::Options options_for(const SpcSettings& site, const SpcSettings& metric) {
    spc::Options o;
    auto pick = [](const auto& m, const auto& s, auto fallback) { return m ? *m : (s ? *s : fallback); };
    o.shift_run = pick(metric.shift_run, site.shift_run, o.shift_run);
    o.trend_run = pick(metric.trend_run, site.trend_run, o.trend_run);
    o.screen_outliers = pick(metric.screen_outliers, site.screen_outliers, o.screen_outliers);
    o.recalculate_after = pick(metric.recalculate_after, site.recalculate_after, o.recalculate_after);
    o.min_points = pick(metric.min_points, site.min_points, o.min_points);
    if (metric.fix_after_n_points) o.fix_after_n_points = metric.fix_after_n_points;
    else if (site.fix_after_n_points) o.fix_after_n_points = site.fix_after_n_points;
    return o;
}
}  // namespace

namespace {
// A metric's series as the control-chart engine takes them, one per area with a series, in the
// site's area order (so the total area comes first wherever it is written); with `until`, each
// series cut after that month (a series with no figure by then is left out). A series the engine
// cannot chart is reported and left out.
std::vector<std::pair<const Series*, spc::SeriesInput>> chart_inputs(const SiteModel& model, const Metric& metric,
                                                                     Diagnostics& diags, std::optional<spc::Period> until) {
    std::vector<const Series*> ordered;
    for (const auto& area : model.config().areas)
        for (const auto& s : metric.series)
            if (s.area.value == area.id) ordered.push_back(&s);
    std::vector<std::pair<const Series*, spc::SeriesInput>> out;
    for (const Series* s : ordered) {
        spc::SeriesInput input;
        if (!s->start) continue;  // already reported by the parser
        input.start = *s->start;
        input.values = s->values;
        input.improvement = metric.improvement;
        input.target = metric.target;
        input.aggregate = metric.aggregate;
        input.options = options_for(model.config().spc, metric.spc);
        for (const auto& r : s->rebase)
            if (!until || r.month <= *until) input.rebase.push_back(r.month);
        if (until) {
            const int keep = until->index() - input.start.index() + 1;
            if (keep <= 0) continue;
            if (static_cast<size_t>(keep) < input.values.size()) input.values.resize(static_cast<size_t>(keep));
            while (!input.values.empty() && std::isnan(input.values.back())) input.values.pop_back();
            if (input.values.empty()) continue;
        }
        const auto problems = spc::validate(input);
        if (!problems.empty()) {
            for (const auto& p : problems) diags.error(s->where, "series for `" + s->area.value + "`: " + p);
            continue;
        }
        out.push_back({s, std::move(input)});
    }
    return out;
}

// The set before analysis: its areas, latest month and downloads (MetricChartSet).
std::unique_ptr<MetricChartSet> chart_set_outline(const SiteModel& model, const Metric& metric, Diagnostics& diags,
                                                  std::optional<spc::Period> until) {
    auto set = std::make_unique<MetricChartSet>();
    set->metric = &metric;
    set->wording.noun = metric.unit;
    set->wording.value_type = metric.value_type;
    set->wording.title = metric.title;
    for (const auto& [series, input] : chart_inputs(model, metric, diags, until)) {
        set->area_ids.push_back(series->area.value);
        for (size_t i = input.values.size(); i-- > 0;)
            if (!std::isnan(input.values[i])) {  // the engine's summary.latest: the last month with a value
                const spc::Period month = input.start.plus(static_cast<int>(i));
                if (!set->latest || month > *set->latest) set->latest = month;
                break;
            }
    }
    set->has_whole_force_svg = !until && metric.status != MetricStatus::in_development && !set->area_ids.empty();
    return set;
}

// Makes the set's charts and sentences.
void analyse(const SiteModel& model, MetricChartSet& set, std::optional<spc::Period> until) {
    const Metric& metric = *set.metric;
    Diagnostics reported;  // already, when the outline was made
    for (auto& [series, input] : chart_inputs(model, metric, reported, until)) set.charts.push_back(spc::analyse_series(input));
    std::vector<view::AreaInput> inputs;
    for (size_t i = 0; i < set.charts.size(); ++i)
        inputs.push_back({set.area_ids[i], model.area(set.area_ids[i])->name, &set.charts[i]});
    view::MetricMeta meta{metric.id, metric.title, metric.unit, metric.improvement, metric.target};
    set.data = view::make_metric_charts(meta, inputs, set.wording, model.translations);
}
}  // namespace

const MetricChartSet* SiteCharts::find(const std::string& metric_id) const {
    auto it = by_metric_.find(metric_id);
    if (it == by_metric_.end()) return nullptr;
    MetricChartSet& set = *it->second.set;
    std::call_once(*it->second.analysed, [&] { analyse(*model_, set, std::nullopt); });
    return &set;
}

SiteCharts compute_site_charts(const SiteModel& model, Diagnostics& diags) {
    const auto& metrics = model.content.metrics;
    std::vector<std::unique_ptr<MetricChartSet>> made(metrics.size());
    std::vector<Diagnostics> problems_of(metrics.size());
    parallel_for(metrics.size(), worker_count(),
                 [&](size_t, size_t m) { made[m] = chart_set_outline(model, metrics[m], problems_of[m], std::nullopt); });
    SiteCharts out;
    out.model_ = &model;
    for (size_t m = 0; m < metrics.size(); ++m) {  // in file order, as a single thread would
        diags.append(problems_of[m]);
        out.by_metric_.emplace(metrics[m].id, SiteCharts::Lazy{std::move(made[m])});
    }
    return out;
}

std::unique_ptr<MetricChartSet> chart_set_as_at(const SiteModel& model, const Metric& metric, spc::Period month) {
    Diagnostics ignored;  // the whole series was checked when the site's charts were made
    auto set = chart_set_outline(model, metric, ignored, month);
    if (set->area_ids.empty()) return nullptr;
    analyse(model, *set, month);
    return set;
}

std::vector<std::string> chart_download_paths(const MetricChartSet& set) {
    const std::string& id = set.metric->id;
    std::vector<std::string> paths{urls::metric_download(id, "json"), urls::metric_download(id, "csv")};
    if (set.has_whole_force_svg) paths.push_back(urls::metric_download(id, "svg"));
    return paths;
}

std::vector<std::pair<std::string, std::string>> chart_downloads(const MetricChartSet& set, const Translations& tr) {
    auto paths = chart_download_paths(set);
    std::vector<std::pair<std::string, std::string>> files{{std::move(paths[0]), view::chart_json_text(set.data)},
                                                           {std::move(paths[1]), view::chart_csv_text(set.data)}};
    if (paths.size() > 2)
        files.push_back({std::move(paths[2]),
                         area_chart_figure(tr, *set.metric, set.data.areas.front(), chart_file_id(set.metric->id)).svg.html + "\n"});
    return files;
}

}  // namespace scrutiny
