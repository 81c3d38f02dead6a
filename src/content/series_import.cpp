#include "content/series_import.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "common/csv.h"
#include "common/limits.h"
#include "common/spellcheck.h"
#include "common/text.h"
#include "content/spreadsheet_cells.h"

namespace scrutiny {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

struct AreaMatcher {
    const std::vector<Area>& areas;

    // The area id a header or cell names (by id or name, ignoring case and punctuation).
    std::optional<std::string> find(std::string_view raw) const {
        const std::string text = std::string(trim_blanks(raw));
        const std::string slug = slugify(text);
        for (const auto& a : areas)
            if (a.id == text || ascii_lower(a.name) == ascii_lower(text)) return a.id;
        for (const auto& a : areas)
            if (!slug.empty() && (slugify(a.id) == slug || slugify(a.name) == slug)) return a.id;
        return std::nullopt;
    }
    std::string suggestion(std::string_view raw) const {
        std::vector<std::string> names;
        for (const auto& a : areas) names.push_back(a.name);
        std::string s = did_you_mean(std::string(trim_blanks(raw)), names);
        return s;
    }
};

struct Figure {
    double value;
    SourceLocation where;
};

// Per area id: month index -> figure, plus where the area was first named.
struct Collected {
    std::map<std::string, std::map<int, Figure>> by_area;
    std::map<std::string, SourceLocation> area_where;
    std::map<std::pair<std::string, int>, SourceLocation> period_where;
    bool any_percent = false;
};

bool all_blank(const CsvRow& row) {
    return std::all_of(row.begin(), row.end(), [](const CsvCell& c) { return trim_blanks(c.text).empty(); });
}

SourceLocation at(const std::string& file, const CsvCell& cell) { return {file, cell.line, cell.column}; }

std::string backquoted(std::string_view s) { return "`" + std::string(trim_blanks(s)) + "`"; }

const char* kMonthHelp = "write the month like 2017-07, Jul-17, July 2017 or 01/07/2017";
const char* kNumberHelp =
    "write a number like 2762, 2,762 or 81.7%, or leave the cell blank for a month with no figure";

void add_figure(Collected& c, const std::string& file, const std::string& area, Month period,
                const CsvCell& period_cell, const CsvCell& value_cell, const std::string& column_name,
                Diagnostics& diags) {
    auto number = parse_number_cell(value_cell.text);
    if (!number) {
        diags.error(at(file, value_cell), "cannot read " + backquoted(value_cell.text) + " as a number" +
                                              (column_name.empty() ? "" : " in column `" + column_name + "`") + "; " +
                                              kNumberHelp);
        return;
    }
    if (std::fabs(number->value) > kLargestFigure) {
        diags.error(at(file, value_cell), backquoted(value_cell.text) + " is too large to add up and draw; " + kFigureRange);
        return;
    }
    c.any_percent = c.any_percent || number->percent;
    auto& months = c.by_area[area];
    auto [it, inserted] = months.emplace(period.index(), Figure{number->value, at(file, value_cell)});
    if (!inserted) {
        diags.error(at(file, value_cell), "a second figure for " + area + " in " + period.to_string() +
                                              " (the first is on line " + std::to_string(it->second.where.line) +
                                              "); keep one row per area and month");
        return;
    }
    c.period_where.emplace(std::make_pair(area, period.index()), at(file, period_cell));
}

std::optional<Month> read_period(const std::string& file, const CsvCell& cell, Diagnostics& diags) {
    auto p = parse_month_cell(cell.text);
    if (!p) diags.error(at(file, cell), "cannot read " + backquoted(cell.text) + " as a month; " + kMonthHelp);
    return p;
}

void read_long(const std::vector<CsvRow>& rows, const std::string& file, size_t period_col, size_t area_col,
               size_t value_col, const AreaMatcher& areas, Collected& c, Diagnostics& diags) {
    const size_t needed = std::max({period_col, area_col, value_col}) + 1;
    for (size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        if (all_blank(row)) continue;
        if (row.size() < needed) {
            diags.error(at(file, row.back()), "this row has " + std::to_string(row.size()) + " cells but the header has " +
                                                  std::to_string(rows[0].size()) + "; give period, area and value on every row");
            continue;
        }
        bool extra = false;
        for (size_t i = rows[0].size(); i < row.size() && !extra; ++i)
            if (!trim_blanks(row[i].text).empty()) {
                diags.error(at(file, row[i]), "this row has more cells than the header; put a number written with a "
                                              "comma in quotes (\"2,762\") or remove the extra cell");
                extra = true;
            }
        if (extra) continue;
        auto period = read_period(file, row[period_col], diags);
        auto area = areas.find(row[area_col].text);
        if (!area)
            diags.error(at(file, row[area_col]), "unknown area " + backquoted(row[area_col].text) +
                                                     areas.suggestion(row[area_col].text) +
                                                     " (areas are listed in site_config.toml)");
        if (!period || !area) continue;
        c.area_where.emplace(*area, at(file, row[area_col]));
        add_figure(c, file, *area, *period, row[period_col], row[value_col], "", diags);
    }
}

void read_wide(const std::vector<CsvRow>& rows, const std::string& file, const AreaMatcher& areas, Collected& c,
               Diagnostics& diags) {
    const CsvRow& header = rows[0];
    std::vector<std::optional<std::string>> column_area(header.size());
    std::set<std::string> seen;
    for (size_t i = 1; i < header.size(); ++i) {
        if (trim_blanks(header[i].text).empty()) continue;  // an empty trailing column Excel left
        column_area[i] = areas.find(header[i].text);
        if (!column_area[i]) {
            diags.error(at(file, header[i]), "column " + backquoted(header[i].text) + " is not an area" +
                                                 areas.suggestion(header[i].text) +
                                                 "; head each column after the month with an area's name or id "
                                                 "from site_config.toml, or use the columns period,area,value");
        } else if (!seen.insert(*column_area[i]).second) {
            diags.error(at(file, header[i]), "a second column for " + *column_area[i] + "; keep one column per area");
            column_area[i].reset();
        } else {
            c.area_where.emplace(*column_area[i], at(file, header[i]));
        }
    }
    for (size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        if (all_blank(row)) continue;
        auto period = read_period(file, row[0], diags);
        for (size_t i = 1; i < row.size(); ++i) {
            if (i >= header.size() || (trim_blanks(header[i].text).empty())) {
                if (!trim_blanks(row[i].text).empty())
                    diags.error(at(file, row[i]), "this cell has no column heading; head the column with an area's name, "
                                                  "or put a number written with a comma in quotes (\"2,762\")");
                continue;
            }
            if (!period || !column_area[i]) continue;
            add_figure(c, file, *column_area[i], *period, row[0], row[i], std::string(trim_blanks(header[i].text)), diags);
        }
    }
}

std::optional<size_t> column_named(const CsvRow& header, std::initializer_list<std::string_view> names) {
    for (size_t i = 0; i < header.size(); ++i) {
        const std::string h = ascii_lower(trim_blanks(header[i].text));
        for (auto n : names)
            if (h == n) return i;
    }
    return std::nullopt;
}

}  // namespace

std::optional<SeriesImport> import_series_csv(std::string_view text, const std::string& file,
                                              const std::vector<Area>& area_list, Diagnostics& diags) {
    const int errors_before = diags.error_count();
    auto rows = parse_csv(text, file, diags);
    if (diags.error_count() > errors_before) return std::nullopt;
    while (!rows.empty() && all_blank(rows.front())) rows.erase(rows.begin());
    if (rows.size() < 2) {
        diags.error({file, rows.empty() ? 0 : 1, 0},
                    "no figures found; the first row must be a header (period,area,value, or a month column "
                    "then one column per area) with one row per month below it");
        return std::nullopt;
    }
    AreaMatcher areas{area_list};
    Collected c;
    const CsvRow& header = rows[0];
    auto period_col = column_named(header, {"period", "month", "date"});
    auto area_col = column_named(header, {"area"});
    auto value_col = column_named(header, {"value"});
    if (period_col && area_col && value_col)
        read_long(rows, file, *period_col, *area_col, *value_col, areas, c, diags);
    else
        read_wide(rows, file, areas, c, diags);
    if (diags.error_count() > errors_before) return std::nullopt;

    SeriesImport out;
    out.any_percent = c.any_percent;
    for (const auto& area : area_list) {
        auto it = c.by_area.find(area.id);
        if (it == c.by_area.end()) continue;
        const auto& months = it->second;
        int first = 0, last = -1;
        bool found = false;
        for (const auto& [index, figure] : months)
            if (!std::isnan(figure.value)) {
                if (!found) first = index;
                last = index;
                found = true;
            }
        if (!found) {
            diags.warning(c.area_where[area.id], "no figures for " + area.name + "; its series is left out");
            continue;
        }
        if (static_cast<size_t>(last - first + 1) > kLongestSeries) {
            diags.error(c.period_where[{area.id, first}],
                        "the figures for " + area.name + " run from " + Month::from_index(first).to_string() + " to " +
                            Month::from_index(last).to_string() + ", more than " + std::to_string(kLongestSeries) +
                            " months (a hundred years); check the dates in this column");
            continue;
        }
        ImportedSeries s;
        s.area = area.id;
        s.where = c.area_where[area.id];
        s.start = Month::from_index(first);
        s.start_where = c.period_where[{area.id, first}];
        s.values.assign(static_cast<size_t>(last - first + 1), kMissing);
        for (const auto& [index, figure] : months)
            if (index >= first && index <= last) s.values[static_cast<size_t>(index - first)] = figure.value;
        out.series.push_back(std::move(s));
    }
    if (out.series.empty()) {
        diags.error({file, 1, 1}, "no figures found; every cell below the header is blank");
        return std::nullopt;
    }
    return out;
}

void attach_csv_series(std::string_view csv_text, const std::string& csv_file, Metric& metric,
                       const std::vector<Area>& areas, Diagnostics& diags) {
    if (!metric.series.empty()) {
        diags.error(metric.series.front().where,
                    "this metric has [[series]] and also the CSV file " + csv_file +
                        " beside it; keep the figures in one place (delete the CSV, or the [[series]] tables)");
        return;
    }
    auto imported = import_series_csv(csv_text, csv_file, areas, diags);
    if (!imported) return;
    for (auto& s : imported->series) {
        Series series;
        series.area = {s.area, s.where};
        series.start = s.start;
        series.start_where = s.start_where;
        series.values = std::move(s.values);
        series.where = s.where;
        metric.series.push_back(std::move(series));
    }
}

}  // namespace scrutiny
