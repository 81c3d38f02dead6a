// The national measures statement: the figures the office would otherwise copy by hand into its
// quarterly statement on the National Crime and Policing Measures, from the same charts as the
// measure pages.
#include "common/calendar_words.h"
#include "model/site_model.h"
#include "view/badges.h"
#include "view/national_views.h"
#include "view/site_urls.h"
#include "view/site_views.h"

namespace scrutiny {

namespace {
std::string variation_label(const Translations& t, const spc::SeriesChart& chart) {
    for (const auto& b : chart_badges(t, chart))
        if (b.kind == "variation") return b.label;
    return "";
}

// Areas whose latest variation signal is not the whole force's (the first area of the charts).
void add_exceptions(PageBuilder& page, const Translations& t, const Metric& metric, const MetricChartSet& set,
                    std::vector<AreaException>& out) {
    const auto& areas = set.data.areas;
    if (areas.size() < 2 || !areas.front().chart) return;
    const std::string force = variation_label(t, *areas.front().chart);
    for (size_t i = 1; i < areas.size(); ++i) {
        if (!areas[i].chart) continue;
        const std::string signal = variation_label(t, *areas[i].chart);
        if (signal != force)
            out.push_back({metric.title, page.href_dir(urls::measure(metric.id)), areas[i].name, signal, force,
                           t.text("national_measures.exception", {{"measure", metric.title}, {"area", areas[i].name}, {"signal", signal}, {"force_signal", force}})});
    }
}
}  // namespace

namespace {
// The statement as it stands (`quarter` null), or as it stood at the end of `quarter`: then every
// measure's charts are analysed again on the figures up to the quarter's last month, and the
// Commissioner's words, which are today's, are left to the current statement it links to.
PageView statement(const PageContext& ctx, const FinancialQuarter* quarter) {
    const SiteModel& m = ctx.model;
    const Translations& t = m.translations;
    const std::string dir = quarter ? urls::report_national_measures(*quarter) : std::string(urls::national_measures);
    PageBuilder page(ctx, dir, "reports");
    NationalMeasuresView v;
    v.commissioner_heading = t.text("national_measures.commissioner");
    v.exceptions_heading = t.text("national_measures.exceptions");
    if (quarter) {
        v.current_link = t.text("national_measures.current");
        v.current_href = page.href_dir(std::string(urls::national_measures));
    }
    for (const auto& id : national_measure_ids()) {
        NationalMeasureView n{id, t.text("national_measures." + id), t.text("national_measures.not_mapped")};
        for (const auto& mapping : m.config().national_measures) {
            if (mapping.id != id) continue;
            n.note = mapping.note;
            for (const auto& ref : mapping.metrics) {
                const Metric* metric = m.metric(ref.value);
                if (!metric) continue;  // reported by the cross-reference check
                const bool charted = metric->status != MetricStatus::in_development;
                if (!quarter) {
                    const MetricChartSet* set = charted ? ctx.charts.find(metric->id) : nullptr;
                    n.measures.push_back(measure_summary_row(page, t, *metric, set));
                    if (set) add_exceptions(page, t, *metric, *set, n.exceptions);
                    continue;
                }
                std::unique_ptr<MetricChartSet> then;
                if (charted && ctx.charts.find(metric->id)) then = chart_set_as_at(m, *metric, quarter->first_month().plus(2));
                // Where the figures do not reach the quarter, the row says so rather than show older ones.
                const spc::Point* latest = then && !then->data.areas.empty() ? then->data.areas.front().chart->latest_point() : nullptr;
                if (charted && (!latest || latest->period < quarter->first_month())) {
                    MeasureRow row = measure_summary_row(page, t, *metric, nullptr);
                    row.data_sentence = t.text("national_measures.no_figures", {{"quarter", quarter_words(t, *quarter)}});
                    n.measures.push_back(std::move(row));
                    continue;
                }
                n.measures.push_back(measure_summary_row(page, t, *metric, then.get()));
                if (then) add_exceptions(page, t, *metric, *then, n.exceptions);
            }
        }
        if (auto text = m.content.national_texts.find(id); !quarter && text != m.content.national_texts.end()) {
            n.text_html = page.markdown(text->second.body_markdown, 2);
            n.has_text = true;
        }
        v.national_measures.push_back(std::move(n));
    }
    if (!quarter)
        return page.page(page.base(t.text("national_measures.title"), t.text("national_measures.description"),
                                   {{t.text("site.home"), ""}, {t.text("site.reports"), std::string(urls::reports)}}),
                         std::move(v));
    const std::string words = quarter_words(t, *quarter);
    return page.page(page.base(t.text("national_measures.quarter_title", {{"quarter", words}}),
                               t.text("national_measures.quarter_description", {{"months", quarter_months_words(t, *quarter)}}),
                               {{t.text("site.home"), ""},
                                {t.text("site.reports"), std::string(urls::reports)},
                                {t.text("pages.report_title", {{"quarter", words}}), urls::report(*quarter)}}),
                     std::move(v));
}
}  // namespace

PageView national_measures_page(const PageContext& ctx) { return statement(ctx, nullptr); }

PageView quarter_national_measures_page(const PageContext& ctx, const FinancialQuarter& quarter) { return statement(ctx, &quarter); }

}  // namespace scrutiny
