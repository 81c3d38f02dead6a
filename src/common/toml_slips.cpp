#include "common/toml_slips.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <vector>

#include "common/calendar.h"

namespace scrutiny {

namespace {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = text.find('\n', start);
        std::string line(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

// A line that reads as the start of a key or a table: met inside a """ text, it means the
// text was never closed.
bool looks_like_toml_line(const std::string& line) {
    static const std::regex pattern(R"(^\s*(\[\[?[A-Za-z0-9_.-]+\]\]?\s*(#.*)?|[A-Za-z0-9_-]+\s*=\s*\S.*)$)");
    return std::regex_match(line, pattern);
}

// The """ text that swallows TOML lines because it was left open: its opening line and column.
std::optional<TomlSlip> open_multiline_text(const std::vector<std::string>& lines) {
    bool inside = false;
    int open_line = 0, open_column = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        size_t from = 0;
        if (inside && looks_like_toml_line(line))
            return TomlSlip{open_line, open_column,
                            "this \"\"\" text is never closed, so the lines below it became part of it; "
                            "end the text with a line holding only \"\"\""};
        if (!inside) {
            // Only a """ after `=` opens a text; one in a comment does not.
            const size_t comment = line.find('#');
            const size_t at = line.find("\"\"\"");
            if (at == std::string::npos || (comment != std::string::npos && comment < at)) continue;
            inside = true;
            open_line = static_cast<int>(i) + 1;
            open_column = static_cast<int>(at) + 1;
            from = at + 3;
        }
        if (inside && line.find("\"\"\"", from) != std::string::npos) inside = false;
    }
    return std::nullopt;
}

// The value part of a `key = value` line, and the key.
struct KeyValue {
    std::string key;
    std::string value;
    int value_column = 0;
};

std::optional<KeyValue> key_value(const std::string& line) {
    static const std::regex pattern(R"(^(\s*)([A-Za-z0-9_-]+)(\s*=\s*)(.*?)\s*(#.*)?$)");
    std::smatch m;
    if (!std::regex_match(line, m, pattern)) return std::nullopt;
    return KeyValue{m[2], m[4], static_cast<int>(m[1].length() + m[2].length() + m[3].length()) + 1};
}

bool has_curly_quote(const std::string& s) {
    for (const char* q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"})
        if (s.find(q) != std::string::npos) return true;
    return false;
}

std::string straighten_quotes(std::string s) {
    for (const char* q : {"\xE2\x80\x9C", "\xE2\x80\x9D"})
        for (size_t at = s.find(q); at != std::string::npos; at = s.find(q)) s.replace(at, 3, "\"");
    for (const char* q : {"\xE2\x80\x98", "\xE2\x80\x99"})
        for (size_t at = s.find(q); at != std::string::npos; at = s.find(q)) s.replace(at, 3, "'");
    return s;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::optional<std::string> date_advice(const std::string& value) {
    static const std::regex day_first(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$)");
    static const std::regex short_parts(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)");
    std::smatch m;
    int year = 0, month = 0, day = 0;
    if (std::regex_match(value, m, day_first)) {
        day = std::stoi(m[1]); month = std::stoi(m[2]); year = std::stoi(m[3]);
    } else if (std::regex_match(value, m, short_parts)) {
        year = std::stoi(m[1]); month = std::stoi(m[2]); day = std::stoi(m[3]);
    } else {
        return std::nullopt;
    }
    if (month < 1 || month > 12)
        return "there is no month " + std::to_string(month) + "; write dates as year-month-day, like 2022-02-28 (without quotes)";
    Date date{year, month, day};
    std::string note;
    if (!date.is_valid()) {
        while (date.day > 1 && !date.is_valid()) --date.day;
        note = std::string(month_name(month)) + " " + std::to_string(year) + " has no day " + std::to_string(day) + "; ";
    }
    return note + "write dates as year-month-day, like " + std::to_string(date.year) + "-" + two(date.month) + "-" +
           two(date.day) + " (without quotes)";
}

std::optional<std::string> value_advice(const KeyValue& kv) {
    const std::string& value = kv.value;
    if (value.empty()) return std::nullopt;
    if (has_curly_quote(value))
        return "these are curly quotes (pasted from a word processor); write straight double quotes: " + kv.key +
               " = " + straighten_quotes(value);
    if (auto advice = date_advice(value)) return advice;
    static const std::regex percent(R"(^(-?[0-9][0-9.,_]*)\s*%$)");
    std::smatch m;
    if (std::regex_match(value, m, percent))
        return "numbers have no % sign; write " + kv.key + " = " + std::string(m[1]) + " (the unit comes from `unit`)";
    static const std::regex thousands(R"(^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$)");
    if (std::regex_match(value, thousands)) {
        std::string plain;
        for (char c : value)
            if (c != ',') plain += c;
        return "numbers have no thousands separators; write " + kv.key + " = " + plain;
    }
    if (value.front() == '[' && value.find('\t') != std::string::npos)
        return "separate the items of a list with commas, not tabs (as a row pasted from a spreadsheet has them): " +
               kv.key + " = [812, 845, 901]";
    if (value.front() == '"' && value.find('"', 1) == std::string::npos)
        return "this text has no closing `\"`; end it on the same line: " + kv.key + " = " + value + "\"";
    if (value.front() == '\'' && std::count(value.begin(), value.end(), '\'') != 2)
        return "text needs double quotes around it (then an apostrophe needs no care); write " + kv.key + " = \"" +
               value.substr(1, value.size() - (value.back() == '\'' ? 2 : 1)) + "\"";
    const unsigned char first = static_cast<unsigned char>(value.front());
    if (std::isalpha(first) || first >= 0x80)
        return "text needs double quotes around it; write " + kv.key + " = \"" + value + "\"";
    return std::nullopt;
}

}  // namespace

std::optional<TomlSlip> diagnose_toml_slip(std::string_view text, int line, int column) {
    const auto lines = split_lines(text);
    if (auto open = open_multiline_text(lines)) return open;
    if (line < 1 || line > static_cast<int>(lines.size())) return std::nullopt;
    const auto kv = key_value(lines[line - 1]);
    if (!kv) return std::nullopt;
    auto advice = value_advice(*kv);
    if (!advice) return std::nullopt;
    // The slip is the whole value (an open quote is where it opens): point at its start,
    // where the fix goes, rather than where the parser gave up.
    (void)column;
    return TomlSlip{line, kv->value_column, *advice};
}

}  // namespace scrutiny
