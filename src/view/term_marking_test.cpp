#include "view/term_marking.h"

#include <catch2/catch.hpp>

#include "content/markdown.h"

using namespace scrutiny;

namespace {
std::string mark(const std::string& md, TermMarker& marker) {
    MarkdownOptions o;
    o.heading_shift = 0;
    o.transform = [&](cmark_node* doc) { marker.mark(doc); };
    return render_markdown(md, o);
}

const std::vector<Term> kTerms = {{"ISVA", "Independent Sexual Violence Adviser", "", "term-isva", {}},
                                  {"IDVA", "Independent Domestic Violence Adviser", "", "term-idva", {}}};
const std::string kIsva =
    "<a class=\"term\" href=\"../glossary/#term-isva\"><abbr title=\"Independent Sexual Violence Adviser\">ISVA</abbr></a>";
}  // namespace

TEST_CASE("marks only the first use of a term on a page", "[view]") {
    TermMarker marker(kTerms, "../glossary/");
    CHECK(mark("An ISVA and an IDVA. Another ISVA.", marker) ==
          "<p>An " + kIsva +
              " and an <a class=\"term\" href=\"../glossary/#term-idva\"><abbr title=\"Independent Domestic Violence Adviser\">IDVA</abbr></a>. Another ISVA.</p>\n");
    // The marker remembers the page: a second Markdown block on the same page is not marked again.
    CHECK(mark("ISVA again.", marker) == "<p>ISVA again.</p>\n");
}

TEST_CASE("never marks terms in headings, links, code or inside words", "[view]") {
    TermMarker marker(kTerms, "../glossary/");
    CHECK(mark("# ISVA\n\n[ISVA](x) `ISVA` ISVAX", marker) == "<h1>ISVA</h1>\n<p><a href=\"x\">ISVA</a> <code>ISVA</code> ISVAX</p>\n");
    CHECK(mark("Two ISVAs.", marker) == "<p>Two " + kIsva + "s.</p>\n");
}

TEST_CASE("site-absolute links become relative to the page", "[view]") {
    MarkdownOptions o;
    o.transform = [](cmark_node* doc) { relativise_links(doc, "../../"); };
    CHECK(render_markdown("[a](/glossary/) [b](//cdn.example/x) [c](https://x.org/)", o) ==
          "<p><a href=\"../../glossary/\">a</a> <a href=\"//cdn.example/x\">b</a> <a href=\"https://x.org/\">c</a></p>\n");
}
