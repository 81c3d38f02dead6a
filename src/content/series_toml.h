// Writing a metric file's [[series]] tables from imported figures, keeping the rest of the
// file byte for byte. Pure: text in, text out.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "content/series_import.h"

namespace scrutiny {

// The series as TOML [[series]] tables, twelve months to a line with the first month of each
// line in a comment. `rebase` (area id -> months) is written for the areas that have one.
std::string series_toml(const std::vector<ImportedSeries>& series,
                        const std::map<std::string, std::vector<std::string>>& rebase = {});

// Replaces the [[series]] tables of a metric file's text, keeping everything else byte for byte.
// The rule: a [[series]] table runs from its header line down to the next table header that is
// not a [series.*] sub-table (or the end of the file), less the comment and blank lines right
// before that header (they introduce what follows). Every such table is cut, and `series` is
// written where the first one was; with none, it is appended at the end. Headers are only
// recognised outside multi-line strings and arrays.
std::string replace_series_tables(std::string_view toml_text, std::string_view series);

// The `rebase` months each area's [[series]] of a metric file's text lists (unparseable text: none).
std::map<std::string, std::vector<std::string>> rebase_by_area(const std::string& toml_text);

}  // namespace scrutiny
