#include "spc/period.h"

#include <array>

namespace scrutiny::spc {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string two_digits(int n) {
    std::string s(2, '0');
    s[0] = static_cast<char>('0' + (n / 10) % 10);
    s[1] = static_cast<char>('0' + n % 10);
    return s;
}

}  // namespace

std::optional<Period> Period::parse(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6})
        if (!is_digit(text[static_cast<size_t>(i)])) return std::nullopt;
    int year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    int month = (text[5] - '0') * 10 + (text[6] - '0');
    if (month < 1 || month > 12) return std::nullopt;
    return Period{year, month};
}

Period Period::from_index(int index) {
    int year = index >= 0 ? index / 12 : -((-index + 11) / 12);
    return {year, index - year * 12 + 1};
}

std::string Period::to_string() const {
    std::string y = std::to_string(year);
    while (y.size() < 4) y.insert(y.begin(), '0');
    return y + '-' + two_digits(month);
}

std::string_view month_name(int month) {
    return kMonthNames[static_cast<size_t>((month - 1) % 12)];
}

std::string month_label(Period p) { return std::string(month_name(p.month)) + ' ' + std::to_string(p.year); }

std::string quarter_label(Period p) {
    Period first = p.quarter_start();
    return std::string(month_name(first.month).substr(0, 3)) + " - " +
           std::string(month_name(first.month + 2).substr(0, 3)) + ' ' + std::to_string(first.year);
}

std::string financial_quarter_label(Period p) {
    int fy = p.financial_year();
    return 'Q' + std::to_string(p.financial_quarter()) + ' ' + std::to_string(fy) + '/' +
           two_digits((fy + 1) % 100);
}

}  // namespace scrutiny::spc
