// Glossary, meetings, free pages, the A to Z and the not-found page.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "common/natural_order.h"
#include "common/text.h"
#include "model/site_model.h"
#include "view/reference_views.h"
#include "view/site_urls.h"
#include "view/site_views.h"

namespace scrutiny {

namespace {
std::string kind_label(SessionKind kind) {
    switch (kind) {
        case SessionKind::performance: return "Performance meeting";
        case SessionKind::thematic: return "Thematic meeting";
        case SessionKind::public_meeting: return "Public meeting";
        case SessionKind::virtual_meeting: return "Virtual meeting";
        case SessionKind::ad_hoc: return "Ad hoc request";
    }
    return "";
}


// "/" or the path of base_url ("https://example.org/plan/" -> "/plan/").
std::string base_path(const std::string& base_url) {
    if (auto scheme = base_url.find("://"); scheme != std::string::npos)
        if (auto slash = base_url.find('/', scheme + 3); slash != std::string::npos) return base_url.substr(slash);
    return "/";
}
}  // namespace

PageView glossary_page(const PageContext& ctx) {
    const SiteModel& m = ctx.model;
    PageBuilder page(ctx, std::string(urls::glossary), "glossary");
    GlossaryView v;
    std::vector<std::pair<std::string, std::string>> groups{{"cross-cutting", "Across the whole plan"}};
    for (const auto& o : m.config().objectives) groups.push_back({o.id, o.title});
    for (const auto& [id, title] : groups) {
        MechanismGroup group{"group-" + id, title, {}};
        for (const auto& x : m.content.mechanisms) {
            if (x.objective.value != id) continue;
            const bool has_sessions = ViewIndex::find(ctx.index.sessions_by_mechanism, x.id) > 0;
            group.mechanisms.push_back({x.id, x.name, x.purpose, x.meets.empty() ? "Not stated" : x.meets,
                                        x.notes_published ? "Yes" : "No", x.is_public ? "Yes" : "No",
                                        has_sessions ? page.href_dir(std::string(urls::meetings)) + "#series-" + x.id : ""});
        }
        if (!group.mechanisms.empty()) v.mechanism_groups.push_back(std::move(group));
    }
    std::vector<const Term*> terms;
    for (const auto& t : m.content.terms) terms.push_back(&t);
    std::stable_sort(terms.begin(), terms.end(), [](const Term* a, const Term* b) { return ascii_lower(a->term) < ascii_lower(b->term); });
    for (const Term* t : terms) v.terms.push_back({t->anchor, t->term, t->expansion, t->definition});
    return page.page(page.base("Glossary", "The meetings that oversee the plan, and the abbreviations used on this site.", {{"Home", ""}}),
                     std::move(v));
}

PageView sessions_page(const PageContext& ctx) {
    const SiteModel& m = ctx.model;
    PageBuilder page(ctx, std::string(urls::meetings), "meetings");
    SessionsView v;
    std::map<int, std::vector<SessionRow>, std::greater<int>> years;
    for (const auto& s : m.content.sessions) {
        const Mechanism* x = m.mechanism(s.series.value);
        years[s.date.year].push_back({s.title, page.href_dir(urls::meeting(s.slug)), session_date_label(s), session_date_iso(s),
                                      kind_label(s.kind), x ? x->name : ""});
    }
    for (auto& [year, sessions] : years) v.years.push_back({std::to_string(year), std::move(sessions)});
    std::set<std::string> seen;
    for (const auto& s : m.content.sessions) {
        if (!seen.insert(s.series.value).second) continue;
        if (const Mechanism* x = m.mechanism(s.series.value))
            v.series.push_back({"series-" + x->id, x->name, x->purpose, page.href(urls::glossary_entry(x->id))});
    }
    return page.page(page.base("Holding to account", "The meetings at which the Commissioner holds the Chief Constable to account, newest first.",
                               {{"Home", ""}}),
                     std::move(v));
}

PageView session_page(const PageContext& ctx, const Session& s) {
    const SiteModel& m = ctx.model;
    PageBuilder page(ctx, urls::meeting(s.slug), "meetings");
    const Mechanism* x = m.mechanism(s.series.value);
    SessionView v;
    v.date = session_date_label(s);
    v.date_iso = session_date_iso(s);
    v.kind = kind_label(s.kind);
    v.series_name = x ? x->name : "";
    v.series_href = x ? page.href(urls::glossary_entry(x->id)) : "";
    for (const auto& ref : s.objectives)
        if (const Objective* o = m.objective(ref.value)) v.objectives.push_back({o->title, page.href_dir(urls::objective(o->id))});
    v.minutes = s.minutes;
    v.body_html = page.markdown(s.body_markdown, 1);
    return page.page(page.base(s.title, "", {{"Home", ""}, {"Holding to account", std::string(urls::meetings)}}), std::move(v),
                     s.source_file);
}

PageView free_page(const PageContext& ctx, const Page& p) {
    PageBuilder page(ctx, p.slug, "page:" + p.slug);
    // A page may say when the site was built (the accessibility statement's test date).
    std::string body = p.body_markdown;
    const std::string marker = "{{build_date}}";
    for (size_t pos; (pos = body.find(marker)) != std::string::npos;) body.replace(pos, marker.size(), format_date(ctx.build.build_date));
    FreePageView v{page.markdown(body, 1)};
    return page.page(page.base(p.title, p.description, {{"Home", ""}}), std::move(v), p.source_file);
}

PageView search_page(const PageContext& ctx) {
    PageBuilder page(ctx, std::string(urls::search), "search");
    std::map<std::string, std::vector<SearchEntry>> letters;
    for (const auto& e : ctx.index.search) {
        const char first = e.title.empty() ? '#' : static_cast<char>(std::toupper(static_cast<unsigned char>(e.title[0])));
        const std::string key = std::isalpha(static_cast<unsigned char>(first)) ? std::string(1, first) : "0-9";
        letters[key].push_back({e.title, e.folder ? page.href_dir(e.target) : page.href(e.target), e.kind});
    }
    SearchView v;
    for (auto& [letter, entries] : letters) {
        std::stable_sort(entries.begin(), entries.end(), [](const SearchEntry& a, const SearchEntry& b) { return natural_less(a.title, b.title); });
        v.letters.push_back({letter, "letter-" + slugify(letter), std::move(entries)});
    }
    return page.page(page.base("A to Z of this site", "Every commitment, measure, meeting and page on this site, in one list.", {{"Home", ""}}),
                     std::move(v));
}

PageView not_found_page(const PageContext& ctx) {
    // Served for any missing URL, at any depth, so every link starts at base_url's path.
    PageBuilder page = PageBuilder::absolute(ctx, base_path(ctx.model.config().base_url));
    PageView out = page.page(page.base("Page not found", "", {}), NotFoundView{});
    out.dir = "404.html";
    out.base.canonical = ctx.model.config().base_url + out.dir;
    return out;
}

}  // namespace scrutiny
