// Just enough TOML lexing to edit a metric file as text, keeping its comments and layout: where
// lines start, which lines are table headers, and what a line leaves open (a multi-line string
// or an array), so a header-like line inside one is not taken for a header.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scrutiny {

struct Line {
    size_t begin, end;  // [begin, end) including the line end
};

// The lines of `text`, each with its line end.
std::vector<Line> split_lines(std::string_view text);

// Tracks what a TOML line leaves open: a multi-line string or an array spanning lines.
struct TomlScanner {
    enum class Open { none, basic, literal } string = Open::none;
    int depth = 0;

    bool at_statement_start() const { return string == Open::none && depth == 0; }
    void scan(std::string_view line);
};

// The table a header line opens ("series" for "[[series]]", "series.spc" for "[series.spc]"),
// and whether it is an array of tables; nothing for other lines.
std::optional<std::pair<std::string, bool>> header_of(std::string_view line);

bool is_blank_or_comment(std::string_view line);

}  // namespace scrutiny
