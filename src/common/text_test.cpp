#include "common/text.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("slugs are lower-case words joined by hyphens", "[common]") {
    CHECK(slugify("A.1") == "a-1");
    CHECK(slugify("A3") == "a3");
    CHECK(slugify("Telford & Wrekin") == "telford-wrekin");
    CHECK(slugify("Victims' Board") == "victims-board");
    CHECK(slugify("../../etc") == "etc");
}

TEST_CASE("finds the first byte that is not UTF-8", "[common]") {
    CHECK_FALSE(first_invalid_utf8("plain ascii and £ and ’").has_value());
    CHECK(first_invalid_utf8("ab\xb0") == 2u);
    CHECK(first_invalid_utf8("\xc0\x80").has_value());  // overlong
    CHECK(first_invalid_utf8("\xed\xa0\x80").has_value());  // surrogate
    const auto lc = line_column_at("one\ntwo £x", 9);
    CHECK(lc.line == 2);
    CHECK(lc.column == 6);  // £ is one column
}

TEST_CASE("escapes HTML special characters", "[common]") {
    CHECK(escape_html("<a href=\"x\">O'Neil & co</a>") == "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;");
}
