#include "common/calendar.h"

#include <array>

namespace scrutiny {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The number written by the digits text[from, from + count); the caller has checked they are digits.
int digits_at(std::string_view text, size_t from, size_t count) {
    int n = 0;
    for (size_t i = from; i < from + count; ++i) n = n * 10 + (text[i] - '0');
    return n;
}

bool all_digits(std::string_view text, std::initializer_list<size_t> at) {
    for (size_t i : at)
        if (!is_digit(text[i])) return false;
    return true;
}

std::string padded(int n, size_t width) {
    std::string s = std::to_string(n);
    while (s.size() < width) s.insert(s.begin(), '0');
    return s;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (!all_digits(text, {0, 1, 2, 3, 5, 6, 8, 9})) return std::nullopt;
    const Date d{digits_at(text, 0, 4), digits_at(text, 5, 2), digits_at(text, 8, 2)};
    if (!d.is_valid()) return std::nullopt;
    return d;
}

bool Date::is_valid() const {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    const int days = kDays[static_cast<size_t>(month - 1)] + (month == 2 && is_leap_year(year) ? 1 : 0);
    return day <= days;
}

Date Date::whole_month(const Month& m) { return {m.year, m.month, 0}; }

std::string Date::iso() const {
    const std::string ym = padded(year, 4) + '-' + padded(month, 2);
    return day == 0 ? ym : ym + '-' + padded(day, 2);
}

std::string Date::label() const {
    const std::string month_year = month_label({year, month});
    return day == 0 ? month_year : std::to_string(day) + ' ' + month_year;
}

std::optional<Month> Month::parse(std::string_view text) {
    if (text.size() != 7 || text[4] != '-' || !all_digits(text, {0, 1, 2, 3, 5, 6})) return std::nullopt;
    const int month = digits_at(text, 5, 2);
    if (month < 1 || month > 12) return std::nullopt;
    return Month{digits_at(text, 0, 4), month};
}

Month Month::from_index(int index) {
    int year = index >= 0 ? index / 12 : -((-index + 11) / 12);
    return {year, index - year * 12 + 1};
}

std::string Month::to_string() const { return padded(year, 4) + '-' + padded(month, 2); }

std::optional<FinancialQuarter> FinancialQuarter::parse(std::string_view text) {
    if (text.size() != 7 || text[4] != '-' || text[5] != 'Q' || !all_digits(text, {0, 1, 2, 3})) return std::nullopt;
    if (text[6] < '1' || text[6] > '4') return std::nullopt;
    return FinancialQuarter{digits_at(text, 0, 4), text[6] - '0'};
}

FinancialQuarter FinancialQuarter::minus(int steps) const {
    const int index = year * 4 + (quarter - 1) - steps;
    const int y = index >= 0 ? index / 4 : -((-index + 3) / 4);
    return {y, index - y * 4 + 1};
}

std::string FinancialQuarter::id() const { return std::to_string(year) + "-Q" + std::to_string(quarter); }

std::string FinancialQuarter::label() const {
    return 'Q' + std::to_string(quarter) + ' ' + std::to_string(year) + '/' + padded((year + 1) % 100, 2);
}

Month FinancialQuarter::first_month() const { return Month{year, 4}.plus((quarter - 1) * 3); }

std::string FinancialQuarter::months_label() const {
    const Month first = first_month(), last = first.plus(2);
    return std::string(month_name(first.month)) + " to " + std::string(month_name(last.month)) + " " +
           std::to_string(last.year);
}

std::string FinancialQuarter::label_with_months() const { return label() + " (" + months_label() + ")"; }

std::string_view month_name(int month) {
    if (month < 1 || month > 12) return "";  // an unset Date (build date 0) has no month name
    return kMonthNames[static_cast<size_t>(month - 1)];
}

std::string month_label(Month m) { return std::string(month_name(m.month)) + ' ' + std::to_string(m.year); }

std::string calendar_quarter_label(Month m) {
    const Month first = m.quarter_start();
    return std::string(month_name(first.month).substr(0, 3)) + " - " +
           std::string(month_name(first.month + 2).substr(0, 3)) + ' ' + std::to_string(first.year);
}

}  // namespace scrutiny
