#include "common/toml_limits.h"

#include <vector>

#include "common/text.h"

namespace scrutiny {

namespace {
// Where a string that starts at `i` ends (the index after its closing quote), or text.size().
size_t string_end(const std::string& text, size_t i) {
    const char quote = text[i];
    const bool triple = text.compare(i, 3, std::string(3, quote)) == 0;
    const std::string close = triple ? std::string(3, quote) : std::string(1, quote);
    for (size_t j = i + close.size(); j < text.size(); ++j) {
        if (quote == '"' && text[j] == '\\') {
            ++j;  // the escaped character, whatever it is
        } else if (!triple && text[j] == '\n') {
            return j;  // an unterminated one-line string: toml++ reports it
        } else if (text.compare(j, close.size(), close) == 0) {
            size_t end = j + close.size();
            while (triple && end < text.size() && text[end] == quote && end - j < 5) ++end;  // """a"""" ends later
            return end;
        }
    }
    return text.size();
}
}  // namespace

bool within_toml_limits(const std::string& text, const std::string& file, int line_offset, Diagnostics& diags) {
    std::vector<char> open;  // the arrays and inline tables the scan is inside, innermost last
    bool in_key = true;      // at a line's start, or after `{` or `,` in an inline table, until `=`
    int key_parts = 1;
    const auto fail = [&](size_t at, const std::string& problem) {
        const auto lc = line_column_at(text, at);
        diags.error({file, lc.line + line_offset, lc.column}, problem);
        return false;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            i = string_end(text, i) - 1;
        } else if (c == '#') {
            while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (c == '\n') {
            if (open.empty()) in_key = true, key_parts = 1;
        } else if (in_key) {
            if (c == '.' && ++key_parts > kMostKeyParts)
                return fail(i, "this key has more than " + std::to_string(kMostKeyParts) +
                                   " dotted parts; use fewer, or a [table] header for the common part");
            if (c == '=') in_key = false;
        } else if (c == '[' || c == '{') {
            open.push_back(c);
            if (static_cast<int>(open.size()) > kDeepestNesting)
                return fail(i, "lists and inline tables nest more than " + std::to_string(kDeepestNesting) +
                                   " deep here; flatten them");
            if (c == '{') in_key = true, key_parts = 1;
        } else if (c == ']' || c == '}') {
            if (!open.empty()) open.pop_back();
        } else if (c == ',' && !open.empty() && open.back() == '{') {
            in_key = true, key_parts = 1;
        }
    }
    return true;
}

}  // namespace scrutiny
