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
