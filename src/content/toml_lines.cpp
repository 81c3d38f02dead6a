#include "content/toml_lines.h"

#include "common/text.h"

namespace scrutiny {

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        lines.push_back({start, end});
        start = end;
    }
    return lines;
}

void TomlScanner::scan(std::string_view line) {
    size_t i = 0;
    while (i < line.size()) {
        if (string == Open::basic) {
            if (line.substr(i, 3) == "\"\"\"") string = Open::none, i += 3;
            else if (line[i] == '\\') i += 2;
            else ++i;
            continue;
        }
        if (string == Open::literal) {
            if (line.substr(i, 3) == "'''") string = Open::none, i += 3;
            else ++i;
            continue;
        }
        const char c = line[i];
        if (c == '#') return;
        if (line.substr(i, 3) == "\"\"\"") { string = Open::basic; i += 3; continue; }
        if (line.substr(i, 3) == "'''") { string = Open::literal; i += 3; continue; }
        if (c == '"') {  // a one-line basic string
            for (++i; i < line.size() && line[i] != '"'; ++i)
                if (line[i] == '\\') ++i;
            ++i;
            continue;
        }
        if (c == '\'') {
            for (++i; i < line.size() && line[i] != '\''; ++i) {}
            ++i;
            continue;
        }
        if (c == '[') ++depth;
        if (c == ']' && depth > 0) --depth;
        ++i;
    }
}

std::optional<std::pair<std::string, bool>> header_of(std::string_view line) {
    std::string_view t = trim_blanks(line);
    if (t.empty() || t[0] != '[') return std::nullopt;
    const bool array = t.substr(0, 2) == "[[";
    const size_t open = array ? 2 : 1;
    const size_t close = t.find(array ? "]]" : "]", open);
    if (close == std::string_view::npos) return std::nullopt;
    std::string name;
    for (char c : t.substr(open, close - open))
        if (c != ' ' && c != '\t' && c != '"') name += c;
    return std::make_pair(name, array);
}

bool is_blank_or_comment(std::string_view line) {
    std::string_view t = trim_blanks(line);
    while (!t.empty() && (t.back() == '\r' || t.back() == '\n')) t.remove_suffix(1);
    t = trim_blanks(t);
    return t.empty() || t[0] == '#';
}

}  // namespace scrutiny
