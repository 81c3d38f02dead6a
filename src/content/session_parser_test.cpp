#include <catch2/catch.hpp>

#include "content/parsers.h"

using namespace scrutiny;

namespace {
std::optional<Session> session_dated(const std::string& date, Diagnostics& d) {
    return parse_session("+++\ndate = " + date + "\ntitle = \"T\"\nkind = \"thematic\"\nseries = \"s\"\n+++\n", "m.md", d);
}
}  // namespace

TEST_CASE("a session is dated by the day, the month or the quarter the papers give", "[content]") {
    Diagnostics d;
    auto day = session_dated("2023-07-28", d);
    auto month = session_dated("\"2016-12\"", d);
    auto quarter = session_dated("\"2023-Q1\"", d);
    auto winter = session_dated("\"2020-Q4\"", d);
    REQUIRE(d.sorted().empty());
    CHECK(day->date.iso() == "2023-07-28");
    CHECK(!day->quarter);
    CHECK(month->date.iso() == "2016-12");
    CHECK(!month->quarter);
    CHECK(quarter->quarter == FinancialQuarter{2023, 1});
    CHECK(quarter->date.iso() == "2023-04");  // sorts with April
    CHECK(winter->date.iso() == "2021-01");   // Q4 of 2020/21 starts in January 2021
}

TEST_CASE("a session date that is neither a day, a month nor a quarter is located", "[content]") {
    Diagnostics d;
    session_dated("\"summer 2023\"", d);
    REQUIRE(d.sorted().size() == 1);
    CHECK(format_diagnostic(d.sorted().at(0)) ==
          "m.md:2:8: error: `date` must be a date (2023-07-28), a month (\"2023-07\") or a financial-year quarter (\"2023-Q1\", "
          "April to June), not \"summer 2023\"");
}
