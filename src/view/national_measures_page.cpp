// The national measures statement: the figures the office would otherwise copy by hand into its
// quarterly statement on the National Crime and Policing Measures, from the same charts as the
// measure pages.
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

PageView national_measures_page(const PageContext& ctx) {
    const SiteModel& m = ctx.model;
    const Translations& t = m.translations;
    PageBuilder page(ctx, std::string(urls::national_measures), "reports");
    NationalMeasuresView v;
    v.commissioner_heading = t.text("national_measures.commissioner");
    v.exceptions_heading = t.text("national_measures.exceptions");
    for (const auto& id : national_measure_ids()) {
        NationalMeasureView n{id, t.text("national_measures." + id), t.text("national_measures.not_mapped")};
        for (const auto& mapping : m.config().national_measures) {
            if (mapping.id != id) continue;
            n.note = mapping.note;
            for (const auto& ref : mapping.metrics) {
                const Metric* metric = m.metric(ref.value);
                if (!metric) continue;  // reported by the cross-reference check
                const MetricChartSet* set = metric->status == MetricStatus::in_development ? nullptr : ctx.charts.find(metric->id);
                n.measures.push_back(measure_summary_row(page, t, *metric, set));
                if (set) add_exceptions(page, t, *metric, *set, n.exceptions);
            }
        }
        if (auto text = m.content.national_texts.find(id); text != m.content.national_texts.end()) {
            n.text_html = page.markdown(text->second.body_markdown, 2);
            n.has_text = true;
        }
        v.national_measures.push_back(std::move(n));
    }
    return page.page(page.base(t.text("national_measures.title"), t.text("national_measures.description"),
                               {{t.text("site.home"), ""}, {t.text("site.reports"), std::string(urls::reports)}}),
                     std::move(v));
}

}  // namespace scrutiny
