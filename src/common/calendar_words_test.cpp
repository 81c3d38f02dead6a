#include "common/calendar_words.h"

#include <catch2/catch.hpp>

#include "common/english_for_tests.h"

using namespace scrutiny;

TEST_CASE("the calendar's labels read as the English table writes them", "[calendar]") {
    const Translations& en = english_for_tests();
    CHECK(month_words(en, {2017, 7}) == "July 2017");
    CHECK(short_month_words(en, {2017, 7}) == "Jul 2017");
    CHECK(date_words(en, {2021, 1, 26}) == "26 January 2021");
    CHECK(date_words(en, {2021, 1, 0}) == "January 2021");
    CHECK(quarter_words(en, {2020, 3}) == "Q3 2020/21");
    CHECK(quarter_words(en, {2099, 4}) == "Q4 2099/00");
    CHECK(quarter_months_words(en, {2020, 4}) == "January to March 2021");
    CHECK(quarter_with_months_words(en, {2020, 3}) == "Q3 2020/21 (October to December 2020)");
    CHECK(calendar_quarter_words(en, {2017, 8}) == "Jul - Sep 2017");
}

TEST_CASE("the calendar's labels agree with calendar.h's English", "[calendar]") {
    const Translations& en = english_for_tests();
    for (int m = 1; m <= 12; ++m) {
        const FinancialQuarter q = FinancialQuarter::of(Month{2020, m});
        CHECK(month_words(en, {2020, m}) == month_label({2020, m}));
        CHECK(quarter_with_months_words(en, q) == q.label_with_months());
        CHECK(calendar_quarter_words(en, {2020, m}) == calendar_quarter_label({2020, m}));
    }
}

TEST_CASE("the calendar's labels take the language's words and order", "[calendar]") {
    Diagnostics diags;
    auto cy = Translations::parse("[month]\n1 = \"Ionawr\"\n[period]\nday = \"{day} {month}, {year}\"\nfinancial_quarter = \"Ch{quarter} {year}-{next}\"\n",
                                  "cy.toml", diags);
    REQUIRE(cy);
    const Translations tr = cy->over(english_for_tests(), diags);
    CHECK(date_words(tr, {2021, 1, 26}) == "26 Ionawr, 2021");
    CHECK(quarter_words(tr, {2020, 4}) == "Ch4 2020-21");
    CHECK(month_words(tr, {2021, 2}) == "February 2021");  // what the table leaves out is English
}
