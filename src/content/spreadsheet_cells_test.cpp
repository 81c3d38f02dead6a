#include "content/spreadsheet_cells.h"

#include <cmath>

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("reads every month spelling Excel writes", "[import]") {
    const Month jul17{2017, 7};
    for (const char* text : {"2017-07", "2017-07-01", "2017/07", "07/2017", "Jul-17", "jul-17", "Jul 2017", "July 2017",
                             "July-2017", "01/07/2017", "1/7/2017", "1/7/17", " Jul-17 ", "2017-07-01 00:00:00"}) {
        INFO(text);
        auto p = parse_month_cell(text);
        REQUIRE(p);
        CHECK(*p == jul17);
    }
    CHECK(parse_month_cell("Sept 2017") == Month{2017, 9});
    for (const char* bad : {"", "2017", "13/2017", "2017-13", "Julember 2017", "07/13/2017x", "32/07/2017", "Q1 2017"}) {
        INFO(bad);
        CHECK_FALSE(parse_month_cell(bad));
    }
}

TEST_CASE("reads figures with thousands separators, percentages and blanks", "[import]") {
    CHECK(parse_number_cell("2,762")->value == 2762);
    CHECK(parse_number_cell("1,234,567.5")->value == 1234567.5);
    CHECK(parse_number_cell("81.7%")->value == Approx(81.7));
    CHECK(parse_number_cell("81.7%")->percent);
    CHECK(parse_number_cell("-3.5")->value == -3.5);
    CHECK(parse_number_cell(" 12 ")->value == 12);
    CHECK(parse_number_cell("\xC2\xA0" "12")->value == 12);
    CHECK(std::isnan(parse_number_cell("")->value));
    CHECK(std::isnan(parse_number_cell("  ")->value));
    CHECK(std::isnan(parse_number_cell("n/a")->value));
    for (const char* bad : {"12,34", "1,2345", "abc", "12a", ",123", "1.2.3", "%", "£12"}) {
        INFO(bad);
        CHECK_FALSE(parse_number_cell(bad));
    }
}
