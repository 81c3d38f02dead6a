#include "common/text.h"

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

using namespace scrutiny;

TEST_CASE("slugs are lower-case words joined by hyphens", "[common]") {
    CHECK(slugify("A.1") == "a-1");
    CHECK(slugify("A3") == "a3");
    CHECK(slugify("Telford & Wrekin") == "telford-wrekin");
    CHECK(slugify("Victims' Board") == "victims-board");
    CHECK(slugify("../../etc") == "etc");
    CHECK(slugify("Victims’ Board") == "victims-board");
}

TEST_CASE("slugs keep accented Latin letters as plain letters", "[common]") {
    CHECK(slugify("Ü1") == "u1");
    CHECK(slugify("Ä") == "a");
    CHECK(slugify("Straße Müller") == "strasse-muller");
    CHECK(slugify("Aberdâr ŵyl ỳ") == "aberdar-wyl-y");
    CHECK(slugify("Łódź Œuvre") == "lodz-oeuvre");
    CHECK(slugify("Café Müller") == "cafe-muller");  // decomposed, as macOS saves file names
    CHECK(slugify("×") == "");             // a multiplication sign is not a letter
    CHECK(slugify("Δικη 7") == "7");  // other scripts separate words
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

TEST_CASE("web addresses need a scheme and a host and nothing that breaks out of an attribute", "[common]") {
    for (const char* ok : {"https://example.org/", "http://localhost:1313/perf/", "https://www.westmercia-pcc.gov.uk/x?y=1",
                           "HTTPS://Example.org/"})
        CHECK(is_web_address(ok));
    for (const char* bad : {"", "example.org", "https://", "https:///path", "ftp://example.org/", "https://exa mple.org/",
                            "https://example.org/\"onload=\"x", "https://example.org/<script>", "javascript:alert(1)"})
        CHECK_FALSE(is_web_address(bad));
}

TEST_CASE("units read in the singular for a count of one", "[common]") {
    for (const auto& [plural, singular] : std::vector<std::pair<std::string, std::string>>{
             {"offences", "offence"}, {"offences and incidents", "offence or incident"}, {"people", "person"},
             {"missing people", "missing person"}, {"burglaries", "burglary"}, {"deaths", "death"},
             {"witnesses", "witness"}, {"calls", "call"}, {"business crimes", "business crime"}, {"%", "%"},
             {"people killed or seriously injured", "person killed or seriously injured"}, {"peoples", "people"},
             {"stop and searches", "stop and search"}})
        CHECK(singular_noun(plural) == singular);
}

TEST_CASE("lower-cases ASCII letters only, leaving UTF-8 alone", "[common]") {
    CHECK(ascii_lower("Telford & WREKIN") == "telford & wrekin");
    CHECK(ascii_lower("\xC3\x89lan Valley") == "\xC3\x89lan valley");  // "Élan": the É bytes stay
}
