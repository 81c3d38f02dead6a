#include "config/site_config.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

namespace {
const char* kConfig = R"(title = "T"
organisation = "O"
base_url = "https://example.org/perf"

[[objectives]]
id = "victims"
title = "Victims first"

[[areas]]
id = "all"
name = "Everywhere"
total = true

[[areas]]
id = "north"
name = "North"

[spc]
recalculate_after = 8
)";
}

TEST_CASE("reads a site config with defaults filled in", "[config]") {
    Diagnostics d;
    auto c = parse_site_config(kConfig, "site_config.toml", d);
    REQUIRE(c);
    CHECK_FALSE(d.has_errors());
    CHECK(c->base_url == "https://example.org/perf/");
    CHECK(c->language == "en-GB");
    CHECK(c->output_dir == "public");
    CHECK(c->objectives.at(0).short_title == "Victims first");
    CHECK(c->areas.size() == 2);
    CHECK(c->spc.recalculate_after == 8);
    CHECK_FALSE(c->spc.shift_run.has_value());
}

TEST_CASE("requires exactly one total area", "[config]") {
    Diagnostics d;
    std::string text = kConfig;
    text.replace(text.find("total = true"), 12, "total = false");
    CHECK_FALSE(parse_site_config(text, "site_config.toml", d));
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]) ==
          "site_config.toml:9:1: error: exactly one area must have `total = true` (the whole force area); found 0");
}

TEST_CASE("reports missing keys and a bad base_url together", "[config]") {
    Diagnostics d;
    CHECK_FALSE(parse_site_config("organisation = \"O\"\nbase_url = \"example.org\"\n[[areas]]\nid = \"a\"\nname = \"A\"\ntotal = true\n",
                                  "site_config.toml", d));
    std::vector<std::string> messages;
    for (const auto& x : d.sorted()) messages.push_back(format_diagnostic(x));
    CHECK(messages == std::vector<std::string>{
                          "site_config.toml:1:1: error: missing required key `title` (a string); add `title = ...` here",
                          "site_config.toml:2:12: error: `base_url` must be a web address starting with https:// or http://, without spaces or quotes; write the address the site will be published at"});
}

TEST_CASE("refuses an output_dir that would replace the site's own sources", "[config]") {
    for (const char* bad : {".", "./", "", "content", "content/public", "./content", "assets", "themes/out",
                            "site_config.toml", "../elsewhere", "/var/www", "public/../content"}) {
        Diagnostics d;
        CHECK_FALSE(parse_site_config(std::string(kConfig).insert(0, "output_dir = \"" + std::string(bad) + "\"\n"),
                                      "site_config.toml", d));
        INFO(bad);
        REQUIRE(d.error_count() == 1);
        CHECK(format_diagnostic(d.all()[0]) == "site_config.toml:1:14: error: `output_dir` must be a folder of its own inside "
                                               "the site, like \"public\", not `" + std::string(bad) +
                                                   "`: the build replaces everything in it");
    }
    for (const char* good : {"public", "build/site", "_site", "./public", "public/"}) {
        Diagnostics d;
        CHECK(parse_site_config(std::string(kConfig).insert(0, "output_dir = \"" + std::string(good) + "\"\n"),
                                "site_config.toml", d));
    }
}

TEST_CASE("plan editions: listed in order, exactly one current", "[config]") {
    Diagnostics d;
    auto c = parse_site_config(std::string(kConfig) + R"(
[[plans]]
id = "new"
title = "The new plan"
current = true

[[plans]]
id = "old"
title = "The old plan"
)", "site_config.toml", d);
    REQUIRE(c);
    CHECK_FALSE(d.has_errors());
    REQUIRE(c->plans.size() == 2);
    CHECK(c->plans[0].current);
    CHECK_FALSE(c->plans[1].current);
    CHECK(c->plans[1].title == "The old plan");

    Diagnostics none;
    parse_site_config(std::string(kConfig) + "\n[[plans]]\nid = \"a\"\ntitle = \"A\"\n", "site_config.toml", none);
    REQUIRE(none.error_count() == 1);
    CHECK(format_diagnostic(none.sorted().at(0)) ==
          "site_config.toml:21:1: error: exactly one plan must have `current = true` (the plan in force); found 0");
}

TEST_CASE("the icon and the browser colour default to the theme's and can be set", "[config]") {
    Diagnostics d;
    auto plain = parse_site_config(kConfig, "site_config.toml", d);
    REQUIRE(plain);
    CHECK(plain->favicon.empty());
    CHECK(plain->theme_colour == "#12355b");
    auto own = parse_site_config("favicon = \"assets/crest.png\"\ntheme_colour = \"#004B87\"\n" + std::string(kConfig), "site_config.toml", d);
    REQUIRE(own);
    CHECK_FALSE(d.has_errors());
    CHECK(own->favicon == "assets/crest.png");
    CHECK(own->theme_colour == "#004B87");
}

TEST_CASE("refuses an icon outside the site or of another type, and a colour that is not #rrggbb", "[config]") {
    for (const char* bad : {"/favicon.svg", "icon.svg", "assets/../site_config.svg", "https://example.org/i.svg", "assets/icon.gif", "assets/icon", ""}) {
        Diagnostics d;
        CHECK_FALSE(parse_site_config("favicon = \"" + std::string(bad) + "\"\n" + kConfig, "site_config.toml", d));
        INFO(bad);
        REQUIRE(d.error_count() == 1);
        CHECK(format_diagnostic(d.all()[0]) ==
              "site_config.toml:1:11: error: `favicon` must be the path of an .svg, .png or .ico file in the site's assets/ "
              "folder, like \"assets/icon.svg\", not `" + std::string(bad) + "`");
    }
    for (const char* bad : {"navy", "#12355", "#12355bff", "12355b", "#gg0000"}) {
        Diagnostics d;
        CHECK_FALSE(parse_site_config("theme_colour = \"" + std::string(bad) + "\"\n" + kConfig, "site_config.toml", d));
        INFO(bad);
        REQUIRE(d.error_count() == 1);
        CHECK(format_diagnostic(d.all()[0]) == "site_config.toml:1:16: error: `theme_colour` must be a colour written as # and "
                                               "six hexadecimal digits, like \"#12355b\", not `" + std::string(bad) + "`");
    }
}
