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
                                         "![chart](data:image/png;base64,AAAA) [z](VBScript:x) <file:///etc/passwd>\n"
                                         "\u00c9lan \u00e9 [w](javascript:2)\n"
                                         "   indented [i](javascript:3)\n"
                                         "See [javascript:go()](javascript:go()) and [b](javascript:go())\n");
    REQUIRE(found.size() == 8);
    // Columns count characters and point at the address itself.
    CHECK((found[0].line == 2 && found[0].column == 9 && found[0].url == "javascript:alert(1)"));
    CHECK((found[1].line == 2 && found[1].column == 39 && found[1].url == "data:text/html,hi"));
    CHECK((found[2].line == 3 && found[2].column == 42 && found[2].url == "VBScript:x"));
    CHECK((found[3].line == 3 && found[3].column == 55 && found[3].url == "file:///etc/passwd"));
    CHECK((found[4].line == 4 && found[4].column == 12 && found[4].url == "javascript:2"));
    CHECK((found[5].line == 5 && found[5].column == 17 && found[5].url == "javascript:3"));
    CHECK((found[6].line == 6 && found[6].column == 23));  // the address, not the same words as link text
    CHECK((found[7].line == 6 && found[7].column == 48));  // the second link's own address

    Diagnostics d;
    check_markdown_links("[x](javascript:void(0))", {"content/pages/about.md", 5, 1}, d);
    check_markdown_links("a\n[x](file:///c)", {"content/metrics/m.toml", 8, 14}, d, false);  // inside a TOML string
    REQUIRE(d.error_count() == 2);
    CHECK(format_diagnostic(d.all()[0]).rfind("content/pages/about.md:5:5: error: `javascript:void(0)` would run code", 0) == 0);
    CHECK(format_diagnostic(d.all()[1]).rfind("content/metrics/m.toml:8:14: error: `file:///c` (in the text that starts here) would run code", 0) == 0);
}

TEST_CASE("an unsafe address written with entities, escapes or capitals is still found", "[markdown]") {
    // Loading skips parsing text that cannot hold an unsafe address; these all can.
    for (const std::string text : {"[x](java&#115;cript:alert(1))", "[x](javascript&#58;alert(1))", "[x](javascript\\:alert(1))",
                                   "[x](JAVASCRIPT:alert(1))", "<File:///etc/passwd>", "![y](DATA:text/html,hi)",
                                   "[x][r]\n\n[r]: vbscript:x\n"}) {
        Diagnostics d;
        check_markdown_links(text, {"content/pages/about.md", 1, 1}, d);
        INFO(text);
        CHECK(d.error_count() == 1);
    }
    Diagnostics d;
    check_markdown_links("A [script](https://example.org/script) at 10:30, file: see [data](../data/).", {"a.md", 1, 1}, d);
    CHECK(d.all().empty());
}

TEST_CASE("the search text keeps every paragraph, heading and list item without markup", "[markdown][search]") {
    const std::string text = "Intro with **bold** and [a link](https://example.org).\n\n## Later\n\n- one item\n- `code` item\n";
    CHECK(markdown_plain_text(text) == "Intro with bold and a link.");
    CHECK(markdown_all_text(text) == "Intro with bold and a link.\nLater\none item\ncode item");
}
