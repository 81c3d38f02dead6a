#include "publish/output_set.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("refuses output paths that could escape the output folder", "[publish]") {
    OutputSet out;
    CHECK(out.add("commitments/a1/index.html", "x"));
    for (const char* bad : {"", "/etc/passwd", "../x", "a/../../x", "a//b", "a/./b", "a\\b", "dir/"})
        CHECK_FALSE(out.add(bad, "x"));
    CHECK(out.size() == 1);
    CHECK(out.html_pages() == 1);
}
