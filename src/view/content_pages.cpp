// Home, objective, commitment and measure pages.
#include <algorithm>
#include <cmath>
#include <set>

#include "common/number_format.h"
#include "common/text.h"
#include "content/markdown.h"
#include "model/site_model.h"
#include "view/badges.h"
#include "view/site_views.h"
#include "view/svg_chart.h"

namespace scrutiny {

namespace {
std::string owner_label(const std::string& owner) {
    return owner == "pcc" ? "Commissioner's commitment" : "Policing element";
}

std::string update_period_label(const FinancialQuarter& q) { return q.fy_label() + " (" + q.months_label() + ")"; }

// Updates newest first: by quarter, then publication date, then file order.
std::vector<const Update*> updates_newest_first(const Commitment& c) {
    std::vector<const Update*> out;
    for (const auto& u : c.updates) out.push_back(&u);
    std::stable_sort(out.begin(), out.end(), [](const Update* a, const Update* b) {
        if (a->period != b->period) return a->period > b->period;
        return a->published.value_or(Date{}) > b->published.value_or(Date{});
    });
    return out;
}

Json commitment_row(PageBuilder& page, const Commitment& c) {
    Json j{{"ref", c.ref}, {"title", c.title}, {"href", page.href_dir("commitments/" + c.slug)},
           {"status", status_label(c.status)}, {"status_class", status_class(c.status)},
           {"owner", owner_label(c.owner)}};
    const auto updates = updates_newest_first(c);
    j["latest_update"] = updates.empty() ? std::string() : updates.front()->period.fy_label();
    return j;
}

// "April 2015 to September 2019" (or the one month).
std::string span_label(const spc::SeriesChart& chart) {
    if (chart.points.empty()) return "";
    std::string s = spc::month_label(chart.points.front().period);
    if (chart.points.size() > 1) s += " to " + spc::month_label(chart.points.back().period);
    return s;
}

Json badges_for(const spc::SeriesChart& chart) {
    Json badges = Json::array();
    badges.push_back(variation_badge(chart.summary.variation));
    if (auto a = assurance_badge(chart.summary.assurance)) badges.push_back(*a);
    return badges;
}

Json metrics_of_objective(PageBuilder& page, const SiteModel& m, const SiteCharts& charts, const std::string* objective) {
    Json rows = Json::array();
    for (const auto& metric : m.content.metrics) {
        const bool mine = objective ? (metric.objective && metric.objective->value == *objective) : !metric.objective;
        if (mine) rows.push_back(measure_summary_row(page, metric, charts.find(metric.id)));
    }
    return rows;
}
}  // namespace

Json measure_summary_row(PageBuilder& page, const Metric& metric, const MetricChartSet* set) {
    Json j{{"id", metric.id}, {"title", metric.title}, {"href", page.href_dir("measures/" + metric.id)},
           {"inclusion", metric.inclusion}};
    std::string data_sentence, commentary;
    Json badges = Json::array();
    if (metric.status == "in-development") {
        data_sentence = "In development: no figures yet.";
        j["sparkline_svg"] = "";
    } else if (set && !set->data.areas.empty()) {
        const auto& first = set->data.areas.front();
        data_sentence = first.month_sentence;
        if (!first.quarter_sentence.empty()) data_sentence += (data_sentence.empty() ? "" : ". ") + first.quarter_sentence;
        else if (!data_sentence.empty()) data_sentence += ".";
        commentary = set->data.commentary_sentence;
        if (!commentary.empty() && commentary.back() != '.') commentary += ".";
        badges = badges_for(*first.chart);
        std::string label = "Trend of " + metric.title + " in " + first.name + ", " + span_label(*first.chart);
        if (const spc::Point* latest = first.chart->latest_point())
            label += "; latest " + format_value(latest->value, metric.value_type) +
                     (metric.value_type == "percent" || metric.unit == "%" ? "" : " " + metric.unit) + " in " +
                     spc::month_label(latest->period);
        j["sparkline_svg"] = view::svg_sparkline(*first.chart, label);
    } else {
        j["sparkline_svg"] = "";
    }
    j["data_sentence"] = data_sentence;
    j["commentary_sentence"] = commentary;
    j["badges"] = badges;
    return j;
}

PageView home_page(const SiteModel& m, const SiteCharts& charts) {
    PageBuilder page(m, "", "home");
    Json v = page.base(m.config().title, m.config().description, {});
    v["is_home"] = true;
    Json objectives = Json::array();
    for (const auto& o : m.config().objectives) {
        int total = 0, complete = 0;
        for (const auto& c : m.content.commitments)
            if (c.objective == o.id) {
                ++total;
                complete += c.status == Status::complete;
            }
        objectives.push_back({{"id", o.id}, {"title", o.title}, {"href", page.href_dir("objectives/" + o.id)},
                              {"summary_html", page.markdown(o.summary_markdown, 2)},
                              {"commitment_count", std::to_string(total)},
                              {"complete_count", std::to_string(complete)},
                              {"measures", metrics_of_objective(page, m, charts, &o.id)}});
        objectives.back()["has_measures"] = !objectives.back()["measures"].empty();
    }
    v["objectives"] = objectives;
    Json other = metrics_of_objective(page, m, charts, nullptr);
    v["other_measures"] = other.empty() ? Json(false) : Json{{"title", "Other measures"}, {"measures", other}};

    const std::vector<SiteUpdate> latest = site_updates_newest_first(m);
    Json updates = Json::array();
    std::set<const Commitment*> shown;  // each commitment once, with its newest update
    for (size_t i = 0; i < latest.size() && updates.size() < 6; ++i) {
        const auto& [c, u] = latest[i];
        if (!shown.insert(c).second) continue;
        updates.push_back({{"ref", c->ref}, {"title", c->title}, {"href", page.href_dir("commitments/" + c->slug)},
                           {"period", update_period_label(u->period)},
                           {"summary", markdown_plain_text(u->text_markdown)}});
    }
    v["latest_updates"] = updates;
    v["has_latest_updates"] = !updates.empty();
    return {"", "home", std::move(v), {}};
}

PageView objective_page(const SiteModel& m, const SiteCharts& charts, const Objective& o) {
    const std::string dir = "objectives/" + o.id;
    PageBuilder page(m, dir, "objective:" + o.id);
    Json v = page.base(o.title, "", {{"Home", ""}});
    v["summary_html"] = page.markdown(o.summary_markdown, 1);
    // The current plan first, then earlier plans as such: each numbers its commitments afresh,
    // so mixing them would read as one list with duplicates. No [[plans]]: one untitled plan.
    std::vector<const Plan*> plans;
    for (const auto& p : m.config().plans)
        if (p.current) plans.insert(plans.begin(), &p);
        else plans.push_back(&p);
    if (plans.empty()) plans.push_back(nullptr);
    Json plan_views = Json::array();
    for (const Plan* p : plans) {
        Json pcc = Json::array(), force = Json::array();
        for (const auto& c : m.content.commitments)
            if (c.objective == o.id && (!p || (c.plan && c.plan->value == p->id)))
                (c.owner == "pcc" ? pcc : force).push_back(commitment_row(page, c));
        Json groups = Json::array();
        if (!pcc.empty()) groups.push_back({{"heading", "The Commissioner's commitments"}, {"commitments", pcc}});
        if (!force.empty()) groups.push_back({{"heading", "Policing elements"}, {"commitments", force}});
        if (groups.empty()) continue;
        plan_views.push_back({{"plan_title", p ? p->title : ""}, {"earlier", p && !p->current}, {"commitment_groups", groups}});
    }
    v["plans"] = plan_views;
    v["has_commitments"] = !plan_views.empty();
    v["measures"] = metrics_of_objective(page, m, charts, &o.id);
    v["has_measures"] = !v["measures"].empty();
    Json mechanisms = Json::array();
    for (const auto& x : m.content.mechanisms)
        if (x.objective.value == o.id)
            mechanisms.push_back({{"name", x.name}, {"href", page.href("glossary/") + "#" + x.id}, {"meets", x.meets}});
    v["mechanisms"] = mechanisms;
    v["has_mechanisms"] = !mechanisms.empty();
    return {dir, "objective", std::move(v), {}};
}

PageView commitment_page(const SiteModel& m, const SiteCharts&, const Commitment& c) {
    const std::string dir = "commitments/" + c.slug;
    PageBuilder page(m, dir, "objective:" + c.objective);
    const Objective* o = m.objective(c.objective);
    Json v = page.base(c.ref + ": " + c.title, "", {{"Home", ""}, {o ? o->title : c.objective, "objectives/" + c.objective}});
    v["ref"] = c.ref;
    v["plan_title"] = "";
    for (const auto& p : m.config().plans)
        if (c.plan && c.plan->value == p.id) {
            v["plan_title"] = p.title;
            v["earlier_plan"] = !p.current;
        }
    v["commitment_title"] = c.title;
    v["objective_title"] = o ? o->title : "";
    v["objective_href"] = page.href_dir("objectives/" + c.objective);
    v["owner"] = owner_label(c.owner);
    v["status"] = status_label(c.status);
    v["status_class"] = status_class(c.status);
    v["body_html"] = page.markdown(c.body_markdown, 1);
    Json activities = Json::array();
    for (const auto& a : c.activities)
        activities.push_back({{"ref", a.ref}, {"title", a.title}, {"status", status_label(a.status)},
                              {"status_class", status_class(a.status)}, {"anchor", a.ref.empty() ? "" : "activity-" + slugify(a.ref)}});
    v["activities"] = activities;
    v["has_activities"] = !activities.empty();
    Json updates = Json::array();
    for (const Update* u : updates_newest_first(c)) {
        Json j{{"period", update_period_label(u->period)}, {"period_label", u->period.label()}};
        j["published_iso"] = u->published ? u->published->iso() : "";
        j["published"] = u->published ? format_date(*u->published) : "";
        j["activity_ref"] = u->activity ? u->activity->value : "";
        j["activity_href"] = u->activity ? "#activity-" + slugify(u->activity->value) : "";
        j["text_html"] = page.markdown(u->text_markdown, 3);
        updates.push_back(std::move(j));
    }
    v["updates"] = updates;
    v["has_updates"] = !updates.empty();
    Json oversight = Json::array();
    for (const auto& ref : c.oversight)
        if (const Mechanism* x = m.mechanism(ref.value))
            oversight.push_back({{"name", x->name}, {"href", page.href("glossary/") + "#" + x->id}, {"meets", x->meets}});
    v["oversight"] = oversight;
    v["has_oversight"] = !oversight.empty();
    Json metrics = Json::array();
    for (const auto& ref : c.metrics)
        if (const Metric* x = m.metric(ref.value)) metrics.push_back({{"title", x->title}, {"href", page.href_dir("measures/" + x->id)}});
    v["metrics"] = metrics;
    v["has_metrics"] = !metrics.empty();
    Json related = Json::array();
    for (const auto& ref : c.see_also)
        if (const Commitment* x = m.commitment(ref.value))
            related.push_back({{"ref", x->ref}, {"title", x->title}, {"href", page.href_dir("commitments/" + x->slug)}});
    for (const auto& other : m.content.commitments)
        for (const auto& ref : other.see_also)
            if (ref.value == c.ref && std::none_of(c.see_also.begin(), c.see_also.end(), [&](const LocatedString& s) { return s.value == other.ref; }))
                related.push_back({{"ref", other.ref}, {"title", other.title}, {"href", page.href_dir("commitments/" + other.slug)}});
    v["related"] = related;
    v["has_related"] = !related.empty();
    return {dir, "commitment", std::move(v), c.source_file};
}

PageView measure_page(const SiteModel& m, const SiteCharts& charts, const Metric& metric) {
    const std::string dir = "measures/" + metric.id;
    const std::string objective_id = metric.objective ? metric.objective->value : "";
    PageBuilder page(m, dir, objective_id.empty() ? "home" : "objective:" + objective_id);
    const Objective* o = objective_id.empty() ? nullptr : m.objective(objective_id);
    std::vector<std::pair<std::string, std::string>> crumbs{{"Home", ""}};
    if (o) crumbs.push_back({o->title, "objectives/" + o->id});
    Json v = page.base(metric.title, metric.definition, crumbs);
    v["metric_id"] = metric.id;
    v["objective_title"] = o ? o->title : "";
    v["objective_href"] = o ? page.href_dir("objectives/" + o->id) : "";
    v["unit"] = metric.unit;
    v["definition"] = metric.definition;
    v["source"] = metric.source;
    v["inclusion"] = metric.inclusion;
    v["illustrative"] = metric.illustrative;
    v["methodology_href"] = page.href_dir("methodology");
    v["target"] = metric.target ? format_value(*metric.target, metric.value_type) : "";
    v["improvement"] = metric.improvement == "increase" ? "Higher is better"
                       : metric.improvement == "decrease" ? "Lower is better"
                                                          : "Neither higher nor lower is better in itself";
    Json signs = Json::array();
    for (const auto& s : metric.signs_of_improvement) signs.push_back(s);
    v["signs_of_improvement"] = signs;
    v["has_signs"] = !signs.empty();
    v["commentary_html"] = page.markdown(metric.commentary_markdown, 2);
    v["json_href"] = page.href("data/metrics/" + metric.id + ".json");
    v["csv_href"] = page.href("data/metrics/" + metric.id + ".csv");
    v["in_development"] = metric.status == "in-development";
    v["status_note_html"] = page.markdown(metric.status_note_markdown, 2);
    const MetricChartSet* set = metric.status == "in-development" ? nullptr : charts.find(metric.id);
    std::string commentary = set ? set->data.commentary_sentence : "";
    if (!commentary.empty() && commentary.back() != '.') commentary += '.';
    v["commentary_sentence"] = commentary;
    Json areas = Json::array();
    if (set) {
        for (size_t i = 0; i < set->data.areas.size(); ++i) {
            const auto& a = set->data.areas[i];
            const spc::SeriesChart& chart = *a.chart;
            Json area{{"id", a.id}, {"name", a.name}, {"month_sentence", a.month_sentence},
                      {"quarter_sentence", a.quarter_sentence}, {"pending_sentence", spc::pending_sentence(chart)},
                      {"badges", badges_for(chart)}, {"first", i == 0}};
            // The chart: drawn by Chart.js from the JSON, and as SVG for no JavaScript and print.
            const std::string chart_id = "chart-" + a.id;
            const std::string span = span_label(chart);
            area["chart_id"] = chart_id;
            area["figcaption"] = "Control chart: " + metric.title + " in " + a.name + ", " + span;
            area["canvas_label"] = "Control chart of " + metric.title + " in " + a.name + ", " + span +
                                   "; the sentences above describe it and the data table below lists every month";
            area["chart_svg"] = view::svg_control_chart(
                chart, {chart_id, "Control chart of " + metric.title + " in " + a.name + ", " + span,
                        view::describe_chart(chart, metric.value_type, metric.unit), metric.value_type, metric.unit});
            bool special = false, recalculated = chart.segments.size() > 1;
            for (const auto& p : chart.points) special |= !std::isnan(p.value) && p.type != spc::PointType::common_cause;
            area["has_recalculation"] = recalculated;
            area["has_special"] = special;
            Json rows = Json::array();
            for (const auto& p : chart.points) {
                const auto& lim = chart.segments[p.segment].limits;
                rows.push_back({{"period", spc::month_label(p.period)},
                                {"value", std::isnan(p.value) ? "No figure" : format_value(p.value, metric.value_type)},
                                {"mean", format_limit(lim.mean, metric.value_type)},
                                {"lcl", format_limit(lim.lcl, metric.value_type)},
                                {"ucl", format_limit(lim.ucl, metric.value_type)},
                                {"signal", signal_words(p.rule, p.type)}});
            }
            std::reverse(rows.begin(), rows.end());  // newest month first
            area["rows"] = rows;
            area["caption"] = metric.title + " in " + a.name + ", by month, newest first";
            areas.push_back(std::move(area));
        }
    }
    v["areas"] = areas;
    v["has_areas"] = !areas.empty();
    v["has_area_choice"] = areas.size() > 1;
    v["has_target"] = metric.target.has_value();
    v["value_type"] = metric.value_type;
    if (!areas.empty())  // Chart.js and the chart script, on pages that draw a chart only
        v["scripts"] = Json::array({Json{{"src", page.href("assets/vendor/chart.js/chart.umd.min.js")}},
                                    Json{{"src", page.href("assets/js/charts.js")}}});
    Json oversight = Json::array();
    for (const auto& ref : metric.oversight)
        if (const Mechanism* x = m.mechanism(ref.value))
            oversight.push_back({{"name", x->name}, {"href", page.href("glossary/") + "#" + x->id}});
    v["oversight"] = oversight;
    v["has_oversight"] = !oversight.empty();
    Json related = Json::array();
    for (const auto& c : m.content.commitments)
        for (const auto& ref : c.metrics)
            if (ref.value == metric.id)
                related.push_back({{"ref", c.ref}, {"title", c.title}, {"href", page.href_dir("commitments/" + c.slug)}});
    v["related"] = related;
    v["has_related"] = !related.empty();
    return {dir, "measure", std::move(v), metric.source_file};
}

}  // namespace scrutiny
