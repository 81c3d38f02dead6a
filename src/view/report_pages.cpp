// The quarterly reports: an index, and one printable page per quarter with an update.
#include "common/calendar_words.h"
#include "common/number_format.h"
#include "model/site_model.h"
#include "view/badges.h"
#include "view/reference_views.h"
#include "view/site_urls.h"
#include "view/site_views.h"

namespace scrutiny {

PageView reports_page(const PageContext& ctx) {
    const Translations& tr = ctx.model.translations;
    PageBuilder page(ctx, std::string(urls::reports), "reports");
    ReportsView v;
    const bool national = !ctx.model.config().national_measures.empty();
    for (const auto& [q, commitments] : ctx.index.commitments_by_quarter) {
        ReportLink link{quarter_words(tr, q), quarter_months_words(tr, q), page.href_dir(urls::report(q)), "", ""};
        if (national) {
            link.national_measures_title = tr.text("national_measures.quarter_title", {{"quarter", link.title}});
            link.national_measures_href = page.href_dir(urls::report_national_measures(q));
        }
        v.reports.push_back(std::move(link));
    }
    if (national) {
        v.national_measures_title = tr.text("national_measures.title");
        v.national_measures_href = page.href_dir(std::string(urls::national_measures));
    }
    return page.page(page.base(tr.text("pages.reports_title"), tr.text("pages.reports_description"), {{tr.text("site.home"), ""}}),
                     std::move(v));
}

namespace {
std::vector<ReportMeasure> quarter_measures(PageBuilder& page, const PageContext& ctx, const std::string& objective,
                                            const FinancialQuarter& q) {
    const Translations& tr = ctx.model.translations;
    std::vector<ReportMeasure> out;
    const Month first = q.first_month();
    for (const Metric* metric : ViewIndex::find(ctx.index.metrics_by_objective, objective)) {
        const MetricChartSet* set = ctx.charts.find(metric->id);
        if (!set || set->charts.empty()) continue;
        // The quarter's total in the first (whole-force) area, when the data covers it.
        for (const auto& quarter : set->charts.front().quarters) {
            if (quarter.first != first) continue;
            const spc::ValueType type = metric->value_type;
            ReportMeasure row{metric->title, page.href_dir(urls::measure(metric->id)), page.absolute_dir(urls::measure(metric->id)),
                              format_value(tr, quarter.total, type) + (type == spc::ValueType::percent ? "" : " " + metric->unit),
                              quarter.previous ? format_value(tr, *quarter.previous, type) : "",
                              quarter.quarter_average ? format_value(tr, *quarter.quarter_average, type) : "",
                              chart_badges_at(tr, set->charts.front(), quarter.first.plus(2)),
                              "", "", "", ""};
            // The whole force's chart, as its measure page draws it, so a printed report has it: the
            // file written once per metric, so that a report of many measures stays light.
            if (metric->status != MetricStatus::in_development && !set->data.areas.empty()) {
                ChartFigure figure = area_chart_words(tr, *metric, set->data.areas.front());
                row.chart_id = chart_file_id(metric->id);
                row.figcaption = std::move(figure.figcaption);
                row.chart_alt = std::move(figure.description);
                row.chart_src = page.href(urls::metric_download(metric->id, "svg"));
            }
            out.push_back(std::move(row));
        }
    }
    return out;
}
}  // namespace

PageView report_page(const PageContext& ctx, const FinancialQuarter& q) {
    const Translations& tr = ctx.model.translations;
    PageBuilder page(ctx, urls::report(q), "reports");
    const std::string months = quarter_months_words(tr, q);
    BaseView base = page.base(tr.text("pages.report_title", {{"quarter", quarter_words(tr, q)}}),
                              tr.text("pages.report_description", {{"months", months}}),
                              {{tr.text("site.home"), ""}, {tr.text("pages.reports_title"), std::string(urls::reports)}});
    ReportView v;
    v.months = months;
    const auto& in_quarter = ViewIndex::find(ctx.index.commitments_by_quarter, q);
    for (const auto& o : ctx.model.config().objectives) {
        ReportObjective objective{o.title, {}, {}};
        for (const Commitment* c : in_quarter) {
            if (c->objective != o.id) continue;
            ReportCommitment item{c->ref, c->title, page.href_dir(urls::commitment(c->slug)), page.absolute_dir(urls::commitment(c->slug)),
                                  status_text(tr, c->status), status_class(c->status), {}};
            for (const auto& u : c->updates)
                if (u.period == q) item.updates.push_back({u.activity ? u.activity->value : "", page.markdown(u.text_markdown, 3)});
            objective.commitments.push_back(std::move(item));
        }
        objective.measures = quarter_measures(page, ctx, o.id, q);
        if (!objective.commitments.empty() || !objective.measures.empty()) v.objectives.push_back(std::move(objective));
    }
    if (!ctx.model.config().national_measures.empty()) {
        v.national_measures_title = tr.text("national_measures.quarter_title", {{"quarter", quarter_words(tr, q)}});
        v.national_measures_href = page.href_dir(urls::report_national_measures(q));
        v.national_measures_print_href = page.absolute_dir(urls::report_national_measures(q));
    }
    return page.page(std::move(base), std::move(v));
}

}  // namespace scrutiny
