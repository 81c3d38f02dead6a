#include "common/calendar.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("parses YYYY-MM months and rejects anything else", "[calendar]") {
    auto p = Month::parse("2017-07");
    REQUIRE(p);
    CHECK(p->year == 2017);
    CHECK(p->month == 7);
    CHECK_FALSE(Month::parse("2017-13"));
    CHECK_FALSE(Month::parse("2017-00"));
    CHECK_FALSE(Month::parse("2017-7"));
    CHECK_FALSE(Month::parse("17-07"));
    CHECK_FALSE(Month::parse("2017/07"));
    CHECK_FALSE(Month::parse("2017-07-01"));
    CHECK_FALSE(Month::parse(""));
    CHECK(p->to_string() == "2017-07");
}

TEST_CASE("does month arithmetic through index", "[calendar]") {
    Month p{2017, 11};
    CHECK(p.plus(2) == Month{2018, 1});
    CHECK(p.plus(-11) == Month{2016, 12});
    CHECK(Month{2018, 1}.index() - Month{2017, 12}.index() == 1);
    CHECK(Month::from_index(p.index()) == p);
    CHECK(Month{2017, 1} < Month{2017, 2});
}

TEST_CASE("finds the financial-year quarter of a month and of a date", "[calendar]") {
    CHECK(Month{2017, 4}.financial_quarter() == 1);
    CHECK(Month{2017, 6}.financial_quarter() == 1);
    CHECK(Month{2017, 7}.financial_quarter() == 2);
    CHECK(Month{2017, 12}.financial_quarter() == 3);
    CHECK(Month{2018, 1}.financial_quarter() == 4);
    CHECK(Month{2018, 3}.financial_quarter() == 4);
    CHECK(Month{2018, 3}.financial_year() == 2017);
    CHECK(Month{2018, 4}.financial_year() == 2018);
    CHECK(FinancialQuarter::of(Date{2021, 1, 26}) == FinancialQuarter{2020, 4});
    CHECK(FinancialQuarter::of(Date{2020, 4, 1}) == FinancialQuarter{2020, 1});
    CHECK(FinancialQuarter{2020, 4}.first_month() == Month{2021, 1});
    CHECK(FinancialQuarter{2020, 1}.minus(1) == FinancialQuarter{2019, 4});
    CHECK(FinancialQuarter{2023, 3}.minus(2) == FinancialQuarter{2023, 1});
    CHECK(FinancialQuarter{2023, 1}.minus(5) == FinancialQuarter{2021, 4});
    CHECK(FinancialQuarter{2020, 4}.minus(-1) == FinancialQuarter{2021, 1});
}

TEST_CASE("names a financial quarter one way, with its months when asked", "[calendar]") {
    CHECK(FinancialQuarter::of(Month{2017, 9}).label() == "Q2 2017/18");
    CHECK(FinancialQuarter::of(Month{2018, 2}).label() == "Q4 2017/18");
    CHECK(FinancialQuarter::of(Month{1999, 5}).label() == "Q1 1999/00");
    CHECK(FinancialQuarter{2020, 3}.months_label() == "October to December 2020");
    CHECK(FinancialQuarter{2020, 4}.months_label() == "January to March 2021");
    CHECK(FinancialQuarter{2017, 2}.label_with_months() == "Q2 2017/18 (July to September 2017)");
    CHECK(FinancialQuarter{2020, 3}.id() == "2020-Q3");
}

TEST_CASE("parses quarters written as in content files", "[calendar]") {
    CHECK(FinancialQuarter::parse("2020-Q3") == FinancialQuarter{2020, 3});
    CHECK_FALSE(FinancialQuarter::parse("2020-Q5"));
    CHECK_FALSE(FinancialQuarter::parse("Q3 2020"));
    CHECK_FALSE(FinancialQuarter::parse("2020-q3"));
}

TEST_CASE("labels months and calendar quarters as the chart panels do", "[calendar]") {
    CHECK(calendar_quarter_label(Month{2017, 8}) == "Jul - Sep 2017");
    CHECK(calendar_quarter_label(Month{2018, 1}) == "Jan - Mar 2018");
    CHECK(month_label(Month{2017, 7}) == "July 2017");
}

TEST_CASE("parses only dates that exist", "[calendar]") {
    CHECK(Date::parse("2024-02-29") == Date{2024, 2, 29});
    CHECK(Date::parse("2000-02-29") == Date{2000, 2, 29});
    CHECK_FALSE(Date::parse("2024-02-31"));
    CHECK_FALSE(Date::parse("2023-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
    CHECK_FALSE(Date::parse("2024-04-31"));
    CHECK_FALSE(Date::parse("2024-13-01"));
    CHECK_FALSE(Date::parse("2024-1-01"));
    CHECK_FALSE(Date::parse("2024-01-01T00"));
    CHECK(Date{2021, 1, 26}.iso() == "2021-01-26");
}

TEST_CASE("a date known only to the month reads as the month", "[calendar]") {
    CHECK(Date{2021, 1, 26}.label() == "26 January 2021");
    const Date month = Date::whole_month(Month{2016, 12});
    CHECK(month.label() == "December 2016");
    CHECK(month.iso() == "2016-12");
    CHECK(month < Date{2016, 12, 1});  // sorts before the days of its month
}

TEST_CASE("a month number outside 1-12 has no name rather than reading past the table", "[calendar]") {
    CHECK(month_name(0).empty());
    CHECK(month_name(13).empty());
    CHECK(month_name(12) == "December");
}
