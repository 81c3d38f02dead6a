// Spreadsheet exports -> a metric's monthly series. Pure: text in, values out. Used by
// `scrutiny import` and by a CSV kept beside a metric (series_toml writes them into the file).
#pragma once

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
    std::string area;            // the area id (the CSV may name it by id or by name)
    SourceLocation where;        // the cell that first named the area
    Month start;                 // the first month with a figure
    SourceLocation start_where;  // that month's period cell
    std::vector<double> values;  // one per month from start; NaN = missing (blank cell or absent row)
};

struct SeriesImport {
    std::vector<ImportedSeries> series;  // in the site's area order
    bool any_percent = false;            // some cell was written "81.7%"
};

// Reads a CSV in either shape analysts produce:
//  - long: a header with `period`, `area` and `value` columns (any order; `month` or `date`
//    may stand for `period`), one row per area and month;
//  - wide: a first column of months (any heading), then one column per area, headed by the
//    area's id or name as in site_config.toml.
// Months need not be in order; months with no row or a blank cell are NaN; each area's series
// starts at its first figure and ends at its last. A column (wide) or area cell (long) reading
// Total, Force, All or one of `whole_force_names` is the whole-force area (total = true), unless
// that area has figures under its own name; a row labelled Total, "Source: ..." and "Notes: ..."
// lines and blank rows at the end are skipped. Each of these gets a note. Every unreadable cell
// is an error at its line and column (one error, with a count, for the same slip repeated);
// nothing is returned when there was any.
std::optional<SeriesImport> import_series_csv(std::string_view text, const std::string& source_name,
                                              const std::vector<Area>& areas,
                                              const std::vector<std::string>& whole_force_names, Diagnostics& diags);

// Fills a metric's series from the CSV kept beside its file (`<stem>.csv`); the metric must then
// have no [[series]] of its own. Errors are located in the CSV.
void attach_csv_series(std::string_view csv_text, const std::string& csv_file, Metric& metric,
                       const std::vector<Area>& areas, const std::vector<std::string>& whole_force_names,
                       Diagnostics& diags);

}  // namespace scrutiny
