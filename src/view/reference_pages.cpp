// Glossary, meetings, free pages, quarterly reports, search (A to Z) and not-found pages.
#include <algorithm>
#include <map>
#include <set>

#include "common/number_format.h"
#include "common/text.h"
#include "content/markdown.h"
#include "model/site_model.h"
#include "view/badges.h"
#include "view/site_views.h"

namespace scrutiny {

namespace {
std::string kind_label(const std::string& kind) {
    if (kind == "performance") return "Performance meeting";
    if (kind == "thematic") return "Thematic meeting";
    if (kind == "public") return "Public meeting";
    if (kind == "virtual") return "Virtual meeting";
    return "Ad hoc request";
}
}  // namespace

PageView glossary_page(const SiteModel& m) {
    PageBuilder page(m, "glossary", "glossary");
    Json v = page.base("Glossary", "The meetings that oversee the plan, and the abbreviations used on this site.", {{"Home", ""}});
    std::vector<std::pair<std::string, std::string>> groups{{"cross-cutting", "Across the whole plan"}};
    for (const auto& o : m.config().objectives) groups.push_back({o.id, o.title});
    Json out = Json::array();
    for (const auto& [id, title] : groups) {
        Json rows = Json::array();
        for (const auto& x : m.content.mechanisms) {
            if (x.objective.value != id) continue;
            int sessions = 0;
            for (const auto& s : m.content.sessions) sessions += s.series.value == x.id;
            rows.push_back({{"id", x.id}, {"name", x.name}, {"purpose", x.purpose},
                            {"meets", x.meets.empty() ? "Not stated" : x.meets},
                            {"notes_published", x.notes_published ? "Yes" : "No"},
                            {"public", x.is_public ? "Yes" : "No"},
                            {"sessions_href", sessions ? page.href_dir("meetings") + "#series-" + x.id : ""}});
        }
        if (!rows.empty()) out.push_back({{"id", "group-" + id}, {"title", title}, {"mechanisms", rows}});
    }
    v["mechanism_groups"] = out;
    v["has_mechanisms"] = !out.empty();
    std::vector<const Term*> terms;
    for (const auto& t : m.content.terms) terms.push_back(&t);
    std::stable_sort(terms.begin(), terms.end(), [](const Term* a, const Term* b) {
        std::string x = a->term, y = b->term;
        std::transform(x.begin(), x.end(), x.begin(), ::tolower);
        std::transform(y.begin(), y.end(), y.begin(), ::tolower);
        return x < y;
    });
    Json term_rows = Json::array();
    for (const Term* t : terms)
        term_rows.push_back({{"anchor", t->anchor}, {"term", t->term}, {"expansion", t->expansion}, {"definition", t->definition}});
    v["terms"] = term_rows;
    v["has_terms"] = !term_rows.empty();
    return {"glossary", "glossary", std::move(v), {}};
}

PageView sessions_page(const SiteModel& m) {
    PageBuilder page(m, "meetings", "meetings");
    Json v = page.base("Holding to account", "The meetings at which the Commissioner holds the Chief Constable to account, newest first.", {{"Home", ""}});
    std::map<int, Json, std::greater<int>> years;
    for (const auto& s : m.content.sessions) {
        const Mechanism* x = m.mechanism(s.series.value);
        years[s.date.year].push_back({{"title", s.title}, {"href", page.href_dir("meetings/" + s.slug)},
                                      {"date", session_date_label(s)}, {"date_iso", session_date_iso(s)},
                                      {"kind", kind_label(s.kind)}, {"series", x ? x->name : ""}});
    }
    Json out = Json::array();
    for (auto& [year, sessions] : years) out.push_back({{"year", std::to_string(year)}, {"sessions", sessions}});
    v["years"] = out;
    v["has_sessions"] = !out.empty();
    Json series = Json::array();
    std::set<std::string> seen;
    for (const auto& s : m.content.sessions) {
        if (!seen.insert(s.series.value).second) continue;
        if (const Mechanism* x = m.mechanism(s.series.value))
            series.push_back({{"id", "series-" + x->id}, {"name", x->name}, {"purpose", x->purpose},
                              {"glossary_href", page.href("glossary/") + "#" + x->id}});
    }
    v["series"] = series;
    return {"meetings", "sessions", std::move(v), {}};
}

PageView session_page(const SiteModel& m, const Session& s) {
    const std::string dir = "meetings/" + s.slug;
    PageBuilder page(m, dir, "meetings");
    Json v = page.base(s.title, "", {{"Home", ""}, {"Holding to account", "meetings"}});
    const Mechanism* x = m.mechanism(s.series.value);
    v["date"] = session_date_label(s);
    v["date_iso"] = session_date_iso(s);
    v["kind"] = kind_label(s.kind);
    v["series_name"] = x ? x->name : "";
    v["series_href"] = x ? page.href("glossary/") + "#" + x->id : "";
    Json objectives = Json::array();
    for (const auto& ref : s.objectives)
        if (const Objective* o = m.objective(ref.value)) objectives.push_back({{"title", o->title}, {"href", page.href_dir("objectives/" + o->id)}});
    v["objectives"] = objectives;
    v["has_objectives"] = !objectives.empty();
    v["minutes"] = s.minutes;
    v["body_html"] = page.markdown(s.body_markdown, 1);
    return {dir, "session", std::move(v), s.source_file};
}

PageView free_page(const SiteModel& m, const Page& p, const BuildInfo& build) {
    PageBuilder page(m, p.slug, "page:" + p.slug);
    Json v = page.base(p.title, p.description, {{"Home", ""}});
    // A page may say when the site was built (the accessibility statement's test date).
    std::string body = p.body_markdown;
    const std::string marker = "{{build_date}}";
    for (size_t pos; (pos = body.find(marker)) != std::string::npos;) body.replace(pos, marker.size(), format_date(build.build_date));
    v["body_html"] = page.markdown(body, 1);
    return {p.slug, "page", std::move(v), p.source_file};
}

std::vector<PageView> report_pages(const SiteModel& m, const SiteCharts& charts) {
    std::set<FinancialQuarter, std::greater<>> quarters;
    for (const auto& c : m.content.commitments)
        for (const auto& u : c.updates) quarters.insert(u.period);
    std::vector<PageView> out;
    auto dir_of = [](const FinancialQuarter& q) { return "reports/" + std::to_string(q.year) + "-q" + std::to_string(q.quarter); };
    {
        PageBuilder page(m, "reports", "reports");
        Json v = page.base("Quarterly reports", "Each quarter's progress updates and performance summary on one printable page.", {{"Home", ""}});
        Json rows = Json::array();
        for (const auto& q : quarters)
            rows.push_back({{"title", q.fy_label()}, {"months", q.months_label()}, {"href", page.href_dir(dir_of(q))}});
        v["reports"] = rows;
        v["has_reports"] = !rows.empty();
        out.push_back({"reports", "reports", std::move(v), {}});
    }
    for (const auto& q : quarters) {
        const std::string dir = dir_of(q);
        PageBuilder page(m, dir, "reports");
        Json v = page.base("Report for " + q.fy_label(), "Progress updates and performance for " + q.months_label() + ".",
                           {{"Home", ""}, {"Quarterly reports", "reports"}});
        v["months"] = q.months_label();
        Json objectives = Json::array();
        for (const auto& o : m.config().objectives) {
            Json items = Json::array();
            for (const auto& c : m.content.commitments) {
                if (c.objective != o.id) continue;
                Json updates = Json::array();
                for (const auto& u : c.updates)
                    if (u.period == q)
                        updates.push_back({{"activity_ref", u.activity ? u.activity->value : ""}, {"text_html", page.markdown(u.text_markdown, 3)}});
                if (!updates.empty())
                    items.push_back({{"ref", c.ref}, {"title", c.title}, {"href", page.href_dir("commitments/" + c.slug)},
                                     {"status", status_label(c.status)}, {"status_class", status_class(c.status)}, {"updates", updates}});
            }
            Json measures = Json::array();
            for (const auto& metric : m.content.metrics) {
                if (!metric.objective || metric.objective->value != o.id) continue;
                const MetricChartSet* set = charts.find(metric.id);
                if (!set || set->charts.empty()) continue;
                // The quarter's total in the first (whole-force) area, when the data covers it.
                const spc::Period first{q.year + (q.quarter == 4 ? 1 : 0), q.quarter == 4 ? 1 : 1 + q.quarter * 3};
                for (const auto& quarter : set->charts.front().quarters) {
                    if (quarter.first != first) continue;
                    Json row{{"title", metric.title}, {"href", page.href_dir("measures/" + metric.id)},
                             {"total", format_value(quarter.total, metric.value_type) +
                                           (metric.value_type == "percent" ? "" : " " + metric.unit)},
                             {"previous", quarter.previous ? format_value(*quarter.previous, metric.value_type) : ""},
                             {"average", quarter.quarter_average ? format_value(*quarter.quarter_average, metric.value_type) : std::string()}};
                    measures.push_back(std::move(row));
                }
            }
            if (!items.empty() || !measures.empty())
                objectives.push_back({{"title", o.title}, {"commitments", items}, {"has_commitments", !items.empty()},
                                      {"measures", measures}, {"has_measures", !measures.empty()}});
        }
        v["objectives"] = objectives;
        out.push_back({dir, "report", std::move(v), {}});
    }
    return out;
}

PageView search_page(const SiteModel& m) {
    PageBuilder page(m, "search", "search");
    Json v = page.base("A to Z of this site", "Every commitment, measure, meeting and page on this site, in one list.", {{"Home", ""}});
    struct Entry { std::string title, href, kind; };
    std::vector<Entry> entries;
    for (const auto& c : m.content.commitments) entries.push_back({c.ref + ": " + c.title, page.href_dir("commitments/" + c.slug), "Commitment"});
    for (const auto& x : m.content.metrics) entries.push_back({x.title, page.href_dir("measures/" + x.id), "Measure"});
    for (const auto& s : m.content.sessions) entries.push_back({s.title + " (" + session_date_label(s) + ")", page.href_dir("meetings/" + s.slug), "Meeting"});
    for (const auto& p : m.content.pages) entries.push_back({p.title, page.href_dir(p.slug), "Page"});
    for (const auto& o : m.config().objectives) entries.push_back({o.title, page.href_dir("objectives/" + o.id), "Objective"});
    for (const auto& x : m.content.mechanisms) entries.push_back({x.name, page.href("glossary/") + "#" + x.id, "Oversight meeting"});
    std::map<std::string, Json> letters;
    for (const auto& e : entries) {
        char first = e.title.empty() ? '#' : static_cast<char>(std::toupper(static_cast<unsigned char>(e.title[0])));
        std::string key = std::isalpha(static_cast<unsigned char>(first)) ? std::string(1, first) : "0-9";
        letters[key].push_back({{"title", e.title}, {"href", e.href}, {"kind", e.kind}});
    }
    Json groups = Json::array();
    for (auto& [letter, items] : letters) {
        std::stable_sort(items.begin(), items.end(), [](const Json& a, const Json& b) { return a["title"].get<std::string>() < b["title"].get<std::string>(); });
        groups.push_back({{"letter", letter}, {"anchor", "letter-" + slugify(letter)}, {"entries", items}});
    }
    v["letters"] = groups;
    return {"search", "search", std::move(v), {}};
}

PageView not_found_page(const SiteModel& m) {
    // Served for any missing URL, at any depth, so its links are site-absolute (from base_url's path).
    PageBuilder page(m, "", "none");
    Json v = page.base("Page not found", "", {});
    std::string base_path = "/";
    const std::string& base = m.config().base_url;
    if (auto scheme = base.find("://"); scheme != std::string::npos)
        if (auto slash = base.find('/', scheme + 3); slash != std::string::npos) base_path = base.substr(slash);
    auto absolute = [&](const std::string& href) {
        if (href.rfind("./", 0) == 0) return base_path + href.substr(2);
        return base_path + href;
    };
    for (const char* key : {"home_href", "favicon", "stylesheet", "print_stylesheet", "feed_href", "search_href"}) v[key] = absolute(v[key].get<std::string>());
    for (auto& n : v["nav"]) n["href"] = absolute(n["href"].get<std::string>());
    for (auto& n : v["footer_pages"]) n["href"] = absolute(n["href"].get<std::string>());
    v["root"] = base_path;
    return {"404.html", "not_found", std::move(v), {}};
}

}  // namespace scrutiny
