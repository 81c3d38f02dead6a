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
    "<a href=\"../glossary/#term-isva\"><abbr title=\"Independent Sexual Violence Adviser\">ISVA</abbr></a>";
}  // namespace

TEST_CASE("marks only the first use of a term on a page", "[view]") {
    TermMarker marker(kTerms, "../glossary/");
    CHECK(mark("An ISVA and an IDVA. Another ISVA.", marker) ==
          "<p>An " + kIsva +
              " and an <a href=\"../glossary/#term-idva\"><abbr title=\"Independent Domestic Violence Adviser\">IDVA</abbr></a>. Another ISVA.</p>\n");
    // The marker remembers the page: a second Markdown block on the same page is not marked again.
    CHECK(mark("ISVA again.", marker) == "<p>ISVA again.</p>\n");
}

TEST_CASE("never marks terms in headings, links, code or inside words", "[view]") {
    TermMarker marker(kTerms, "../glossary/");
    CHECK(mark("# ISVA\n\n[ISVA](x) `ISVA` ISVAX", marker) == "<h1>ISVA</h1>\n<p><a href=\"x\">ISVA</a> <code>ISVA</code> ISVAX</p>\n");
    CHECK(mark("Two ISVAs.", marker) == "<p>Two " + kIsva + "s.</p>\n");
}

TEST_CASE("marks a term in a table cell and keeps the rest of the cell (a fuzzing finding)", "[view][fuzz]") {
    // A table cell refuses custom nodes; the text after the term used to vanish with one.
    TermMarker marker(kTerms, "../glossary/");
    const std::string html = mark("| who | what |\n|---|---|\n| an ISVA for each victim | support |\n", marker);
    CHECK(html.find("<td>an " + kIsva + " for each victim</td>") != std::string::npos);
    CHECK(html.find("<td>support</td>") != std::string::npos);
}

TEST_CASE("site-absolute links become relative to the page", "[view]") {
    MarkdownOptions o;
    o.transform = [](cmark_node* doc) { relativise_links(doc, "../../"); };
    CHECK(render_markdown("[a](/glossary/) [b](//cdn.example/x) [c](https://x.org/)", o) ==
          "<p><a href=\"../../glossary/\">a</a> <a href=\"//cdn.example/x\">b</a> <a href=\"https://x.org/\">c</a></p>\n");
}

TEST_CASE("marks the longest term at a place, plurals of multi-word terms, and terms that start with punctuation", "[view]") {
    const std::vector<Term> terms = {{"Crime", "Crime", "", "term-crime", {}},
                                     {"Crime Panel", "Police and Crime Panel", "", "term-panel", {}},
                                     {"#HA", "Holding to account", "", "term-ha", {}}};
    TermMarker marker(terms, "g/");
    CHECK(mark("Two Crime Panels, one Crime and #HA.", marker) ==
          "<p>Two <a href=\"g/#term-panel\"><abbr title=\"Police and Crime Panel\">Crime Panel</abbr></a>s, "
          "one <a href=\"g/#term-crime\"><abbr title=\"Crime\">Crime</abbr></a> and "
          "<a href=\"g/#term-ha\"><abbr title=\"Holding to account\">#HA</abbr></a>.</p>\n");
}

TEST_CASE("marks terms in Markdown with 50,000 nested or unmatched emphasis markers", "[view][hostile]") {
    // Each was quadratic once (8,000 took 11 s): this finishing within the test timeout is the check.
    std::string nested, unmatched;
    for (int i = 0; i < 50000; ++i) nested += "*a ";
    nested += "ISVA";
    for (int i = 0; i < 50000; ++i) nested += " b*";
    for (int i = 0; i < 50000; ++i) unmatched += "*a _b ";
    unmatched += "IDVA ISVA";
    TermMarker marker(kTerms, "../glossary/");
    const std::string html = mark(nested, marker);
    CHECK(html.find("<em>a <em>a ") == 3);
    CHECK(html.find(kIsva + " b</em> b</em>") != std::string::npos);
    size_t ems = 0;
    for (size_t at = html.find("<em>"); at != std::string::npos; at = html.find("<em>", at + 1)) ++ems;
    CHECK(ems == 50000);
    TermMarker second(kTerms, "../glossary/");
    const std::string flat = mark(unmatched, second);
    CHECK(flat.find("*a _b *a _b ") == 3);
    CHECK(flat.find("<em>") == std::string::npos);
    CHECK(flat.find(kIsva + "</p>") != std::string::npos);
    CHECK(flat.find("Independent Domestic Violence Adviser\">IDVA</abbr></a> ") != std::string::npos);
}
