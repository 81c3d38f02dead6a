#include "content/markdown.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("body headings start one level below the page's heading, whatever level the author used", "[markdown][a11y]") {
    CHECK(render_markdown("## What this site is\n\ntext\n") == "<h2>What this site is</h2>\n<p>text</p>\n");
    CHECK(render_markdown("# What this site is\n") == "<h2>What this site is</h2>\n");
    MarkdownOptions inside_h3;
    inside_h3.heading_shift = 3;
    CHECK(render_markdown("## Detail\n", inside_h3) == "<h4>Detail</h4>\n");
}

TEST_CASE("body headings never skip a level", "[markdown][a11y]") {
    CHECK(render_markdown("## A\n\n#### B\n\n### C\n\n## D\n") ==
          "<h2>A</h2>\n<h3>B</h3>\n<h3>C</h3>\n<h2>D</h2>\n");
    CHECK(render_markdown("### First\n\n## Second\n") == "<h2>First</h2>\n<h2>Second</h2>\n");
}

TEST_CASE("links that would run code or open local files are found where they are written", "[markdown]") {
    const auto found = find_unsafe_links("Fine [site](https://example.org/) and [page](../about/).\n"
                                         "Bad [x](javascript:alert(1)) and ![y](data:text/html,hi)\n"
                                         "![chart](data:image/png;base64,AAAA) [z](VBScript:x) <file:///etc/passwd>\n");
    REQUIRE(found.size() == 4);
    CHECK((found[0].line == 2 && found[0].column == 5 && found[0].url == "javascript:alert(1)"));
    CHECK((found[1].line == 2 && found[1].column == 34 && found[1].url == "data:text/html,hi"));
    CHECK((found[2].line == 3 && found[2].url == "VBScript:x"));
    CHECK(found[3].url == "file:///etc/passwd");

    Diagnostics d;
    check_markdown_links("[x](javascript:void(0))", {"content/pages/about.md", 5, 1}, d);
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]).rfind("content/pages/about.md:5:1: error: `javascript:void(0)` would run code", 0) == 0);
}
