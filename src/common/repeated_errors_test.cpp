#include "common/repeated_errors.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("reports an error repeated on many rows once, with the count and the last line", "[repeated_errors]") {
    RepeatedErrors repeated;
    for (int line = 3; line <= 38; ++line)
        repeated.error("area:Westmercia", {"x.csv", line, 9}, "unknown area `Westmercia`", "rows with this area");
    repeated.error("area:Shrops", {"x.csv", 40, 9}, "unknown area `Shrops`", "rows with this area");
    Diagnostics diags;
    repeated.report_to(diags);
    REQUIRE(diags.error_count() == 2);
    CHECK(format_diagnostic(diags.all()[0]) ==
          "x.csv:3:9: error: unknown area `Westmercia` ... and 35 more rows with this area, the last on line 38");
    CHECK(format_diagnostic(diags.all()[1]) == "x.csv:40:9: error: unknown area `Shrops`");
}
