// A calendar month, the unit of every control-chart series.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace scrutiny::spc {

struct Period {
    int year = 0;
    int month = 1;  // 1..12

    // Parses exactly "YYYY-MM" (four digits, dash, two digits, month 01..12).
    static std::optional<Period> parse(std::string_view text);
    // The month with the given index (see index()).
    static Period from_index(int index);

    // "2017-07".
    std::string to_string() const;
    // Months since January of year 0, so consecutive months differ by 1.
    int index() const { return year * 12 + (month - 1); }
    // The month `months` later (earlier when negative).
    Period plus(int months) const { return from_index(index() + months); }

    // The year in which this month's financial year (April to March) starts.
    int financial_year() const { return month >= 4 ? year : year - 1; }
    // 1..4: Apr-Jun is Q1, Jul-Sep Q2, Oct-Dec Q3, Jan-Mar Q4.
    int financial_quarter() const { return ((month + 8) % 12) / 3 + 1; }
    // The first month of this month's calendar quarter (Jan, Apr, Jul or Oct).
    Period quarter_start() const { return {year, ((month - 1) / 3) * 3 + 1}; }

    friend bool operator==(const Period&, const Period&) = default;
    friend auto operator<=>(const Period&, const Period&) = default;
};

// "July".
std::string_view month_name(int month);
// "July 2017".
std::string month_label(Period p);
// The quarter containing p, as the panels write it: "Jul - Sep 2017".
std::string quarter_label(Period p);
// The financial-year quarter containing p: "Q2 2017/18".
std::string financial_quarter_label(Period p);

}  // namespace scrutiny::spc
