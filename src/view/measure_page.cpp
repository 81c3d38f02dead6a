// Measure pages and the measure summary rows of home, objective and report pages.
#include <algorithm>
#include <cmath>

#include "common/calendar_words.h"
#include "model/site_model.h"
#include "view/badges.h"
#include "view/content_views.h"
#include "view/site_urls.h"
#include "view/site_views.h"
#include "view/svg_chart.h"

namespace scrutiny {

namespace {
// "April 2015 to September 2019" (or the one month).
std::string span_label(const Translations& tr, const spc::SeriesChart& chart) {
    if (chart.points.empty()) return "";
    std::string s = month_words(tr, chart.points.front().period);
    if (chart.points.size() > 1) s = tr.text("measure.span", {{"first", s}, {"last", month_words(tr, chart.points.back().period)}});
    return s;
}

}  // namespace

ChartFigure area_chart_words(const Translations& tr, const Metric& metric, const view::AreaChartData& a) {
    const spc::SeriesChart& chart = *a.chart;
    const TranslationArgs about{{"title", metric.title}, {"area", a.name}, {"span", span_label(tr, chart)}};
    ChartFigure f;
    f.figcaption = tr.text("measure.figcaption", about);
    f.label = tr.text("measure.chart_title", about);
    f.description = view::describe_chart(tr, chart, metric.value_type, metric.unit);
    return f;
}

ChartFigure area_chart_figure(const Translations& tr, const Metric& metric, const view::AreaChartData& a, const std::string& id) {
    ChartFigure f = area_chart_words(tr, metric, a);
    f.svg.html = view::svg_control_chart(tr, *a.chart, {id, f.label, f.description, metric.value_type, metric.unit});
    return f;
}

namespace {
AreaChart area_chart(PageBuilder& page, const Translations& tr, const Metric& metric, const view::AreaChartData& a) {
    const spc::SeriesChart& chart = *a.chart;
    AreaChart area;
    area.id = a.id;
    area.name = a.name;
    area.area_href = page.href_dir(urls::area(a.id));
    area.area_link = tr.text("area.every_measure_for", {{"area", a.name}});
    area.month_sentence = a.month.text;
    area.quarter_sentence = a.quarter.text;
    area.step_sentence = a.step.text;
    area.pending_sentence = a.pending.text;
    area.badges = chart_badges(tr, chart);
    // The chart: drawn by Chart.js from the JSON, and as SVG for no JavaScript and print.
    area.chart_id = "chart-" + a.id;
    const TranslationArgs about{{"title", metric.title}, {"area", a.name}, {"span", span_label(tr, chart)}};
    ChartFigure figure = area_chart_figure(tr, metric, a, area.chart_id);
    area.figcaption = std::move(figure.figcaption);
    area.canvas_label = tr.text("measure.canvas_label", {{"chart", figure.label}});
    area.chart_svg = std::move(figure.svg);
    area.rows.reserve(chart.points.size());
    for (auto p = chart.points.rbegin(); p != chart.points.rend(); ++p) {  // newest month first
        const auto& lim = chart.segments[p->segment].limits;
        area.rows.push_back({month_words(tr, p->period),
                             std::isnan(p->value) ? tr.text("measure.no_figure") : format_value(tr, p->value, metric.value_type),
                             format_limit(tr, lim.mean, metric.value_type), format_limit(tr, lim.lcl, metric.value_type),
                             format_limit(tr, lim.ucl, metric.value_type), signal_words(tr, p->rule, p->type)});
    }
    area.caption = tr.text("measure.table_caption", about);
    return area;
}
}  // namespace

namespace {
// A measure's row for one area's chart (`area` null: the row says nothing of the figures).
MeasureRow area_summary_row(PageBuilder& page, const Translations& tr, const Metric& metric, const MetricChartSet* set,
                            const view::AreaChartData* area) {
    MeasureRow row{metric.id, metric.title, page.href_dir(urls::measure(metric.id)), metric.inclusion};
    if (metric.status == MetricStatus::in_development) {
        row.data_sentence = tr.text("measure.in_development");
        return row;
    }
    if (!set || !area) return row;
    const auto& first = *area;
    // Each sentence names its period and ends with its own full stop.
    for (const std::string* s : {&first.month.text, &first.quarter.text, &first.step.text})
        if (!s->empty()) row.data_sentence += (row.data_sentence.empty() ? "" : " ") + *s;
    row.commentary_sentence = set->data.commentary.text;
    row.badges = chart_badges(tr, *first.chart);
    std::string label = tr.text("measure.sparkline", {{"title", metric.title}, {"area", first.name}, {"span", span_label(tr, *first.chart)}});
    if (const spc::Point* latest = first.chart->latest_point())
        label = tr.text("measure.sparkline_latest",
                        {{"label", label},
                         {"value", format_value(tr, latest->value, metric.value_type) +
                                       (metric.value_type == spc::ValueType::percent || metric.unit == "%" ? "" : " " + metric.unit)},
                         {"month", month_words(tr, latest->period)}});
    row.sparkline_svg.html = view::svg_sparkline(*first.chart, label);
    return row;
}
}  // namespace

MeasureRow measure_summary_row(PageBuilder& page, const Translations& tr, const Metric& metric, const MetricChartSet* set) {
    const bool charted = set && !set->data.areas.empty();
    return area_summary_row(page, tr, metric, set, charted ? &set->data.areas.front() : nullptr);
}

MeasureRow measure_area_row(PageBuilder& page, const Metric& metric, const MetricChartSet* set, const Area& area,
                            const Translations& tr) {
    const view::AreaChartData* chart = nullptr;
    if (set)
        for (const auto& a : set->data.areas)
            if (a.id == area.id) chart = &a;
    MeasureRow row = area_summary_row(page, tr, metric, set, chart);
    // The commentary speaks of the measure across all areas (often naming others); on one area's
    // page it would read as if about this one. The measure page, one link away, has it.
    row.commentary_sentence.clear();
    if (chart && metric.status != MetricStatus::in_development)
        row.href += "#area-" + area.id;  // the measure page opens on this area's chart
    else if (metric.status != MetricStatus::in_development)
        row.data_sentence = tr.text("area.no_figures", {{"area", area.name}});
    return row;
}

PageView measure_page(const PageContext& ctx, const Metric& metric) {
    const SiteModel& m = ctx.model;
    const std::string objective_id = metric.objective ? metric.objective->value : "";
    PageBuilder page(ctx, urls::measure(metric.id), objective_id.empty() ? "home" : "objective:" + objective_id);
    const Objective* o = objective_id.empty() ? nullptr : m.objective(objective_id);
    const Translations& tr = m.translations;
    std::vector<std::pair<std::string, std::string>> crumbs{{tr.text("site.home"), ""}};
    if (o) crumbs.push_back({o->title, urls::objective(o->id)});
    BaseView base = page.base(metric.title, metric.definition, crumbs);
    MeasureView v;
    v.metric_id = metric.id;
    v.objective_title = o ? o->title : "";
    v.objective_href = o ? page.href_dir(urls::objective(o->id)) : "";
    v.unit = metric.unit;
    v.definition = metric.definition;
    v.source = metric.source;
    v.inclusion = metric.inclusion;
    v.illustrative = metric.illustrative;
    v.methodology_href = page.href_dir("methodology");
    v.target = metric.target ? format_value(tr, *metric.target, metric.value_type) : "";
    v.improvement = tr.text("measure." + improvement_words().word(metric.improvement));
    v.signs_of_improvement = metric.signs_of_improvement;
    v.commentary_html = page.markdown(metric.commentary_markdown, 2);
    v.json_href = page.href(urls::metric_download(metric.id, "json"));
    v.csv_href = page.href(urls::metric_download(metric.id, "csv"));
    v.in_development = metric.status == MetricStatus::in_development;
    v.status_note_html = page.markdown(metric.status_note_markdown, 2);
    const MetricChartSet* set = v.in_development ? nullptr : ctx.charts.find(metric.id);
    if (set) {
        v.commentary_sentence = set->data.commentary.text;
        for (const auto& a : set->data.areas) v.areas.push_back(area_chart(page, tr, metric, a));
    }
    v.has_area_choice = v.areas.size() > 1;
    v.value_type = value_type_words().word(metric.value_type);
    if (!v.areas.empty())  // Chart.js and the chart script, on pages that draw a chart only
        base.scripts = {{page.href(std::string(urls::assets) + "/vendor/chart.js/chart.min.js")},
                        {page.href(std::string(urls::assets) + "/js/charts.js")}};
    for (const auto& ref : metric.oversight)
        if (const Mechanism* x = m.mechanism(ref.value)) v.oversight.push_back({x->name, page.href(urls::glossary_entry(x->id)), x->meets});
    for (const Commitment* c : ViewIndex::find(ctx.index.commitments_by_metric, metric.id))
        v.related.push_back({c->ref, c->title, page.href_dir(urls::commitment(c->slug))});
    return page.page(std::move(base), std::move(v), metric.source_file);
}

}  // namespace scrutiny
