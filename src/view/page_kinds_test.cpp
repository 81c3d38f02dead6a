// The page-kind registry: web addresses the kinds own, and a kind added by a test alone.
#include "view/page_kinds.h"

#include <catch2/catch.hpp>

#include "fixture_site.h"

#include "model/site_model.h"
#include "pipeline.h"

using namespace scrutiny;

namespace {
// A toy kind: one poster per objective, at posters/<objective id>/.
struct PosterView {
    std::string objective, objective_href;
    template <class V>
    void fields(V& v) {
        v("objective", objective, "The objective's title.");
        v("objective_href", objective_href, "Its page.");
    }
};

PageKind poster_kind() {
    return {.name = "poster",
            .section = "posters",
            .pages = [](const PageContext& ctx, std::vector<PageMaker>& out) {
                for (const auto& o : ctx.model.config().objectives)
                    out.push_back([&ctx, &o] {
                        PageBuilder page(ctx, "posters/" + o.id, "posters");
                        PosterView v{o.title, page.href_dir("objectives/" + o.id)};
                        return page.page(page.base("Poster: " + o.title, "", {{"Home", ""}}), std::move(v));
                    });
            },
            .search = [](const SiteModel& m, std::vector<SearchItem>& out) {
                for (const auto& o : m.config().objectives) out.push_back({"Poster: " + o.title, "posters/" + o.id, "Poster"});
            },
            .nav = [](const SiteModel&, std::vector<NavEntry>& out) { out.push_back({"posters", "Posters", "posters/victims"}); },
            .nav_rank = 5};
}
}  // namespace

TEST_CASE("a page kind registered by a test alone is built, linked, listed and reserved", "[pages][kinds]") {
    std::vector<PageKind> kinds = builtin_page_kinds();
    kinds.push_back(poster_kind());
    MemoryFileSystem site = testing::fixture_in_memory("valid-minimal");
    // Its template, in a theme that extends the default one: the only file a new kind adds.
    site.write("themes/posters/theme.toml", "extends = \"default\"\n");
    site.write("themes/posters/templates/poster.mustache", "<h1>{{title}}</h1><a href=\"{{objective_href}}\">{{objective}}</a>");
    site.write("site_config.toml", "theme = \"posters\"\n" + *site.read("site_config.toml"));
    PipelineOptions options;
    options.build.build_date = {2024, 1, 1};
    options.page_kinds = &kinds;
    Diagnostics d;
    auto built = build_site(site, options, d);
    REQUIRE(built);
    const std::string* poster = built->files.find("posters/victims/index.html");
    REQUIRE(poster);
    CHECK(poster->find("<h1>Poster: Putting victims first</h1><a href=\"../../objectives/victims/\">Putting victims first</a>") != std::string::npos);
    CHECK(poster->find("<a href=\"../../posters/victims/\" aria-current=\"page\">Posters</a>") != std::string::npos);
    CHECK(built->files.find("sitemap.xml")->find("<loc>https://test.example/site/posters/secure/</loc>") != std::string::npos);
    CHECK(built->files.find("search/index.html")->find("<a href=\"../posters/secure/\">Poster: A more secure county</a> <span class=\"meta\">Poster</span>") != std::string::npos);
    CHECK(built->files.find("index.html")->find("<a href=\"posters/victims/\">Posters</a>") != std::string::npos);
    CHECK(is_reserved_page_slug("posters", kinds));
    CHECK_FALSE(is_reserved_page_slug("posters"));
}

TEST_CASE("a page may not take a folder the site uses", "[pages][kinds]") {
    for (const char* slug : {"commitments", "measures", "meetings", "glossary", "reports", "search", "objectives", "data", "assets"})
        CHECK(is_reserved_page_slug(slug));
    CHECK_FALSE(is_reserved_page_slug("about"));
    SiteModel m;
    m.content.pages.push_back({"search", "Search", "", "", std::nullopt, "content/pages/search.md", {"content/pages/search.md", 1, 1}});
    Diagnostics d;
    check_page_addresses(m, d);
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]) ==
          "content/pages/search.md:1:1: error: a page cannot be called `search`: the site uses /search/ itself; rename the file");
}

TEST_CASE("refs that differ but share a web address are an error", "[pages][kinds]") {
    SiteModel m;
    Commitment b;
    b.ref = "A.1";
    b.slug = "a-1";
    b.where = {"a1.md", 2, 7};
    Commitment e = b;
    e.ref = "A-1";
    e.where = {"x.md", 2, 7};
    m.content.commitments = {b, e};
    Diagnostics d;
    check_page_addresses(m, d);
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]) ==
          "x.md:2:7: error: commitment `A-1` would have the same web address /commitments/a-1/ as `A.1` (a1.md:2); change one of the refs");
}
