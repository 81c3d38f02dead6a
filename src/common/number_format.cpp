#include "common/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace scrutiny {

namespace {

// Digits of a non-negative integer with a comma every three digits.
std::string group_thousands(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    size_t lead = digits.size() % 3;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i - lead) % 3 == 0 && i >= lead) out += ',';
        out += digits[i];
    }
    return out;
}

}  // namespace

std::string format_decimal(double value, int decimals) {
    if (std::isnan(value)) return "";
    if (std::isinf(value)) return value > 0 ? "infinity" : "-infinity";
    double scale = std::pow(10.0, decimals);
    double scaled = std::round(std::fabs(value) * scale);
    if (scaled >= 1.8e19) return format_exact(value);  // beyond 64-bit: not a sentence number
    auto units = static_cast<std::uint64_t>(scaled);
    auto factor = static_cast<std::uint64_t>(scale);
    std::string out = (value < 0 && units != 0) ? "-" : "";
    out += group_thousands(units / factor);
    if (decimals > 0) {
        std::string frac = std::to_string(units % factor);
        out += '.';
        out += std::string(static_cast<size_t>(decimals) - frac.size(), '0') + frac;
    }
    return out;
}

std::string format_count(double value) { return format_decimal(value, 0); }

std::string format_percent(double percent, int decimals) { return format_decimal(percent, decimals) + '%'; }

std::string format_statistic(double value) {
    return format_decimal(value, std::fabs(value) >= 9.95 ? 0 : 1);
}

std::string format_change_percent(double fraction) {
    return format_decimal(std::fabs(fraction) * 100.0, 0) + '%';
}

std::string ordinal(int n) {
    int last_two = std::abs(n) % 100, last = std::abs(n) % 10;
    const char* suffix = "th";
    if (last_two < 11 || last_two > 13) {
        if (last == 1) suffix = "st";
        else if (last == 2) suffix = "nd";
        else if (last == 3) suffix = "rd";
    }
    return std::to_string(n) + suffix;
}

std::string join_with_and(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::string format_exact(double value) {
    if (std::isnan(value)) return "";
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return std::to_string(static_cast<long long>(value));
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    if (ec != std::errc()) return "";
    return std::string(buf, end);
}

}  // namespace scrutiny
