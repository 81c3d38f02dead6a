#include "pipeline.h"

#include <catch2/catch.hpp>

#include <mutex>

#include "fixture_site.h"

using namespace scrutiny;

TEST_CASE("a rebuild with the render cache re-renders only the pages an edit changes", "[pipeline]") {
    MemoryFileSystem site = testing::fixture_in_memory("valid-minimal");
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

TEST_CASE("a theme's own robots.txt wins; a static file at a page's or a chart's address is an error", "[pipeline]") {
    MemoryFileSystem site = testing::fixture_in_memory("valid-minimal");
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

TEST_CASE("a streamed build hands every file to the writer once and keeps only paths", "[pipeline]") {
    MemoryFileSystem site = testing::fixture_in_memory("valid-minimal");
    PipelineOptions options;
    options.build.build_date = {2023, 11, 14};
    Diagnostics held_diags;
    auto held = build_site(site, options, held_diags);
    REQUIRE(held);

    std::mutex mutex;
    std::map<std::string, std::string> streamed;
    size_t writes = 0;
    FileWriter writer = [&](const std::string& path, std::string_view bytes) {
        std::lock_guard lock(mutex);  // called from every rendering thread
        ++writes;
        streamed[path] = std::string(bytes);
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
