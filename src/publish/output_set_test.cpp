#include "publish/output_set.h"

#include <catch2/catch.hpp>

#include <map>
#include <memory>

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

TEST_CASE("a second page at a taken path is refused, and a layered asset replaces", "[publish]") {
    OutputSet out;
    REQUIRE(out.add("index.html", "home") == OutputSet::Added::yes);
    CHECK(out.add("index.html", "a page that slugged to nothing") == OutputSet::Added::already_there);
    CHECK(*out.find("index.html") == "home");
    REQUIRE(out.put("assets/site.css", "theme"));
    REQUIRE(out.put("assets/site.css", "site"));
    CHECK(*out.find("assets/site.css") == "site");
}

TEST_CASE("a shared file is served from the very bytes it was given, and listed with them", "[publish]") {
    OutputSet out;
    const auto page = std::make_shared<const std::string>("<p>kept from the last rebuild</p>");
    REQUIRE(out.add_shared("commitments/a1/index.html", page) == OutputSet::Added::yes);
    CHECK(out.find("commitments/a1/index.html") == page.get());  // not a copy
    CHECK(out.add_shared("commitments/a1/index.html", page) == OutputSet::Added::already_there);
    CHECK(out.add("commitments/a1/index.html", "x") == OutputSet::Added::already_there);
    CHECK(out.add_shared("../x", page) == OutputSet::Added::unsafe_path);
    REQUIRE(out.add("index.html", "home") == OutputSet::Added::yes);
    CHECK(out.files() == std::map<std::string, std::string>{{"commitments/a1/index.html", *page}, {"index.html", "home"}});
    REQUIRE(out.put("commitments/a1/index.html", "replaced"));
    CHECK(*out.find("commitments/a1/index.html") == "replaced");
    CHECK(out.files().at("commitments/a1/index.html") == "replaced");
    CHECK(*page == "<p>kept from the last rebuild</p>");  // the shared bytes themselves untouched
}
