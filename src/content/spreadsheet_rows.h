// Rows as offices' spreadsheets have them: figures, then a total, a source line, footnotes and
// blank rows an export drags along; and the names offices give the whole force ("Total",
// "Force", "All"). Pure: cells in, kinds out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/csv.h"

namespace scrutiny {

// True when `text` (trimmed, any case) is Total, Force or All, or one of `extra_names` (a
// site's own, from site_config.toml [import] whole_force_names).
bool names_whole_force(std::string_view text, const std::vector<std::string>& extra_names);

enum class RowKind {
    figures,  // a month's figures (or a slip in one, which the importer reports)
    blank,    // every cell blank
    total,    // labelled Total (or a whole-force name): adds up the rows above, not a month
    notes,      // "Source: ...", "Notes: ...", "* provisional"
    note_line,  // a one-cell line below a notes row ("1. Figures are provisional")
};

// The kind of each row below the header (rows[0] is the header and is `figures`). `label`
// is the column holding the month, where a total row says "Total".
std::vector<RowKind> classify_rows(const std::vector<CsvRow>& rows, size_t label,
                                   const std::vector<std::string>& whole_force_names);

}  // namespace scrutiny
