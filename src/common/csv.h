// A small RFC 4180 CSV reader that keeps every cell's position, so callers can report
// `file:line:col` errors. Pure: parses text already in memory.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"

namespace scrutiny {

struct CsvCell {
    std::string text;  // unquoted, "" escapes resolved
    int line = 0;      // 1-based line of the cell's first character
    int column = 0;    // 1-based column (in characters, UTF-8 aware) of that character
};

using CsvRow = std::vector<CsvCell>;

// Parses `text` (UTF-8; a leading byte-order mark is dropped; CRLF or LF line ends). Quoted
// cells may hold commas, newlines and "" for a quote. Blank lines are skipped, so a trailing
// newline adds no row. Malformed quoting (a quote inside an unquoted cell, text after a
// closing quote, an unterminated quote) is reported to `diagnostics` as an error located in
// `source_name`; the rows parsed so far are still returned.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source_name, Diagnostics& diagnostics);

}  // namespace scrutiny
