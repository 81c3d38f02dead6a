#include "publish/output_set.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("refuses output paths that could escape the output folder", "[publish]") {
    OutputSet out;
    CHECK(out.add("commitments/a1/index.html", "x") == OutputSet::Added::yes);
    for (const char* bad : {"", "/etc/passwd", "../x", "a/../../x", "a//b", "a/./b", "a\\b", "dir/"}) {
        CHECK(out.add(bad, "x") == OutputSet::Added::unsafe_path);
        CHECK_FALSE(out.put(bad, "x"));
    }
    CHECK(out.size() == 1);
}

TEST_CASE("a second page at a taken path is refused; a layered asset replaces", "[publish]") {
    OutputSet out;
    REQUIRE(out.add("index.html", "home") == OutputSet::Added::yes);
    CHECK(out.add("index.html", "a page that slugged to nothing") == OutputSet::Added::already_there);
    CHECK(*out.find("index.html") == "home");
    REQUIRE(out.put("assets/site.css", "theme"));
    REQUIRE(out.put("assets/site.css", "site"));
    CHECK(*out.find("assets/site.css") == "site");
}
