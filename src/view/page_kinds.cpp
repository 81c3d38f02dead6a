#include "view/page_kinds.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/parallel.h"
#include "content/markdown.h"
#include "model/site_model.h"
#include "view/area_views.h"
#include "view/site_urls.h"
#include "view/content_views.h"
#include "view/national_views.h"
#include "view/page_inputs.h"
#include "view/reference_views.h"
#include "view/search_documents.h"
#include "view/site_views.h"

namespace scrutiny {

namespace {
// The file a page is made from, for messages about its address ("" for one from site_config.toml).
template <class Item>
std::string source_of(const Item& item) {
    if constexpr (requires { item.source_file; }) return item.source_file;
    else return {};
}

// One maker per item of a model list, for pages that read nothing of any commitment's words, only
// the site's shared inputs (view/page_inputs.h): each says where it goes, so a rebuild keeps it
// while those are unchanged. `dir(item)` must be the folder make() gives the page (build_page_views
// checks).
template <class Items, class Dir, class Make>
auto each_shared(Items items, Dir dir, Make make) {
    return [items, dir, make](const PageContext& ctx, std::vector<PageMaker>& out) {
        for (const auto& item : items(ctx.model))
            out.push_back({[&ctx, &item, make] { return make(ctx, item); }, dir(item), source_of(item), std::string(kOnlySharedInputs)});
    };
}

// The same for a kind with a single page, made in `dir`.
template <class Make>
auto single_shared(std::string dir, Make make) {
    return [dir, make](const PageContext& ctx, std::vector<PageMaker>& out) {
        out.push_back({[&ctx, make] { return make(ctx); }, dir, "", std::string(kOnlySharedInputs)});
    };
}

std::vector<PageKind> make_builtin_kinds() {
    std::vector<PageKind> k;
    k.push_back({.name = "home", .section = "",
                 .about = "The home page, at the site's root: each objective with its measures, and the latest updates.",
                 .keys = keys_of<HomeView>,
                 // Kept while the shared inputs and the text of the updates it shows are unchanged.
                 .pages = [](const PageContext& ctx, std::vector<PageMaker>& out) {
                     out.push_back({[&ctx] { return home_page(ctx); }, "", "", shown_updates_digest(home_latest_updates(ctx.index))});
                 },
                 .nav = [](const SiteModel& m, std::vector<NavEntry>& out) { out.push_back({"home", m.translations.text("site.home"), ""}); },
                 .nav_rank = 0});
    k.push_back({.name = "objective", .section = std::string(urls::objectives),
                 .about = "One page per objective, at objectives/<id>/.",
                 .keys = keys_of<ObjectiveView>,
                 .pages = each_shared([](const SiteModel& m) -> const auto& { return m.config().objectives; },
                                     [](const Objective& o) { return urls::objective(o.id); }, objective_page),
                 .search = [](const SiteModel& m, std::vector<SearchItem>& out) {
                     for (const auto& o : m.config().objectives)
                         out.push_back({o.title, urls::objective(o.id), m.translations.text("search_kind.objective"), true, "", markdown_all_text(o.summary_markdown)});
                 },
                 .nav = [](const SiteModel& m, std::vector<NavEntry>& out) {
                     for (const auto& o : m.config().objectives) out.push_back({"objective:" + o.id, o.short_title, urls::objective(o.id)});
                 },
                 .nav_rank = 1});
    k.push_back({.name = "commitment", .section = std::string(urls::commitments),
                 .about = "One page per commitment, at commitments/<slug of its ref>/.",
                 .keys = keys_of<CommitmentView>,
                 // Each page says where it goes and what of its own it reads (page_inputs.h), so a
                 // rebuild re-makes only the pages of commitments whose words changed.
                 .pages = [](const PageContext& ctx, std::vector<PageMaker>& out) {
                     for (const auto& c : ctx.model.content.commitments)
                         out.push_back({[&ctx, &c] { return commitment_page(ctx, c); }, urls::commitment(c.slug), c.source_file,
                                        ctx.model.words_digest(c)});
                 },
                 .search = [](const SiteModel& m, std::vector<SearchItem>& out) {
                     // Each body as plain text, made only when the last build's document for the
                     // same words cannot be used (search_documents_json), on every core. The
                     // entries themselves are made on every core too (10,000 at a large site).
                     const auto& cs = m.content.commitments;
                     const std::string kind = m.translations.text("search_kind.commitment");
                     const size_t first = out.size();
                     out.resize(first + cs.size());
                     const auto make = [&](size_t i) {
                         const Commitment& c = cs[i];
                         out[first + i] = {m.translations.text("site.ref_title", {{"ref", c.ref}, {"title", c.title}}), urls::commitment(c.slug),
                                           kind, true, c.ref, {}, true, searchable_text_key(c, m.words_digest(c)),
                                           [&c] { return searchable_text(c); }};
                     };
                     // The first here, where a theme's faulty title string is thrown as an error,
                     // not in a worker; every other is made from the same string.
                     if (!cs.empty()) make(0);
                     parallel_for(cs.size() > 0 ? cs.size() - 1 : 0, worker_count(), [&](size_t, size_t i) { make(i + 1); });
                 }});
    k.push_back({.name = "measure", .section = std::string(urls::measures),
                 .about = "One page per measure, at measures/<id>/, with a control chart per area.",
                 .keys = keys_of<MeasureView>,
                 .pages = each_shared([](const SiteModel& m) -> const auto& { return m.content.metrics; },
                                     [](const Metric& x) { return urls::measure(x.id); }, measure_page),
                 .search = [](const SiteModel& m, std::vector<SearchItem>& out) {
                     for (const auto& x : m.content.metrics) out.push_back({x.title, urls::measure(x.id), m.translations.text("search_kind.measure"), true, "", searchable_text(x)});
                 }});
    k.push_back({.name = "areas", .section = std::string(urls::areas),
                 .about = "The list of areas, at areas/.",
                 .keys = keys_of<AreasView>, .pages = single_shared(std::string(urls::areas), areas_page),
                 .nav = [](const SiteModel& m, std::vector<NavEntry>& out) { out.push_back({"areas", m.translations.text("areas.title"), std::string(urls::areas)}); },
                 .nav_rank = 2});
    k.push_back({.name = "area", .section = std::string(urls::areas),
                 .about = "One page per area, at areas/<id>/: every measure for the area, and what mentions it.",
                 .keys = keys_of<AreaView>,
                 // An area page lists the commitments whose words name the area: which they are is its own input.
                 .pages = [](const PageContext& ctx, std::vector<PageMaker>& out) {
                     for (const auto& a : ctx.model.config().areas)
                         out.push_back({[&ctx, &a] { return area_page(ctx, a); }, urls::area(a.id), "",
                                        listed_commitments_digest(ViewIndex::find(ctx.index.commitments_naming_area, a.id))});
                 },
                 .search = [](const SiteModel& m, std::vector<SearchItem>& out) {
                     for (const auto& a : m.config().areas)
                         out.push_back({a.name, urls::area(a.id), m.translations.text("search_kind.area"), true, "",
                                        m.translations.text("area.description", {{"area", a.name}})});
                 }});
    k.push_back({.name = "glossary", .section = std::string(urls::glossary),
                 .about = "The glossary, at glossary/: oversight meetings and terms.",
                 .keys = keys_of<GlossaryView>, .pages = single_shared(std::string(urls::glossary), glossary_page),
                 .search = [](const SiteModel& m, std::vector<SearchItem>& out) {
                     for (const auto& x : m.content.mechanisms)
                         out.push_back({x.name, urls::glossary_entry(x.id), m.translations.text("search_kind.mechanism"), false, "", x.purpose});
                     for (const auto& t : m.content.terms)
                         out.push_back({term_title(t), urls::glossary_entry(t.anchor), m.translations.text("search_kind.term"), false, "", t.definition, false});
                 },
                 .nav = [](const SiteModel& m, std::vector<NavEntry>& out) { out.push_back({"glossary", m.translations.text("site.glossary"), std::string(urls::glossary)}); },
                 .nav_rank = 3});
    k.push_back({.name = "sessions", .section = std::string(urls::meetings),
                 .about = "The list of recorded meetings, at meetings/.",
                 .keys = keys_of<SessionsView>, .pages = single_shared(std::string(urls::meetings), sessions_page),
                 .nav = [](const SiteModel& m, std::vector<NavEntry>& out) { out.push_back({"meetings", m.translations.text("site.meetings"), std::string(urls::meetings)}); },
                 .nav_rank = 2});
    k.push_back({.name = "session", .section = std::string(urls::meetings),
                 .about = "One page per recorded meeting, at meetings/<slug>/.",
                 .keys = keys_of<SessionView>,
                 .pages = each_shared([](const SiteModel& m) -> const auto& { return m.content.sessions; },
                                     [](const Session& s) { return urls::meeting(s.slug); }, session_page),
                 .search = [](const SiteModel& m, std::vector<SearchItem>& out) {
                     for (const auto& s : m.content.sessions) out.push_back({m.translations.text("site.session_title", {{"title", s.title}, {"date", session_date_label(m.translations, s)}}),
                                                                        urls::meeting(s.slug), m.translations.text("search_kind.meeting"), true, "", searchable_text(s)});
                 }});
    k.push_back({.name = "page", .section = "",
                 .about = "One page per file in content/pages/, at <slug>/.",
                 .keys = keys_of<FreePageView>,
                 .pages = each_shared([](const SiteModel& m) -> const auto& { return m.content.pages; }, [](const Page& p) { return p.slug; },
                                     free_page),
                 .search = [](const SiteModel& m, std::vector<SearchItem>& out) {
                     for (const auto& p : m.content.pages) out.push_back({p.title, p.slug, m.translations.text("search_kind.page"), true, "", searchable_text(p)});
                 }});
    k.push_back({.name = "reports", .section = std::string(urls::reports),
                 .about = "The list of quarterly reports, at reports/.",
                 .keys = keys_of<ReportsView>, .pages = single_shared(std::string(urls::reports), reports_page),
                 .nav = [](const SiteModel& m, std::vector<NavEntry>& out) { out.push_back({"reports", m.translations.text("site.reports"), std::string(urls::reports)}); },
                 .nav_rank = 4});
    k.push_back({.name = "report", .section = std::string(urls::reports),
                 .about = "One printable report per quarter with an update, at reports/<year>-q<n>/.",
                 .keys = keys_of<ReportView>,
                 .pages = [](const PageContext& ctx, std::vector<PageMaker>& out) {
                     // Not a structured binding: clang 14 (Debian 12) cannot capture one.
                     auto read = report_words_digests(ctx.model);
                     for (const auto& quarter : ctx.index.commitments_by_quarter)
                         out.push_back({[&ctx, &q = quarter.first] { return report_page(ctx, q); }, urls::report(quarter.first), "",
                                        std::move(read[quarter.first])});
                 }});
    k.push_back({.name = "national_measures", .section = std::string(urls::national_measures),
                 .about = "The statement on the six National Crime and Policing Measures, at national-measures/, and as it stood "
                          "at the end of each quarter with a report, at reports/<year>-q<n>/national-measures/ (only when "
                          "site_config.toml has [[national_measures]]).",
                 .keys = keys_of<NationalMeasuresView>,
                 .pages = [](const PageContext& ctx, std::vector<PageMaker>& out) {
                     if (ctx.model.config().national_measures.empty()) return;
                     const std::string shared(kOnlySharedInputs);
                     out.push_back({[&ctx] { return national_measures_page(ctx); }, std::string(urls::national_measures), "", shared});
                     for (const auto& quarter : ctx.index.commitments_by_quarter)
                         out.push_back({[&ctx, &q = quarter.first] { return quarter_national_measures_page(ctx, q); },
                                        urls::report_national_measures(quarter.first), "", shared});
                 },
                 .search = [](const SiteModel& m, std::vector<SearchItem>& out) {
                     if (!m.config().national_measures.empty())
                         out.push_back({m.translations.text("national_measures.title"), std::string(urls::national_measures), m.translations.text("search_kind.page")});
                 }});
    k.push_back({.name = "search", .section = std::string(urls::search),
                 .about = "The A to Z of the site, at search/.",
                 .keys = keys_of<SearchView>, .pages = single_shared(std::string(urls::search), search_page)});
    k.push_back({.name = "not_found", .section = "",
                 .about = "The not-found page, 404.html. It is served for any missing address, so its links are absolute paths.",
                 .keys = keys_of<NotFoundView>, .pages = single_shared("404.html", not_found_page), .in_sitemap = false});
    return k;
}
}  // namespace

const std::vector<PageKind>& builtin_page_kinds() {
    static const std::vector<PageKind> kinds = make_builtin_kinds();
    return kinds;
}

std::vector<NavEntry> navigation(const std::vector<PageKind>& kinds, const SiteModel& model) {
    std::vector<const PageKind*> ordered;
    for (const auto& k : kinds)
        if (k.nav) ordered.push_back(&k);
    std::stable_sort(ordered.begin(), ordered.end(), [](const PageKind* a, const PageKind* b) { return a->nav_rank < b->nav_rank; });
    std::vector<NavEntry> out;
    for (const PageKind* k : ordered) k->nav(model, out);
    return out;
}

std::vector<SearchItem> search_items(const std::vector<PageKind>& kinds, const SiteModel& model) {
    std::vector<SearchItem> out;
    for (const auto& k : kinds)
        if (k.search) k.search(model, out);
    return out;
}

bool is_reserved_page_slug(const std::string& slug, const std::vector<PageKind>& kinds) {
    if (slug == urls::data || slug == urls::assets) return true;
    return std::any_of(kinds.begin(), kinds.end(), [&](const PageKind& k) { return !k.section.empty() && k.section == slug; });
}

namespace {
// Pages and meetings take their web address from the file name; names that differ only in case
// or punctuation ("Notes.md", "notes.md") would share one.
template <typename T>
void check_unique_addresses(const std::vector<T>& items, const std::string& prefix, const std::string& what,
                            Diagnostics& diags) {
    std::map<std::string, std::string> first_file;  // slug -> the first file with it
    for (const auto& x : items) {
        if (x.slug.empty()) continue;
        auto [first, inserted] = first_file.emplace(x.slug, x.source_file);
        if (!inserted)
            diags.error(x.where, "this " + what + " and " + first->second + " share the web address " + prefix + x.slug +
                                     "/ (their file names differ only in case or punctuation); rename one of them");
    }
}
}  // namespace

void check_page_addresses(const SiteModel& m, Diagnostics& diags, const std::vector<PageKind>& kinds) {
    const auto& c = m.content;
    // Different refs can still share a web address ("A.1" and "A-1" are both /commitments/a-1/).
    std::map<std::string, size_t> slugs;
    for (size_t i = 0; i < c.commitments.size(); ++i) {
        const auto& x = c.commitments[i];
        auto [it, inserted] = slugs.emplace(x.slug, i);
        const auto& first = c.commitments[it->second];
        if (!inserted && first.ref != x.ref)
            diags.error(x.where, "commitment `" + x.ref + "` would have the same web address /" + urls::commitment(x.slug) +
                                     "/ as `" + first.ref + "` (" + first.where.file + ":" + std::to_string(first.where.line) +
                                     "); change one of the refs");
    }
    for (const auto& p : c.pages)
        if (is_reserved_page_slug(p.slug, kinds))
            diags.error(p.where, "a page cannot be called `" + p.slug + "`: the site uses /" + p.slug + "/ itself; rename the file");
    check_unique_addresses(c.pages, "/", "page", diags);
    check_unique_addresses(c.sessions, "/" + std::string(urls::meetings) + "/", "meeting", diags);
}

}  // namespace scrutiny
