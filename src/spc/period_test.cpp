#include "spc/period.h"

#include <catch2/catch.hpp>

using namespace scrutiny::spc;

TEST_CASE("parses YYYY-MM periods and rejects anything else", "[spc][period]") {
    auto p = Period::parse("2017-07");
    REQUIRE(p);
    CHECK(p->year == 2017);
    CHECK(p->month == 7);
    CHECK_FALSE(Period::parse("2017-13"));
    CHECK_FALSE(Period::parse("2017-00"));
    CHECK_FALSE(Period::parse("2017-7"));
    CHECK_FALSE(Period::parse("17-07"));
    CHECK_FALSE(Period::parse("2017/07"));
    CHECK_FALSE(Period::parse("2017-07-01"));
    CHECK_FALSE(Period::parse(""));
    CHECK(p->to_string() == "2017-07");
}

TEST_CASE("does month arithmetic through index", "[spc][period]") {
    Period p{2017, 11};
    CHECK(p.plus(2) == Period{2018, 1});
    CHECK(p.plus(-11) == Period{2016, 12});
    CHECK(Period{2018, 1}.index() - Period{2017, 12}.index() == 1);
    CHECK(Period::from_index(p.index()) == p);
    CHECK(Period{2017, 1} < Period{2017, 2});
}

TEST_CASE("finds the financial-year quarter", "[spc][period]") {
    CHECK(Period{2017, 4}.financial_quarter() == 1);
    CHECK(Period{2017, 6}.financial_quarter() == 1);
    CHECK(Period{2017, 7}.financial_quarter() == 2);
    CHECK(Period{2017, 12}.financial_quarter() == 3);
    CHECK(Period{2018, 1}.financial_quarter() == 4);
    CHECK(Period{2018, 3}.financial_quarter() == 4);
    CHECK(Period{2018, 3}.financial_year() == 2017);
    CHECK(Period{2018, 4}.financial_year() == 2018);
}

TEST_CASE("labels quarters as the panels do", "[spc][period]") {
    CHECK(quarter_label(Period{2017, 8}) == "Jul - Sep 2017");
    CHECK(quarter_label(Period{2018, 1}) == "Jan - Mar 2018");
    CHECK(financial_quarter_label(Period{2017, 9}) == "Q2 2017/18");
    CHECK(financial_quarter_label(Period{2018, 2}) == "Q4 2017/18");
    CHECK(financial_quarter_label(Period{2023, 7}) == "Q2 2023/24");
    CHECK(financial_quarter_label(Period{1999, 5}) == "Q1 1999/00");
    CHECK(month_label(Period{2017, 7}) == "July 2017");
}
