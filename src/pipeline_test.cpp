#include "pipeline.h"

#include <catch2/catch.hpp>

#include <map>
#include <mutex>
#include <set>

#include "common/fixture_for_tests.h"

using namespace scrutiny;

namespace {
MemoryFileSystem minimal_site() { return fixture_in_memory("valid-minimal"); }

// A toy kind, registered by a test alone: one poster per objective, at posters/<objective id>/.
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


TEST_CASE("a rebuild with the render cache re-renders only the pages an edit changes", "[pipeline]") {
    MemoryFileSystem site = minimal_site();
    PipelineOptions options;
    options.build.build_date = {2023, 11, 14};
    RenderCache cache;
    Diagnostics d;
    auto first = build_site(site, options, d, &cache);
    REQUIRE(first);
    CHECK(cache.reused == 0);

    // Nothing changed: every page comes from the cache, byte for byte.
    auto again = build_site(site, options, d, &cache);
    REQUIRE(again);
    CHECK(cache.reused == first->pages);
    CHECK(again->files.files() == first->files.files());

    // One session's text changes: its own page is rendered again; the others are reused.
    std::string session = *site.read("content/meetings/2021-02-01-performance.md");
    session.replace(session.find("reviewed burglary"), 17, "reviewed robbery");
    site.write("content/meetings/2021-02-01-performance.md", session);
    auto edited = build_site(site, options, d, &cache);
    REQUIRE(edited);
    CHECK(cache.reused == first->pages - 1);
    CHECK(edited->files.find("meetings/2021-02-01-performance/index.html")->find("reviewed robbery") != std::string::npos);

    // The cached build is exactly what a build from scratch gives.
    Diagnostics fresh_diags;
    auto fresh = build_site(site, options, fresh_diags);
    REQUIRE(fresh);
    CHECK(edited->files.files() == fresh->files.files());
    CHECK_FALSE(d.has_errors());
}

namespace {
// A published site as `build` keeps one (publish/atomic_publish.h's StagingFolder), in memory:
// each build streams its files here, notes the inputs key of each page it made, and may keep a
// page published by the last build when its key is unchanged. `made` is what the last build
// wrote itself (pages and the metrics' chart downloads), so a test sees what an edit re-made.
class PublishedSite {
public:
    BuiltSite build(const FileSystem& site, const PipelineOptions& options) {
        std::map<std::string, std::string> files;
        std::map<std::string, std::string> keys;
        std::mutex mutex;
        made_.clear();
        PublishedPages published;
        published.keep = [&](const std::string& path, const std::string& key) {
            std::lock_guard lock(mutex);
            const auto was = keys_.find(path);
            if (was == keys_.end() || was->second != key) return false;
            files[path] = files_.at(path);
            keys[path] = key;
            return true;
        };
        published.note = [&](const std::string& path, const std::string& key) {
            std::lock_guard lock(mutex);
            keys[path] = key;
        };
        const FileWriter writer = [&](const std::string& path, Pieces bytes) {
            std::lock_guard lock(mutex);
            files[path] = joined(bytes);
            if (path.ends_with(".html") || path.starts_with("data/metrics/")) made_.insert(path);
            return true;
        };
        PipelineOptions with_cache = options;
        with_cache.derived = &derived_;
        Diagnostics d;
        auto model = load_model(site, with_cache, d);
        REQUIRE(model);
        auto built = build_site(site, std::move(*model), with_cache, d, nullptr, writer, &published);
        derived_kept_ = derived_.found();
        derived_.forget_unused();  // as save() does for the next build
        INFO(d.all().size());
        REQUIRE(built);
        for (const auto& [path, bytes] : built->files.files())
            if (!built->files.written(path)) files[path] = bytes;  // what publish() writes at the end
        files_ = std::move(files);
        keys_ = std::move(keys);
        return std::move(*built);
    }
    const std::map<std::string, std::string>& files() const { return files_; }
    const std::set<std::string>& made() const { return made_; }
    // Parsed commitment files and search documents taken from the last build.
    size_t derived_kept() const { return derived_kept_; }

private:
    DerivedCache derived_;
    size_t derived_kept_ = 0;
    std::map<std::string, std::string> files_, keys_;
    std::set<std::string> made_;
};

std::set<std::string> html_pages(const std::map<std::string, std::string>& files) {
    std::set<std::string> out;
    for (const auto& [path, bytes] : files)
        if (path.ends_with(".html")) out.insert(path);
    return out;
}
}  // namespace

TEST_CASE("a rebuild makes again only the pages whose inputs changed", "[pipeline]") {
    // A1 names B1 in see_also, so B1's page lists A1 by its title. A1's 2020-Q2 update is in the
    // quarter's report; the home page shows each commitment's newest update (A1's is 2020-Q3).
    MemoryFileSystem site = minimal_site();
    PipelineOptions options;
    options.build.build_date = {2023, 11, 14};
    PublishedSite published;
    const auto edit = [&](const std::string& file, const std::string& from, const std::string& to) {
        std::string text = *site.read(file);
        REQUIRE(text.find(from) != std::string::npos);
        site.write(file, text.replace(text.find(from), from.size(), to));
    };
    const auto fresh = [&] {
        Diagnostics fresh_diags;
        auto built = build_site(site, options, fresh_diags);
        REQUIRE(built);
        return built->files.files();
    };
    published.build(site, options);
    const std::set<std::string> every_page = html_pages(published.files());
    REQUIRE(every_page.size() > 12);
    REQUIRE(published.made().count("data/metrics/burglary.json"));

    SECTION("an update's words: that commitment's page and its quarter's report") {
        edit("content/commitments/a1.md", "Terms of reference were drafted.", "Terms of reference were agreed.");
        const BuiltSite words = published.build(site, options);
        CHECK(published.made() == std::set<std::string>{"commitments/a1/index.html", "reports/2020-q2/index.html"});
        CHECK(words.kept == every_page.size() - 2);
        CHECK(published.files().at("reports/2020-q2/index.html").find("Terms of reference were agreed.") != std::string::npos);
        CHECK(published.derived_kept() == 4);  // the metric's file and B1's, parsed, B1's search document and the areas it names; A1's are made again
        CHECK(published.files().at("search/documents.json").find("Terms of reference were agreed.") != std::string::npos);
        CHECK(published.files() == fresh());
    }
    SECTION("the words of an update the home page shows: the home page too") {
        edit("content/commitments/a1.md", "The ISVA service reported to it for the first time.", "The ISVA service reported to it.");
        published.build(site, options);
        CHECK(published.made() == std::set<std::string>{"commitments/a1/index.html", "index.html", "reports/2020-q3/index.html"});
        CHECK(published.files().at("index.html").find("The ISVA service reported to it.") != std::string::npos);
        CHECK(published.files() == fresh());
    }
    SECTION("a body that comes to name an area: that area's page lists it") {
        edit("content/commitments/a1.md", "The Board brings together", "In North District, the Board brings together");
        published.build(site, options);
        CHECK(published.made() == std::set<std::string>{"commitments/a1/index.html", "areas/north/index.html"});
        CHECK(published.files().at("areas/north/index.html").find("Set up a Victims&apos; Board") != std::string::npos);
        CHECK(published.files() == fresh());
    }
    SECTION("a title another page shows: every page is made again, the charts' files are kept") {
        edit("content/commitments/a1.md", "title = \"Set up a Victims' Board\"", "title = \"Set up a Victims' Panel\"");
        const BuiltSite title = published.build(site, options);
        CHECK(title.kept == 0);
        CHECK(html_pages(published.files()) == every_page);
        CHECK(published.made().count("commitments/b1/index.html"));
        CHECK(published.files().at("commitments/b1/index.html").find("Set up a Victims&apos; Panel") != std::string::npos);
        CHECK(published.derived_kept() == 4);  // the metric's and B1's again; A1's document and area marks read its title, so are made again
        CHECK(published.files() == fresh());
    }
    SECTION("a metric's figure: every page and its chart files are made again") {
        edit("content/metrics/burglary.toml", "values = [40, 42, 38,", "values = [40, 42, 58,");
        published.build(site, options);
        CHECK(published.derived_kept() == 6);  // everything of the commitments; the metric parsed again
        CHECK(published.made().count("data/metrics/burglary.json"));
        CHECK(published.made().count("measures/burglary/index.html"));
        CHECK(published.files() == fresh());
    }
    SECTION("a glossary term any page may mark: every page is made again") {
        edit("content/glossary/terms.toml", "Supports victims of sexual violence.", "Supports people after sexual violence.");
        const BuiltSite term = published.build(site, options);
        CHECK(term.kept == 0);
        CHECK(published.files() == fresh());
    }
    SECTION("nothing: no page is made again") {
        const BuiltSite again = published.build(site, options);
        CHECK(published.made().empty());
        CHECK(again.kept == every_page.size());
        CHECK(published.derived_kept() == 7);  // the three files, parsed, both documents and both commitments' area marks
        CHECK(published.files() == fresh());
    }
}

TEST_CASE("serve's rebuild keeps the HTML of pages whose inputs are unchanged", "[pipeline]") {
    MemoryFileSystem site = minimal_site();
    PipelineOptions options;
    options.build.build_date = {2023, 11, 14};
    RenderCache cache;
    Diagnostics d;
    const auto first = build_site(site, options, d, &cache);
    REQUIRE(first);
    std::string a1 = *site.read("content/commitments/a1.md");
    site.write("content/commitments/a1.md", a1.replace(a1.find("drafted."), 8, "agreed."));
    const auto words = build_site(site, options, d, &cache);
    REQUIRE(words);
    CHECK(words->kept == first->pages - 2);  // A1's page and its quarter's report are made again
    CHECK(words->files.find("commitments/a1/index.html")->find("Terms of reference were agreed.") != std::string::npos);
    Diagnostics fresh_diags;
    const auto fresh = build_site(site, options, fresh_diags);
    REQUIRE(fresh);
    CHECK(words->files.files() == fresh->files.files());
    CHECK(cache.chart_files.count("burglary") == 1);  // the charts' files, kept for the next rebuild

    // A figure edited: the chart files are made again, not taken from the last rebuild.
    std::string metric = *site.read("content/metrics/burglary.toml");
    site.write("content/metrics/burglary.toml", metric.replace(metric.find("values = [40, 42, 38,"), 21, "values = [40, 42, 58,"));
    const auto figure = build_site(site, options, d, &cache);
    REQUIRE(figure);
    const auto fresh_figure = build_site(site, options, fresh_diags);
    REQUIRE(fresh_figure);
    CHECK(*figure->files.find("data/metrics/burglary.json") != *words->files.find("data/metrics/burglary.json"));
    CHECK(figure->files.files() == fresh_figure->files.files());
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("a theme's own robots.txt wins, and a static file at a page's or a chart's address is an error", "[pipeline]") {
    MemoryFileSystem site = minimal_site();
    PipelineOptions options;
    options.build.build_date = {2023, 11, 14};
    site.write("themes/mine/static/robots.txt", "User-agent: *\nDisallow: /drafts/\n");
    std::string config = *site.read("site_config.toml");
    site.write("site_config.toml", "theme = \"mine\"\n" + config);
    Diagnostics d;
    auto built = build_site(site, options, d);
    for (const auto& x : d.sorted()) UNSCOPED_INFO(format_diagnostic(x));
    REQUIRE(built);
    CHECK(*built->files.find("robots.txt") == "User-agent: *\nDisallow: /drafts/\n");

    site.write("themes/mine/static/about/index.html", "<p>a stray copy</p>");
    site.write("themes/mine/static/data/metrics/burglary.json", "{\"stale\": true}");
    Diagnostics clash;
    CHECK_FALSE(build_site(site, options, clash));
    REQUIRE(clash.error_count() == 2);
    CHECK(format_diagnostic(clash.sorted()[0]) ==
          "themes/mine/static/about/index.html: error: the build makes about/index.html from content/pages/about.md "
          "itself, so a static file cannot take its place; remove or rename this file");
    CHECK(format_diagnostic(clash.sorted()[1]) ==
          "themes/mine/static/data/metrics/burglary.json: error: the build makes data/metrics/burglary.json itself, so a "
          "static file cannot take its place; remove or rename this file");
}

TEST_CASE("a page kind registered by a test alone is built, linked, listed and reserved", "[pages][kinds]") {
    std::vector<PageKind> kinds = builtin_page_kinds();
    kinds.push_back(poster_kind());
    MemoryFileSystem site = minimal_site();
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


TEST_CASE("a streamed build hands every file to the writer once and keeps only paths", "[pipeline]") {
    MemoryFileSystem site = minimal_site();
    PipelineOptions options;
    options.build.build_date = {2023, 11, 14};
    Diagnostics held_diags;
    auto held = build_site(site, options, held_diags);
    REQUIRE(held);

    std::mutex mutex;
    std::map<std::string, std::string> streamed;
    size_t writes = 0;
    FileWriter writer = [&](const std::string& path, Pieces bytes) {
        std::lock_guard lock(mutex);  // called from every rendering thread
        ++writes;
        streamed[path] = joined(bytes);
        return true;
    };
    Diagnostics d;
    auto model = load_model(site, options, d);
    REQUIRE(model);
    auto built = build_site(site, std::move(*model), options, d, nullptr, writer);
    REQUIRE(built);
    CHECK(streamed == held->files.files());  // the same files, byte for byte
    CHECK(writes == streamed.size());        // nothing written twice
    CHECK(built->files.size() == held->files.size());
    CHECK(built->files.find("index.html") == nullptr);  // not kept in memory
    CHECK(built->files.written("index.html"));
    CHECK(built->files.write_failure().empty());
}

TEST_CASE("a site's own icon is linked from every page, and a missing one is an error at its key", "[pipeline][metadata]") {
    MemoryFileSystem site = minimal_site();
    const std::string config = *site.read("site_config.toml");
    site.write("site_config.toml", "favicon = \"assets/crest.png\"\n" + config);
    PipelineOptions options;
    Diagnostics missing;
    CHECK_FALSE(build_site(site, options, missing));
    REQUIRE(missing.error_count() == 1);
    CHECK(format_diagnostic(missing.all()[0]) ==
          "site_config.toml:1:11: error: `favicon` names assets/crest.png, which is not in the site; add the file or correct the path");

    site.write("assets/crest.png", "\x89PNG");
    Diagnostics d;
    auto built = build_site(site, options, d);
    REQUIRE(built);
    const std::string* measure = built->files.find("measures/burglary/index.html");
    REQUIRE(measure);
    CHECK(measure->find("<link rel=\"icon\" href=\"../../assets/crest.png\" type=\"image/png\">") != std::string::npos);
    CHECK(built->files.contains("assets/crest.png"));
}

TEST_CASE("the site's inputs are hashed afresh unless a file's identity is the one it had when last hashed", "[pipeline]") {
    MemoryFileSystem site = minimal_site();
    Diagnostics d;
    DerivedCache derived;
    SettledFiles settled{{"content/metrics/burglary.toml", 7}};
    PipelineOptions options;
    options.build.build_date = {2023, 11, 14};
    options.derived = &derived;
    options.settled_files = &settled;
    const auto model = load_model(site, options, d);
    REQUIRE(model);
    const std::string before = site_inputs_digest(site, *model, options);
    std::string metric = *site.read("content/metrics/burglary.toml");
    site.write("content/metrics/burglary.toml", metric + "\n# a comment\n");
    CHECK(site_inputs_digest(site, *model, options) == before);  // the same identity: trusted unread
    settled["content/metrics/burglary.toml"] = 8;                 // any write moves its change time
    const std::string after = site_inputs_digest(site, *model, options);
    CHECK(after != before);
    settled.clear();  // changed in the last two seconds: read
    CHECK(site_inputs_digest(site, *model, options) == after);
    options.derived = nullptr;  // no cache: always read
    CHECK(site_inputs_digest(site, *model, options) == after);
}
