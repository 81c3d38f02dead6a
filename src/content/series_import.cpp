#include "content/series_import.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "common/csv.h"
#include "common/limits.h"
#include "common/repeated_errors.h"
#include "common/spellcheck.h"
#include "common/text.h"
#include "content/spreadsheet_cells.h"
#include "content/spreadsheet_rows.h"

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
    // The whole-force area (total = true), when `raw` names no area but reads "Total", "Force",
    // "All" or one of the site's whole_force_names.
    const Area* whole_force_alias(std::string_view raw) const {
        if (find(raw) || !names_whole_force(raw, whole_force_names)) return nullptr;
        for (const auto& a : areas)
            if (a.total) return &a;
        return nullptr;
    }
    const std::vector<std::string>& whole_force_names;
};

std::string read_as_whole_force(const Area& area) {
    return " is read as " + area.name + ", the whole-force area (the area with total = true in site_config.toml)";
}

void note(Diagnostics& diags, SourceLocation where, std::string message) {
    diags.add({Severity::note, std::move(where), std::move(message)});
}

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

std::string quoted_cell(std::string_view text) {
    std::string t(trim_blanks(text));
    if (t.size() > 40) {  // a footnote can be a paragraph; cut it at a character boundary
        size_t cut = 37;
        while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
        t = std::string(trim_blanks(t.substr(0, cut))) + "...";
    }
    return "`" + t + "`";
}

// One CSV being read: its rows and their kinds, where figures go, and the errors so far
// (repeats of one error are counted, not printed again).
struct Reader {
    const std::string& file;
    const std::vector<CsvRow>& rows;
    std::vector<RowKind> kinds;
    const AreaMatcher& areas;
    Collected& c;
    RepeatedErrors repeated;
    Diagnostics& diags;

    void add_figure(const std::string& area, Month period, const CsvCell& period_cell, const CsvCell& value_cell,
                    const std::string& column_name) {
        auto number = parse_number_cell(value_cell.text);
        if (!number) {
            repeated.error("number:" + std::string(trim_blanks(value_cell.text)), at(file, value_cell),
                           "cannot read " + backquoted(value_cell.text) + " as a number" +
                               (column_name.empty() ? "" : " in column `" + column_name + "`") + "; " + kNumberHelp,
                           "cells written " + backquoted(value_cell.text));
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
            repeated.error("twice:" + area, at(file, value_cell),
                           "a second figure for " + area + " in " + period.to_string() + " (the first is on line " +
                               std::to_string(it->second.where.line) + "); keep one row per area and month",
                           "months given twice for " + area);
            return;
        }
        c.period_where.emplace(std::make_pair(area, period.index()), at(file, period_cell));
    }

    std::optional<Month> read_period(const CsvCell& cell) {
        auto p = parse_month_cell(cell.text);
        if (!p)
            repeated.error("month:" + std::string(trim_blanks(cell.text)), at(file, cell),
                           "cannot read " + backquoted(cell.text) + " as a month; " + kMonthHelp,
                           "rows with this month");
        return p;
    }

    // Says which rows below the figures were left out: totals, notes, blank rows at the end.
    void note_skipped_rows(size_t label) {
        size_t last_figures = 0;
        for (size_t r = 1; r < rows.size(); ++r)
            if (kinds[r] == RowKind::figures) last_figures = r;
        size_t trailing_blank = 0, first_trailing_blank = 0;
        for (size_t r = 1; r < rows.size(); ++r) {
            const CsvRow& row = rows[r];
            if (kinds[r] == RowKind::total) {
                note(diags, at(file, row[label]), "skipped this row: " + quoted_cell(row[label].text) +
                                                      " adds up the rows above, and is not a month");
            } else if (kinds[r] == RowKind::notes) {
                size_t below = 0;  // its lines, up to the next notes row or figures (blank rows between)
                for (size_t next = r + 1; next < rows.size(); ++next) {
                    if (kinds[next] == RowKind::note_line) ++below;
                    else if (kinds[next] != RowKind::blank) break;
                }
                const CsvCell& first = *std::find_if(row.begin(), row.end(), [](const CsvCell& cell) {
                    return !trim_blanks(cell.text).empty();
                });
                note(diags, at(file, first), "skipped " + quoted_cell(first.text) +
                                                 (below == 0 ? std::string(", a note below the figures")
                                                             : " and the " + std::to_string(below) +
                                                                   (below == 1 ? " line" : " lines") +
                                                                   " of notes below it"));
            } else if (kinds[r] == RowKind::blank && r > last_figures) {
                if (trailing_blank++ == 0) first_trailing_blank = r;
            }
        }
        if (trailing_blank > 0)
            note(diags, {file, rows[first_trailing_blank].front().line, 1},
                 trailing_blank == 1 ? std::string("skipped a blank row at the end")
                                     : "skipped " + std::to_string(trailing_blank) + " blank rows at the end");
    }

    void read_long(size_t period_col, size_t area_col, size_t value_col) {
        const size_t needed = std::max({period_col, area_col, value_col}) + 1;
        // "Total" rows stand for the whole force only when it has no rows under its own name.
        bool whole_force_named = false;
        for (size_t r = 1; r < rows.size(); ++r)
            if (kinds[r] == RowKind::figures && area_col < rows[r].size())
                if (auto id = areas.find(rows[r][area_col].text))
                    for (const auto& a : areas.areas) whole_force_named = whole_force_named || (a.total && a.id == *id);
        struct AliasUse {
            SourceLocation first;
            std::string text;
            int rows = 0;
        };
        std::map<std::string, AliasUse> aliases;  // by the alias as written, lower-cased
        const Area* whole_force = nullptr;
        for (size_t r = 1; r < rows.size(); ++r) {
            if (kinds[r] != RowKind::figures) continue;
            const CsvRow& row = rows[r];
            if (row.size() < needed) {
                repeated.error("short", at(file, row.back()),
                               "this row has " + std::to_string(row.size()) + " cells but the header has " +
                                   std::to_string(rows[0].size()) + "; give period, area and value on every row",
                               "rows like this");
                continue;
            }
            bool extra = false;
            for (size_t i = rows[0].size(); i < row.size() && !extra; ++i)
                if (!trim_blanks(row[i].text).empty()) {
                    repeated.error("long", at(file, row[i]),
                                   "this row has more cells than the header; put a number written with a "
                                   "comma in quotes (\"2,762\") or remove the extra cell",
                                   "rows like this");
                    extra = true;
                }
            if (extra) continue;
            auto period = read_period(row[period_col]);
            auto area = areas.find(row[area_col].text);
            if (!area) {
                if (const Area* alias = areas.whole_force_alias(row[area_col].text)) {
                    whole_force = alias;
                    AliasUse& use = aliases[ascii_lower(trim_blanks(row[area_col].text))];
                    if (use.rows++ == 0) {
                        use.first = at(file, row[area_col]);
                        use.text = std::string(trim_blanks(row[area_col].text));
                    }
                    if (whole_force_named) continue;
                    area = alias->id;
                } else {
                    const std::string text(trim_blanks(row[area_col].text));
                    repeated.error("area:" + text, at(file, row[area_col]),
                                   "unknown area " + backquoted(text) + areas.suggestion(text) +
                                       " (areas are listed in site_config.toml)",
                                   "rows with this area");
                }
            }
            if (!period || !area) continue;
            c.area_where.emplace(*area, at(file, row[area_col]));
            add_figure(*area, *period, row[period_col], row[value_col], "");
        }
        for (const auto& [lower, use] : aliases) {
            const std::string rows_word = use.rows == 1 ? "row" : std::to_string(use.rows) + " rows";
            if (whole_force_named)
                note(diags, use.first, "skipped the " + rows_word + " with area " + backquoted(use.text) + ": " +
                                           whole_force->name + ", the whole-force area, has rows of its own");
            else
                note(diags, use.first, "area " + backquoted(use.text) + read_as_whole_force(*whole_force) +
                                           (use.rows == 1 ? "" : ", on this row and " + std::to_string(use.rows - 1) + " more"));
        }
        note_skipped_rows(period_col);
    }

    void read_wide() {
        const CsvRow& header = rows[0];
        std::vector<std::optional<std::string>> column_area(header.size());
        std::map<std::string, size_t> column_of;  // area id -> its column
        std::vector<std::pair<size_t, const Area*>> aliases;
        for (size_t i = 1; i < header.size(); ++i) {
            if (trim_blanks(header[i].text).empty()) continue;  // an empty trailing column Excel left
            column_area[i] = areas.find(header[i].text);
            if (!column_area[i]) {
                if (const Area* whole_force = areas.whole_force_alias(header[i].text)) {
                    aliases.emplace_back(i, whole_force);
                    continue;
                }
                diags.error(at(file, header[i]), "column " + backquoted(header[i].text) + " is not an area" +
                                                     areas.suggestion(header[i].text) +
                                                     "; head each column after the month with an area's name or id "
                                                     "from site_config.toml, or use the columns period,area,value");
            } else if (!column_of.emplace(*column_area[i], i).second) {
                diags.error(at(file, header[i]), "a second column for " + *column_area[i] + "; keep one column per area");
                column_area[i].reset();
            } else {
                c.area_where.emplace(*column_area[i], at(file, header[i]));
            }
        }
        // A "Total" column is the whole force unless that has a column of its own (or an earlier alias).
        for (const auto& [i, whole_force] : aliases) {
            auto [it, inserted] = column_of.emplace(whole_force->id, i);
            if (!inserted) {
                note(diags, at(file, header[i]), "skipped column " + backquoted(header[i].text) + ": " + whole_force->name +
                                                     ", the whole-force area, has column " +
                                                     backquoted(header[it->second].text));
                continue;
            }
            column_area[i] = whole_force->id;
            c.area_where.emplace(whole_force->id, at(file, header[i]));
            note(diags, at(file, header[i]), "column " + backquoted(header[i].text) + read_as_whole_force(*whole_force));
        }
        for (size_t r = 1; r < rows.size(); ++r) {
            if (kinds[r] != RowKind::figures) continue;
            const CsvRow& row = rows[r];
            auto period = read_period(row[0]);
            for (size_t i = 1; i < row.size(); ++i) {
                if (i >= header.size() || (trim_blanks(header[i].text).empty())) {
                    if (!trim_blanks(row[i].text).empty())
                        repeated.error("unheaded", at(file, row[i]),
                                       "this cell has no column heading; head the column with an area's name, "
                                       "or put a number written with a comma in quotes (\"2,762\")",
                                       "cells like this");
                    continue;
                }
                if (!period || !column_area[i]) continue;
                add_figure(*column_area[i], *period, row[0], row[i], std::string(trim_blanks(header[i].text)));
            }
        }
        note_skipped_rows(0);
    }
};

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
                                              const std::vector<Area>& area_list,
                                              const std::vector<std::string>& whole_force_names, Diagnostics& diags) {
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
    AreaMatcher areas{area_list, whole_force_names};
    Collected c;
    const CsvRow& header = rows[0];
    auto period_col = column_named(header, {"period", "month", "date"});
    auto area_col = column_named(header, {"area"});
    auto value_col = column_named(header, {"value"});
    const bool long_shape = period_col && area_col && value_col;
    Reader reader{file, rows, classify_rows(rows, long_shape ? *period_col : 0, whole_force_names), areas, c, {}, diags};
    if (long_shape)
        reader.read_long(*period_col, *area_col, *value_col);
    else
        reader.read_wide();
    reader.repeated.report_to(diags);
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
                       const std::vector<Area>& areas, const std::vector<std::string>& whole_force_names,
                       Diagnostics& diags) {
    if (!metric.series.empty()) {
        diags.error(metric.series.front().where,
                    "this metric has [[series]] and also the CSV file " + csv_file +
                        " beside it; keep the figures in one place (delete the CSV, or the [[series]] tables)");
        return;
    }
    auto imported = import_series_csv(csv_text, csv_file, areas, whole_force_names, diags);
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
