#include "common/number_format.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("formats counts with en-GB thousands separators", "[spc][number_format]") {
    CHECK(format_count(0) == "0");
    CHECK(format_count(999) == "999");
    CHECK(format_count(2762) == "2,762");
    CHECK(format_count(22285) == "22,285");
    CHECK(format_count(1234567) == "1,234,567");
    CHECK(format_count(-1234) == "-1,234");
    CHECK(format_count(2761.5) == "2,762");  // half away from zero
    CHECK(format_count(-0.4) == "0");        // never "-0"
}

TEST_CASE("formats decimals, percentages and statistics", "[spc][number_format]") {
    CHECK(format_decimal(1234.56, 1) == "1,234.6");
    CHECK(format_decimal(0.05, 1) == "0.1");
    CHECK(format_decimal(13.0, 1) == "13.0");
    CHECK(format_percent(81.66) == "81.7%");
    CHECK(format_percent(85, 0) == "85%");
    CHECK(format_statistic(884.6) == "885");
    CHECK(format_statistic(2654.33) == "2,654");
    CHECK(format_statistic(14) == "14");
    CHECK(format_statistic(4.25) == "4.3");
    CHECK(format_change_percent(-0.0296) == "3%");
    CHECK(format_change_percent(0.125) == "13%");
}

TEST_CASE("writes en-GB ordinals", "[spc][number_format]") {
    CHECK(ordinal(1) == "1st");
    CHECK(ordinal(2) == "2nd");
    CHECK(ordinal(3) == "3rd");
    CHECK(ordinal(4) == "4th");
    CHECK(ordinal(7) == "7th");
    CHECK(ordinal(11) == "11th");
    CHECK(ordinal(12) == "12th");
    CHECK(ordinal(13) == "13th");
    CHECK(ordinal(21) == "21st");
    CHECK(ordinal(22) == "22nd");
    CHECK(ordinal(111) == "111th");
    CHECK(ordinal(101) == "101st");
}

TEST_CASE("joins lists with commas and a final and", "[spc][number_format]") {
    CHECK(join_with_and({}) == "");
    CHECK(join_with_and({"Shropshire"}) == "Shropshire");
    CHECK(join_with_and({"Shropshire", "Telford & Wrekin"}) == "Shropshire and Telford & Wrekin");
    CHECK(join_with_and({"A", "B", "C"}) == "A, B and C");
}

TEST_CASE("prints exact numbers in shortest round-trip form", "[spc][number_format]") {
    CHECK(format_exact(960) == "960");
    CHECK(format_exact(884.6) == "884.6");
    CHECK(format_exact(-2.5) == "-2.5");
    CHECK(format_exact(0.1 + 0.2) == "0.30000000000000004");
    CHECK(format_exact(std::nan("")) == "");
}
