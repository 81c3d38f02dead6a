#include <catch2/catch.hpp>

#include "content/parsers.h"

using namespace scrutiny;

TEST_CASE("every glossary term gets its own anchor, even when slugs meet or vanish", "[content]") {
    Diagnostics d;
    const auto terms = parse_terms(R"([[term]]
term = "C"
expansion = "A programming language"

[[term]]
term = "C++"
expansion = "Another one"

[[term]]
term = "&"
expansion = "And"

[[term]]
term = "Bürgerbüro"
expansion = "Citizens' office"
)", "content/glossary/terms.toml", d);
    CHECK_FALSE(d.has_errors());
    REQUIRE(terms.size() == 4);
    CHECK(terms[0].anchor == "term-c");
    CHECK(terms[1].anchor == "term-c-2");
    CHECK(terms[2].anchor == "term-3");
    CHECK(terms[3].anchor == "term-burgerburo");
}
