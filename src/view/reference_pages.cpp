// Glossary, meetings, free pages, the A to Z and the not-found page.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "common/calendar_words.h"
#include "common/natural_order.h"
#include "common/text.h"
#include "model/site_model.h"
#include "view/reference_views.h"
#include "view/search_documents.h"
#include "view/site_urls.h"
#include "view/site_views.h"

namespace scrutiny {

namespace {
std::string kind_label(const Translations& tr, SessionKind kind) { return tr.text("session_kind." + session_kind_words().word(kind)); }


// "/" or the path of base_url ("https://example.org/plan/" -> "/plan/").
std::string base_path(const std::string& base_url) {
    if (auto scheme = base_url.find("://"); scheme != std::string::npos)
        if (auto slash = base_url.find('/', scheme + 3); slash != std::string::npos) return base_url.substr(slash);
    return "/";
}
}  // namespace

PageView glossary_page(const PageContext& ctx) {
    const SiteModel& m = ctx.model;
    const Translations& tr = m.translations;
    PageBuilder page(ctx, std::string(urls::glossary), "glossary");
    GlossaryView v;
    std::vector<std::pair<std::string, std::string>> groups{{"cross-cutting", tr.text("glossary.across_the_plan")}};
    for (const auto& o : m.config().objectives) groups.push_back({o.id, o.title});
    for (const auto& [id, title] : groups) {
        MechanismGroup group{"group-" + id, title, {}};
        for (const auto& x : m.content.mechanisms) {
            if (x.objective.value != id) continue;
            const bool has_sessions = ViewIndex::find(ctx.index.sessions_by_mechanism, x.id) > 0;
            group.mechanisms.push_back({x.id, x.name, x.purpose, x.meets.empty() ? tr.text("glossary.not_stated") : x.meets,
                                        tr.text(x.notes_published ? "glossary.yes" : "glossary.no"),
                                        tr.text(x.is_public ? "glossary.yes" : "glossary.no"),
                                        has_sessions ? page.href_dir(std::string(urls::meetings)) + "#series-" + x.id : ""});
        }
        if (!group.mechanisms.empty()) v.mechanism_groups.push_back(std::move(group));
    }
    std::vector<const Term*> terms;
    for (const auto& t : m.content.terms) terms.push_back(&t);
    std::stable_sort(terms.begin(), terms.end(), [](const Term* a, const Term* b) { return ascii_lower(a->term) < ascii_lower(b->term); });
    for (const Term* t : terms) v.terms.push_back({t->anchor, t->term, t->expansion, t->definition});
    return page.page(page.base(tr.text("pages.glossary_title"), tr.text("pages.glossary_description"), {{tr.text("site.home"), ""}}),
                     std::move(v));
}

PageView sessions_page(const PageContext& ctx) {
    const SiteModel& m = ctx.model;
    const Translations& tr = m.translations;
    PageBuilder page(ctx, std::string(urls::meetings), "meetings");
    SessionsView v;
    std::map<int, std::vector<SessionRow>, std::greater<int>> years;
    for (const auto& s : m.content.sessions) {
        const Mechanism* x = m.mechanism(s.series.value);
        years[s.date.year].push_back({s.title, page.href_dir(urls::meeting(s.slug)), session_date_label(tr, s), session_date_iso(s),
                                      kind_label(tr, s.kind), x ? x->name : ""});
    }
    for (auto& [year, sessions] : years) v.years.push_back({std::to_string(year), std::move(sessions)});
    std::set<std::string> seen;
    for (const auto& s : m.content.sessions) {
        if (!seen.insert(s.series.value).second) continue;
        if (const Mechanism* x = m.mechanism(s.series.value))
            v.series.push_back({"series-" + x->id, x->name, x->purpose, page.href(urls::glossary_entry(x->id))});
    }
    return page.page(page.base(tr.text("pages.sessions_title"), tr.text("pages.sessions_description"), {{tr.text("site.home"), ""}}),
                     std::move(v));
}

PageView session_page(const PageContext& ctx, const Session& s) {
    const SiteModel& m = ctx.model;
    const Translations& tr = m.translations;
    PageBuilder page(ctx, urls::meeting(s.slug), "meetings");
    const Mechanism* x = m.mechanism(s.series.value);
    SessionView v;
    v.date = session_date_label(tr, s);
    v.date_iso = session_date_iso(s);
    v.kind = kind_label(tr, s.kind);
    v.series_name = x ? x->name : "";
    v.series_href = x ? page.href(urls::glossary_entry(x->id)) : "";
    for (const auto& ref : s.objectives)
        if (const Objective* o = m.objective(ref.value)) v.objectives.push_back({o->title, page.href_dir(urls::objective(o->id))});
    v.minutes = s.minutes;
    v.body_html = page.markdown(s.body_markdown, 1);
    return page.page(page.base(s.title, "", {{tr.text("site.home"), ""}, {tr.text("pages.sessions_title"), std::string(urls::meetings)}}), std::move(v),
                     s.source_file);
}

PageView free_page(const PageContext& ctx, const Page& p) {
    const Translations& tr = ctx.model.translations;
    PageBuilder page(ctx, p.slug, "page:" + p.slug);
    // A page may say when the site was built (the accessibility statement's test date).
    std::string body = p.body_markdown;
    const std::string marker = "{{build_date}}";
    for (size_t pos; (pos = body.find(marker)) != std::string::npos;) body.replace(pos, marker.size(), date_words(tr, ctx.build.build_date));
    FreePageView v{page.markdown(body, 1)};
    return page.page(page.base(p.title, p.description, {{tr.text("site.home"), ""}}), std::move(v), p.source_file);
}

PageView search_page(const PageContext& ctx) {
    const Translations& tr = ctx.model.translations;
    PageBuilder page(ctx, std::string(urls::search), "search");
    std::map<std::string, std::vector<SearchEntry>> letters;
    for (const auto& e : ctx.index.search) {
        if (!e.in_a_to_z) continue;
        const char first = e.title.empty() ? '#' : static_cast<char>(std::toupper(static_cast<unsigned char>(e.title[0])));
        const std::string key = std::isalpha(static_cast<unsigned char>(first)) ? std::string(1, first) : tr.text("pages.search_other");
        letters[key].push_back({e.title, e.folder ? page.href_dir(e.target) : page.href(e.target), e.kind});
    }
    SearchView v;
    const Translations& t = ctx.model.translations;
    v.box = {t.text("search.label"), t.text("search.hint"), page.href(std::string(search_documents_path)), page.href_dir(""),
             t.text("search.results.one", {{"count", "{count}"}}), t.text("search.results.other", {{"count", "{count}"}}),
             t.text("search.no_results")};
    for (auto& [letter, entries] : letters) {
        std::stable_sort(entries.begin(), entries.end(), [](const SearchEntry& a, const SearchEntry& b) { return natural_less(a.title, b.title); });
        v.letters.push_back({letter, "letter-" + slugify(letter), std::move(entries)});
    }
    BaseView base = page.base(tr.text("pages.search_title"), tr.text("pages.search_description"), {{tr.text("site.home"), ""}});
    base.scripts = {{page.href(std::string(urls::assets) + "/vendor/minisearch/minisearch.min.js")},
                    {page.href(std::string(urls::assets) + "/js/search.js")}};
    return page.page(std::move(base), std::move(v));
}

PageView not_found_page(const PageContext& ctx) {
    // Served for any missing URL, at any depth, so every link starts at base_url's path.
    PageBuilder page = PageBuilder::absolute(ctx, base_path(ctx.model.config().base_url));
    PageView out = page.page(page.base(ctx.model.translations.text("pages.not_found_title"), "", {}), NotFoundView{});
    out.dir = "404.html";
    out.base.canonical = ctx.model.config().base_url + out.dir;
    return out;
}

}  // namespace scrutiny
