#include "cli/console.h"

#include <catch2/catch.hpp>

using namespace scrutiny::console;

TEST_CASE("colour only on a terminal and never with NO_COLOR", "[console]") {
    CHECK(colour_allowed(true, nullptr));
    CHECK(colour_allowed(true, ""));
    CHECK_FALSE(colour_allowed(true, "1"));
    CHECK_FALSE(colour_allowed(false, nullptr));
}

TEST_CASE("colours the severity word of a diagnostic and nothing else", "[console]") {
    const std::string line = "content/a.md:3:1: error: unknown objective";
    CHECK(paint_diagnostic(line, false) == line);
    CHECK(paint_diagnostic(line, true) == "content/a.md:3:1: \x1b[1;31merror:\x1b[0m unknown objective");
    CHECK(paint_diagnostic("warning: stale", true) == "\x1b[1;33mwarning:\x1b[0m stale");
}
