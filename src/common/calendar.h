// The one calendar: dates, months and financial-year quarters (April to March), parsed and
// labelled in one place so every stage reads and writes them the same way.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace scrutiny {

struct Month;

// A date as written in TOML or on the command line (no time zone, no clock). Day 0 stands for
// the whole month, when a paper gives no day: inventing one would say more than the paper does.
struct Date {
    int year = 0, month = 0, day = 0;

    // Parses exactly "YYYY-MM-DD" naming a real day (so 2024-02-31 and 2023-02-29 are refused).
    static std::optional<Date> parse(std::string_view text);
    // True when the fields name a real day of the Gregorian calendar.
    bool is_valid() const;
    static Date whole_month(const Month& m);
    std::string iso() const;    // "2021-01-26", or "2021-01" for a whole month
    std::string label() const;  // "26 January 2021", or "January 2021" for a whole month
    auto operator<=>(const Date&) const = default;
};

// A calendar month, the unit of every control-chart series.
struct Month {
    int year = 0;
    int month = 1;  // 1..12

    // Parses exactly "YYYY-MM" (four digits, dash, two digits, month 01..12).
    static std::optional<Month> parse(std::string_view text);
    // The month with the given index (see index()).
    static Month from_index(int index);
    static Month of(const Date& d) { return {d.year, d.month}; }

    // "2017-07".
    std::string to_string() const;
    // Months since January of year 0, so consecutive months differ by 1.
    int index() const { return year * 12 + (month - 1); }
    // The month `months` later (earlier when negative).
    Month plus(int months) const { return from_index(index() + months); }

    // The year in which this month's financial year (April to March) starts.
    int financial_year() const { return month >= 4 ? year : year - 1; }
    // 1..4: Apr-Jun is Q1, Jul-Sep Q2, Oct-Dec Q3, Jan-Mar Q4.
    int financial_quarter() const { return ((month + 8) % 12) / 3 + 1; }
    // The first month of this month's calendar quarter (Jan, Apr, Jul or Oct).
    Month quarter_start() const { return {year, ((month - 1) / 3) * 3 + 1}; }

    friend bool operator==(const Month&, const Month&) = default;
    friend auto operator<=>(const Month&, const Month&) = default;
};

// A financial-year quarter: the financial year starting in `year`, quarter 1..4 (Q1 = April to June).
struct FinancialQuarter {
    int year = 0, quarter = 0;

    // Parses the content files' form "2020-Q3".
    static std::optional<FinancialQuarter> parse(std::string_view text);
    static FinancialQuarter of(const Date& d) { return of(Month::of(d)); }
    static FinancialQuarter of(const Month& m) { return {m.financial_year(), m.financial_quarter()}; }
    // The quarter `steps` before this one (after it when negative).
    FinancialQuarter minus(int steps) const;

    std::string id() const;             // "2020-Q3": the content files' form, and in addresses
    std::string label() const;          // "Q3 2020/21": the one way a quarter is named to readers
    std::string months_label() const;   // "October to December 2020"
    std::string label_with_months() const;  // "Q3 2020/21 (October to December 2020)"
    Month first_month() const;          // October 2020 for 2020-Q3
    auto operator<=>(const FinancialQuarter&) const = default;
};

// "July" (month 1..12).
std::string_view month_name(int month);
// "July 2017".
std::string month_label(Month m);
// The calendar quarter containing m, as the chart panels write it: "Jul - Sep 2017".
std::string calendar_quarter_label(Month m);

}  // namespace scrutiny
