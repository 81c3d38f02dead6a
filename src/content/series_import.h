// Spreadsheet exports -> a metric's monthly series, and the [[series]] tables of a metric file.
// Pure: text in, values out. Used by `scrutiny import` and by a CSV kept beside a metric.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"
#include "common/diagnostics.h"
#include "content/entities.h"

namespace scrutiny {

// One area's months, as read from a CSV.
struct ImportedSeries {
    std::string area;           // the area id (the CSV may name it by id or by name)
    SourceLocation where;       // the cell that first named the area
    Month start;          // the first month with a figure
    SourceLocation start_where;  // that month's period cell
    std::vector<double> values;  // one per month from start; NaN = missing (blank cell or absent row)
};

struct SeriesImport {
    std::vector<ImportedSeries> series;  // in the site's area order
    bool any_percent = false;            // some cell was written "81.7%"
};

// A month as spreadsheets write it: "2017-07", "2017-07-01", "2017/07", "07/2017", "Jul-17",
// "Jul 2017", "July 2017", "Sept-2017", "01/07/2017" or "1/7/17" (day/month/year, UK order).
std::optional<Month> parse_month_cell(std::string_view text);

// A figure as spreadsheets write it: "2762", "2,762", "-3.5", "81.7%", " 12 " (spaces and
// no-break spaces trimmed). Blank, "nan", "NA" and "n/a" are a missing month (NaN).
struct NumberCell {
    double value = 0;
    bool percent = false;
};
std::optional<NumberCell> parse_number_cell(std::string_view text);

// Reads a CSV in either shape analysts produce:
//  - long: a header with `period`, `area` and `value` columns (any order; `month` or `date`
//    may stand for `period`), one row per area and month;
//  - wide: a first column of months (any heading), then one column per area, headed by the
//    area's id or name as in site_config.toml.
// Months need not be in order; months with no row or a blank cell are NaN; each area's series
// starts at its first figure and ends at its last. Every unreadable cell is an error at its
// line and column; nothing is returned when there was any.
std::optional<SeriesImport> import_series_csv(std::string_view text, const std::string& source_name,
                                              const std::vector<Area>& areas, Diagnostics& diags);

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

namespace scrutiny {

// Fills a metric's series from the CSV kept beside its file (`<stem>.csv`); the metric must then
// have no [[series]] of its own. Errors are located in the CSV.
void attach_csv_series(std::string_view csv_text, const std::string& csv_file, Metric& metric,
                       const std::vector<Area>& areas, Diagnostics& diags);

}  // namespace scrutiny
