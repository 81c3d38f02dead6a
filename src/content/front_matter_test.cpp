#include "content/front_matter.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("splits TOML front matter from the Markdown body", "[content]") {
    Diagnostics d;
    auto fm = split_front_matter("+++\r\nref = \"A1\"\r\n+++\r\nBody\n", "a.md", d);
    REQUIRE(fm);
    CHECK(fm->toml == "ref = \"A1\"\r\n");
    CHECK(fm->toml_line_offset == 1);
    CHECK(fm->body == "Body\n");
}

TEST_CASE("an unclosed front matter is an error at its opening line", "[content]") {
    Diagnostics d;
    CHECK_FALSE(split_front_matter("+++\nref = \"A1\"\nBody\n", "a.md", d));
    CHECK(format_diagnostic(d.all().at(0)) ==
          "a.md:1:1: error: the front matter opened here is never closed; add a `+++` line after its last key");
}
