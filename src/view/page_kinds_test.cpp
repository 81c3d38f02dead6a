// The page-kind registry: the web addresses the kinds own. (A kind added by a test alone is
// built in src/pipeline_test.cpp.)
#include "view/page_kinds.h"

#include <catch2/catch.hpp>

#include "model/site_model.h"

using namespace scrutiny;

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
