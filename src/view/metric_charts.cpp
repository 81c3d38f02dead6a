#include "view/metric_charts.h"

#include <cmath>

#include "common/parallel.h"
#include "model/site_model.h"
#include "view/site_urls.h"
#include "view/site_views.h"

namespace scrutiny {

const MetricChartSet* SiteCharts::find(const std::string& metric_id) const {
    auto it = by_metric.find(metric_id);
    return it == by_metric.end() ? nullptr : it->second.get();
}

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
// A metric's charts, one per area with a series, in the site's area order; with `until`, each
// series cut after that month (a series with no figure by then is left out).
std::unique_ptr<MetricChartSet> make_chart_set(const SiteModel& model, const Metric& metric, Diagnostics& diags,
                                               std::optional<spc::Period> until) {
    auto set = std::make_unique<MetricChartSet>();
    set->metric = &metric;
    set->wording.noun = metric.unit;
    set->wording.value_type = metric.value_type;
    set->wording.title = metric.title;
    // Analyse in the site's area order, so the total area comes first wherever it is written.
    std::vector<const Series*> ordered;
    for (const auto& area : model.config().areas)
        for (const auto& s : metric.series)
            if (s.area.value == area.id) ordered.push_back(&s);
    set->charts.reserve(ordered.size());
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
        set->area_ids.push_back(s->area.value);
        set->charts.push_back(spc::analyse_series(input));
    }
    std::vector<view::AreaInput> inputs;
    for (size_t i = 0; i < set->charts.size(); ++i)
        inputs.push_back({set->area_ids[i], model.area(set->area_ids[i])->name, &set->charts[i]});
    view::MetricMeta meta{metric.id, metric.title, metric.unit, metric.improvement, metric.target};
    set->data = view::make_metric_charts(meta, inputs, set->wording, model.translations);
    set->has_whole_force_svg = !until && metric.status != MetricStatus::in_development && !set->data.areas.empty();
    return set;
}
}  // namespace

SiteCharts compute_site_charts(const SiteModel& model, Diagnostics& diags) {
    const auto& metrics = model.content.metrics;
    std::vector<std::unique_ptr<MetricChartSet>> made(metrics.size());
    std::vector<Diagnostics> problems_of(metrics.size());
    parallel_for(metrics.size(), worker_count(),
                 [&](size_t, size_t m) { made[m] = make_chart_set(model, metrics[m], problems_of[m], std::nullopt); });
    SiteCharts out;
    for (size_t m = 0; m < metrics.size(); ++m) {  // in file order, as a single thread would
        diags.append(problems_of[m]);
        out.by_metric.emplace(metrics[m].id, std::move(made[m]));
    }
    return out;
}

std::unique_ptr<MetricChartSet> chart_set_as_at(const SiteModel& model, const Metric& metric, spc::Period month) {
    Diagnostics ignored;  // the whole series was checked when the site's charts were made
    auto set = make_chart_set(model, metric, ignored, month);
    if (set->charts.empty()) return nullptr;
    return set;
}

std::vector<std::string> chart_download_paths(const MetricChartSet& set) {
    const std::string& id = set.data.metric.id;
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
