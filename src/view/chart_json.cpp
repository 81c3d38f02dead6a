#include "view/chart_json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "common/number_format.h"

namespace scrutiny::view {

namespace {

using Json = nlohmann::ordered_json;

// Integral values as JSON integers ("960"), others as the shortest exact double, NaN as null.
bool integral(double v) { return v == std::floor(v) && std::fabs(v) < 9007199254740992.0; }

Json number(double v) {
    if (!std::isfinite(v)) return nullptr;
    if (integral(v)) return static_cast<std::int64_t>(v);
    return v;
}

Json number(const std::optional<double>& v) { return v ? number(*v) : Json(nullptr); }

Json text_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json side_name(int side) { return side > 0 ? "above" : (side < 0 ? "below" : "level"); }
Json direction_name(int d) { return d > 0 ? "up" : (d < 0 ? "down" : "same"); }

Json change_claim(const std::optional<spc::ChangeClaim>& c) {
    if (!c) return nullptr;
    Json j;
    j["period"] = c->period.to_string();
    j["value"] = number(c->value);
    j["direction"] = direction_name(c->direction);
    return j;
}

Json month_claims(const spc::MonthClaims& c) {
    Json j;
    j["period"] = c.period.to_string();
    j["value"] = number(c.value);
    j["previous"] = change_claim(c.previous);
    j["segment"] = c.segment;
    j["mean"] = number(c.mean);
    j["side"] = side_name(c.side);
    j["provisional"] = c.provisional;
    j["rule"] = c.rule == spc::Rule::none ? Json(nullptr) : Json(std::string(spc::rule_name(c.rule)));
    j["run"] = c.run > 0 ? Json(c.run) : Json(nullptr);
    j["limit"] = number(c.limit);
    return j;
}

Json quarter_claims(const spc::QuarterClaims& c) {
    Json j;
    j["period"] = c.first.to_string();
    j["total"] = number(c.total);
    j["same_last_year"] = change_claim(c.same_last_year);
    j["previous"] = change_claim(c.previous);
    j["quarter_average"] = number(c.quarter_average);
    j["side"] = c.quarter_average ? side_name(c.side) : Json(nullptr);
    return j;
}

Json step_claims(const spc::StepClaims& c) {
    Json j;
    j["segment"] = c.segment;
    j["start"] = c.start.to_string();
    j["mean"] = number(c.mean);
    j["before"] = number(c.before);
    j["direction"] = direction_name(c.direction);
    j["provisional"] = c.provisional;
    j["months"] = c.months;
    return j;
}

Json pending_claims(const spc::PendingClaims& c) {
    Json j;
    j["period"] = c.period.to_string();
    j["side"] = side_name(c.side);
    j["run"] = c.run;
    return j;
}

Json commentary_claims(const spc::CommentaryClaims& c) {
    Json j;
    j["period"] = c.period.to_string();
    j["unusual_high"] = c.unusual_high;
    j["unusual_low"] = c.unusual_low;
    j["sustained_rise"] = c.sustained_rise;
    j["sustained_fall"] = c.sustained_fall;
    Json moved = Json::array();
    for (const auto& m : c.moved)
        moved.push_back(Json{{"area", m.area}, {"before", number(m.before)}, {"after", number(m.after)},
                             {"start", m.start.to_string()}, {"provisional", m.provisional}});
    j["moved"] = std::move(moved);
    Json pending = Json::array();
    for (const auto& p : c.pending)
        pending.push_back(Json{{"area", p.area}, {"side", side_name(p.side)}, {"run", p.run}});
    j["pending"] = std::move(pending);
    return j;
}

// The compact JSON text of a value, as nlohmann writes it (strict: text that is not UTF-8 throws).
void put(std::string& out, const Json& j) { out += j.dump(-1, ' ', false, Json::error_handler_t::strict); }

// number(v) written as nlohmann writes it, without making a Json: integers as integers, others
// by nlohmann's own Grisu2 (the shortest text that reads back the same), NaN and infinities null.
void put_number(std::string& out, double v) {
    char buffer[64];
    char* end;
    if (!std::isfinite(v)) end = std::copy_n("null", 4, buffer);
    else if (integral(v)) end = std::to_chars(buffer, buffer + sizeof buffer, static_cast<std::int64_t>(v)).ptr;
    else end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, end);
}

// A name of ours (a period, a rule, a point type): plain ASCII, never escaped.
void put_name(std::string& out, std::string_view name) {
    out += '"';
    out += name;
    out += '"';
}

// The points, written straight to text: a large site has some 360,000 of them, and building
// each as a JSON object first was a tenth of its build.
void put_points(std::string& out, const spc::SeriesChart& c) {
    out += '[';
    for (const spc::Point& p : c.points) {
        const spc::Limits& l = c.segments[static_cast<size_t>(p.segment)].limits;
        if (&p != &c.points.front()) out += ',';
        out += "{\"period\":";
        put_name(out, p.period.to_string());
        const std::pair<std::string_view, double> numbers[] = {{"value", p.value},  {"mean", l.mean},         {"lcl", l.lcl},
                                                               {"ucl", l.ucl},      {"near_lcl", l.near_lcl}, {"near_ucl", l.near_ucl}};
        for (const auto& [key, value] : numbers) {
            out += ",\"";
            out += key;
            out += "\":";
            put_number(out, value);
        }
        out += ",\"segment\":";
        out += std::to_string(p.segment);
        out += ",\"rule\":";
        if (p.rule == spc::Rule::none) out += "null";
        else put_name(out, spc::rule_name(p.rule));
        out += ",\"type\":";
        if (std::isnan(p.value)) out += "null";
        else put_name(out, spc::point_type_name(p.type));
        out += '}';
    }
    out += ']';
}

void put_area(std::string& out, const AreaChartData& a) {
    const spc::SeriesChart& c = *a.chart;
    out += "{\"area\":";
    put(out, a.id);
    out += ",\"name\":";
    put(out, a.name);
    out += ",\"points\":";
    put_points(out, c);

    Json segments = Json::array();
    for (const spc::Segment& s : c.segments) {
        Json j;
        j["index"] = s.index;
        j["start"] = s.start.to_string();
        j["end"] = s.end.to_string();
        j["reason"] = std::string(spc::segment_reason_name(s.reason));
        j["mean"] = number(s.limits.mean);
        j["lcl"] = number(s.limits.lcl);
        j["ucl"] = number(s.limits.ucl);
        j["provisional"] = s.provisional;
        j["detected"] = s.detected.to_string();
        segments.push_back(std::move(j));
    }
    out += ",\"segments\":";
    put(out, segments);

    const spc::Summary& s = c.summary;
    Json summary;
    summary["latest"] = s.latest ? Json(s.latest->to_string()) : Json(nullptr);
    summary["variation"] = std::string(spc::point_type_name(s.variation));
    summary["assurance"] = s.assurance ? Json(std::string(spc::assurance_name(*s.assurance))) : Json(nullptr);
    if (s.recalculation_pending) {
        Json p;
        p["side"] = s.recalculation_pending->side > 0 ? "above" : "below";
        p["run"] = s.recalculation_pending->run;
        summary["recalculation_pending"] = std::move(p);
    } else {
        summary["recalculation_pending"] = nullptr;
    }
    summary["month_sentence"] = text_or_null(a.month.text);
    summary["quarter_sentence"] = text_or_null(a.quarter.text);
    summary["step_sentence"] = text_or_null(a.step.text);
    summary["pending_sentence"] = text_or_null(a.pending.text);
    Json claims;
    claims["month"] = a.month.claims ? month_claims(*a.month.claims) : Json(nullptr);
    claims["quarter"] = a.quarter.claims ? quarter_claims(*a.quarter.claims) : Json(nullptr);
    claims["step"] = a.step.claims ? step_claims(*a.step.claims) : Json(nullptr);
    claims["pending"] = a.pending.claims ? pending_claims(*a.pending.claims) : Json(nullptr);
    summary["claims"] = std::move(claims);
    out += ",\"summary\":";
    put(out, summary);

    Json quarters = Json::array();
    for (const spc::Quarter& q : c.quarters) {
        Json j;
        j["label"] = calendar_quarter_label(q.first);
        j["fy_label"] = FinancialQuarter::of(q.first).label();
        j["total"] = number(q.total);
        j["previous"] = number(q.previous);
        j["same_last_year"] = number(q.same_last_year);
        j["quarter_average"] = number(q.quarter_average);
        quarters.push_back(std::move(j));
    }
    out += ",\"quarters\":";
    put(out, quarters);
    out += '}';
}

// RFC 4180 quoting for a text cell (only when needed).
std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

}  // namespace

MetricCharts make_metric_charts(MetricMeta metric, const std::vector<AreaInput>& areas,
                                const spc::Wording& wording, const Translations& tr) {
    const spc::Writer writer(tr, wording);
    MetricCharts out;
    out.metric = std::move(metric);
    std::vector<spc::AreaChart> for_commentary;
    for (const AreaInput& a : areas) {
        AreaChartData d;
        d.id = a.id;
        d.name = a.name;
        d.chart = a.chart;
        d.month = spc::month_sentence(*a.chart, writer);
        d.quarter = spc::quarter_sentence(*a.chart, writer);
        d.step = spc::step_sentence(*a.chart, writer);
        d.pending = spc::pending_sentence(*a.chart, writer);
        out.areas.push_back(std::move(d));
        for_commentary.push_back({a.name, a.chart});
    }
    out.commentary = spc::commentary_sentence(for_commentary, writer);
    return out;
}

std::string chart_json_text(const MetricCharts& charts, int indent) {
    std::string out = "{\"schema\":";
    put(out, kChartJsonSchema);
    out += ",\"metric\":";
    put(out, charts.metric.id);
    out += ",\"title\":";
    put(out, charts.metric.title);
    out += ",\"unit\":";
    put(out, charts.metric.unit);
    out += ",\"improvement\":";
    put(out, std::string(spc::improvement_name(charts.metric.improvement)));
    out += ",\"target\":";
    put(out, number(charts.metric.target));
    out += ",\"areas\":[";
    for (const AreaChartData& a : charts.areas) {
        if (&a != &charts.areas.front()) out += ',';
        put_area(out, a);
    }
    out += "],\"commentary_sentence\":";
    put(out, text_or_null(charts.commentary.text));
    out += ",\"commentary_claims\":";
    put(out, charts.commentary.claims ? commentary_claims(*charts.commentary.claims) : Json(nullptr));
    out += '}';
    // Laid out for reading (`scrutiny spc`): the same text, indented.
    if (indent >= 0) out = Json::parse(out).dump(indent, ' ', false, Json::error_handler_t::strict);
    out += '\n';
    return out;
}

std::string chart_csv_text(const MetricCharts& charts) {
    std::string out = "period,area,value,mean,lcl,ucl,rule,type\n";
    for (const AreaChartData& a : charts.areas) {
        const spc::SeriesChart& c = *a.chart;
        for (const spc::Point& p : c.points) {
            const spc::Limits& l = c.segments[static_cast<size_t>(p.segment)].limits;
            const bool present = !std::isnan(p.value);
            out += p.period.to_string();
            out += ',';
            out += csv_cell(a.id);
            out += ',';
            out += format_exact(p.value);
            out += ',';
            out += format_exact(l.mean);
            out += ',';
            out += format_exact(l.lcl);
            out += ',';
            out += format_exact(l.ucl);
            out += ',';
            out += spc::rule_name(p.rule);
            out += ',';
            if (present) out += spc::point_type_name(p.type);
            out += '\n';
        }
    }
    return out;
}

}  // namespace scrutiny::view
