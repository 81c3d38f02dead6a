#include "common/csv.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("parses rows and cells with their positions", "[spc][csv]") {
    Diagnostics d;
    auto rows = parse_csv("period,value\n2017-07,960\n", "x.csv", d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(rows.size() == 2);
    REQUIRE(rows[1].size() == 2);
    CHECK(rows[1][0].text == "2017-07");
    CHECK(rows[1][1].text == "960");
    CHECK(rows[1][1].line == 2);
    CHECK(rows[1][1].column == 9);
}

TEST_CASE("strips a byte-order mark and accepts CRLF", "[spc][csv]") {
    Diagnostics d;
    auto rows = parse_csv("\xEF\xBB\xBFperiod,value\r\n2017-07,\r\n\r\n", "x.csv", d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][0].text == "period");
    CHECK(rows[0][0].column == 1);
    CHECK(rows[1][1].text == "");
    CHECK(rows[1][1].line == 2);
}

TEST_CASE("reads quoted cells with commas, newlines and doubled quotes", "[spc][csv]") {
    Diagnostics d;
    auto rows = parse_csv("a,\"b, \"\"c\"\"\nd\",e\nf,g", "x.csv", d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][1].text == "b, \"c\"\nd");
    CHECK(rows[0][2].text == "e");
    CHECK(rows[0][2].line == 2);
    CHECK(rows[0][2].column == 4);
    CHECK(rows[1][0].line == 3);
}

TEST_CASE("counts columns in characters, not bytes", "[spc][csv]") {
    Diagnostics d;
    auto rows = parse_csv("caf\xC3\xA9,x", "x.csv", d);
    REQUIRE(rows[0].size() == 2);
    CHECK(rows[0][1].column == 6);
}

TEST_CASE("reports malformed quoting at its position", "[spc][csv]") {
    Diagnostics d;
    parse_csv("a,\"open\nb", "x.csv", d);
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]) == "x.csv:1:3: error: this quoted cell is never closed; add the closing \"");

    Diagnostics d2;
    parse_csv("a,b\"c\n", "x.csv", d2);
    REQUIRE(d2.error_count() == 1);
    CHECK(format_diagnostic(d2.all()[0]) ==
          "x.csv:1:4: error: a quote inside an unquoted cell; quote the whole cell and write \"\" for the quote");

    Diagnostics d3;
    parse_csv("\"a\"b,c\n", "x.csv", d3);
    REQUIRE(d3.error_count() == 1);
    CHECK(d3.all()[0].where.column == 4);
}
