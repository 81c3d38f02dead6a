#include "content/spreadsheet_rows.h"

#include <algorithm>

#include "common/text.h"
#include "content/spreadsheet_cells.h"

namespace scrutiny {

namespace {

bool is_blank(const CsvCell& cell) { return trim_blanks(cell.text).empty(); }

const CsvCell* first_filled(const CsvRow& row) {
    for (const auto& cell : row)
        if (!is_blank(cell)) return &cell;
    return nullptr;
}

// "Source: ONS", "Notes", "Note 1: ...", "Footnotes", "* provisional": the lines under a table.
bool starts_notes(std::string_view text) {
    const std::string lower = ascii_lower(trim_blanks(text));
    if (!lower.empty() && lower.front() == '*') return true;
    for (std::string_view word : {"data source", "sources", "source", "footnotes", "footnote", "notes", "note"}) {
        if (lower.compare(0, word.size(), word) != 0) continue;
        if (lower.size() == word.size()) return true;
        const char next = lower[word.size()];
        return next == ':' || next == ' ' || next == '.' || next == '-' || (next >= '0' && next <= '9');
    }
    return false;
}

bool is_total_label(std::string_view text, const std::vector<std::string>& whole_force_names) {
    const std::string lower = ascii_lower(trim_blanks(text));
    return lower == "grand total" || lower == "totals" || lower == "sum" || names_whole_force(text, whole_force_names);
}

}  // namespace

bool names_whole_force(std::string_view text, const std::vector<std::string>& extra_names) {
    const std::string lower = ascii_lower(trim_blanks(text));
    if (lower.empty()) return false;
    if (lower == "total" || lower == "force" || lower == "all") return true;
    return std::any_of(extra_names.begin(), extra_names.end(),
                       [&](const std::string& name) { return ascii_lower(trim_blanks(name)) == lower; });
}

std::vector<RowKind> classify_rows(const std::vector<CsvRow>& rows, size_t label,
                                   const std::vector<std::string>& whole_force_names) {
    std::vector<RowKind> kinds(rows.size(), RowKind::figures);
    bool in_notes = false;
    for (size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        const CsvCell* first = first_filled(row);
        const size_t filled = static_cast<size_t>(std::count_if(row.begin(), row.end(), [](const CsvCell& c) { return !is_blank(c); }));
        if (!first) {
            kinds[r] = RowKind::blank;
        } else if (starts_notes(first->text) && !parse_month_cell(first->text)) {
            kinds[r] = RowKind::notes;
            in_notes = true;
        } else if (in_notes && filled == 1 && !parse_month_cell(first->text)) {
            kinds[r] = RowKind::note_line;
        } else if (label < row.size() && is_total_label(row[label].text, whole_force_names)) {
            kinds[r] = RowKind::total;
            in_notes = false;
        } else {
            in_notes = false;
        }
    }
    return kinds;
}

}  // namespace scrutiny
