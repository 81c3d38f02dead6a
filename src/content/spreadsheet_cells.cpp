#include "content/spreadsheet_cells.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <vector>

#include "common/text.h"

namespace scrutiny {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<int> digits(std::string_view s) {
    if (s.empty() || s.size() > 4) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (!is_digit(c)) return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

// "Jul", "July", "Sept" (any case) -> 7, 7, 9: a month's full name or its first three letters.
std::optional<int> month_from_name(std::string_view word) {
    const std::string w = ascii_lower(word);
    if (w.size() < 3) return std::nullopt;
    if (w == "sept") return 9;
    for (int month = 1; month <= 12; ++month) {
        const std::string name = ascii_lower(month_name(month));
        if (name.substr(0, w.size()) == w && (w.size() == 3 || w.size() == name.size())) return month;
    }
    return std::nullopt;
}

std::optional<int> full_year(std::string_view s) {
    auto y = digits(s);
    if (!y) return std::nullopt;
    if (s.size() == 2) return 2000 + *y;  // Excel's "Jul-17": this century
    if (s.size() == 4 && *y >= 1900) return *y;
    return std::nullopt;
}

std::vector<std::string_view> split_any(std::string_view s, std::string_view seps) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || seps.find(s[i]) != std::string_view::npos) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

std::optional<Month> make_period(int year, int month) {
    if (month < 1 || month > 12) return std::nullopt;
    return Month{year, month};
}

}  // namespace

std::optional<Month> parse_month_cell(std::string_view raw) {
    std::string_view text = trim_blanks(raw);
    // An ISO date-time's time part ("2017-07-01 00:00:00", "2017-07-01T00:00") says nothing more.
    if (text.size() > 10 && is_digit(text[0]) && text[4] == '-' && (text[10] == ' ' || text[10] == 'T'))
        text = text.substr(0, 10);
    if (text.empty()) return std::nullopt;
    if (is_digit(text[0])) {
        auto parts = split_any(text, "-/.");
        if (parts.size() == 2) {
            if (parts[0].size() == 4) {  // 2017-07, 2017/07
                auto y = digits(parts[0]);
                auto m = digits(parts[1]);
                if (y && m && parts[1].size() <= 2) return make_period(*y, *m);
            } else if (parts[1].size() == 4) {  // 07/2017
                auto m = digits(parts[0]);
                auto y = digits(parts[1]);
                if (y && m && parts[0].size() <= 2) return make_period(*y, *m);
            }
            return std::nullopt;
        }
        if (parts.size() == 3) {
            if (parts[0].size() == 4) {  // 2017-07-01
                auto y = digits(parts[0]);
                auto m = digits(parts[1]);
                auto d = digits(parts[2]);
                if (y && m && d && parts[1].size() <= 2 && parts[2].size() <= 2 && *d >= 1 && *d <= 31)
                    return make_period(*y, *m);
                return std::nullopt;
            }
            // 01/07/2017 or 1/7/17: day, month, year (UK order).
            auto d = digits(parts[0]);
            auto m = digits(parts[1]);
            auto y = full_year(parts[2]);
            if (d && m && y && parts[0].size() <= 2 && parts[1].size() <= 2 && *d >= 1 && *d <= 31)
                return make_period(*y, *m);
        }
        return std::nullopt;
    }
    // Jul-17, Jul 2017, July 2017, Sept-2017, Jul/17.
    auto parts = split_any(text, "- /");
    parts.erase(std::remove_if(parts.begin(), parts.end(), [](std::string_view p) { return p.empty(); }), parts.end());
    if (parts.size() != 2) return std::nullopt;
    auto m = month_from_name(parts[0]);
    auto y = full_year(parts[1]);
    if (!m || !y) return std::nullopt;
    return make_period(*y, *m);
}

std::optional<NumberCell> parse_number_cell(std::string_view raw) {
    std::string_view text = trim_blanks(raw);
    NumberCell cell;
    const std::string low = ascii_lower(text);
    if (text.empty() || low == "nan" || low == "na" || low == "n/a") {
        cell.value = std::numeric_limits<double>::quiet_NaN();
        return cell;
    }
    if (text.back() == '%') {
        cell.percent = true;
        text = trim_blanks(text.substr(0, text.size() - 1));
    }
    std::string plain;
    size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) plain += text[i++];
    // The integer part, with commas only as thousands separators (groups of three).
    size_t int_digits = 0, group = 0;
    bool grouped = false;
    for (; i < text.size() && text[i] != '.'; ++i) {
        const char c = text[i];
        if (is_digit(c)) {
            plain += c;
            ++int_digits;
            ++group;
        } else if (c == ',') {
            if (int_digits == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
            grouped = true;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (grouped && group != 3) return std::nullopt;
    size_t frac_digits = 0;
    if (i < text.size() && text[i] == '.') {
        plain += '.';
        for (++i; i < text.size(); ++i) {
            if (!is_digit(text[i])) return std::nullopt;
            plain += text[i];
            ++frac_digits;
        }
    }
    if (int_digits + frac_digits == 0) return std::nullopt;
    const char* first = plain.data() + (plain[0] == '+' ? 1 : 0);
    auto [ptr, ec] = std::from_chars(first, plain.data() + plain.size(), cell.value);
    if (ec != std::errc() || ptr != plain.data() + plain.size()) return std::nullopt;
    return cell;
}

}  // namespace scrutiny
