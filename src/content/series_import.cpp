#include "content/series_import.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "common/csv.h"
#include "common/spellcheck.h"
#include "common/text.h"

namespace scrutiny {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Trims ASCII spaces, tabs and UTF-8 no-break spaces (Excel writes them in formatted numbers).
std::string_view trim_cell(std::string_view s) {
    for (bool changed = true; changed;) {
        changed = false;
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1), changed = true;
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1), changed = true;
        if (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2), changed = true;
        if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2), changed = true;
    }
    return s;
}

std::optional<int> digits(std::string_view s) {
    if (s.empty() || s.size() > 4) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (!is_digit(c)) return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::optional<int> month_from_name(std::string_view word) {
    static constexpr std::array<std::string_view, 12> names = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
    const std::string w = lower(word);
    if (w.size() < 3) return std::nullopt;
    if (w == "sept") return 9;
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i].substr(0, w.size()) == w && (w.size() == 3 || w.size() == names[i].size()))
            return static_cast<int>(i) + 1;
    return std::nullopt;
}

std::optional<int> full_year(std::string_view s) {
    auto y = digits(s);
    if (!y) return std::nullopt;
    if (s.size() == 2) return 2000 + *y;  // Excel's "Jul-17": this century
    if (s.size() == 4 && *y >= 1900) return *y;
    return std::nullopt;
}

std::vector<std::string_view> split_any(std::string_view s, std::string_view seps) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || seps.find(s[i]) != std::string_view::npos) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

std::optional<Month> make_period(int year, int month) {
    if (month < 1 || month > 12) return std::nullopt;
    return Month{year, month};
}

}  // namespace

std::optional<Month> parse_month_cell(std::string_view raw) {
    std::string_view text = trim_cell(raw);
    // An ISO date-time's time part ("2017-07-01 00:00:00", "2017-07-01T00:00") says nothing more.
    if (text.size() > 10 && is_digit(text[0]) && text[4] == '-' && (text[10] == ' ' || text[10] == 'T'))
        text = text.substr(0, 10);
    if (text.empty()) return std::nullopt;
    if (is_digit(text[0])) {
        auto parts = split_any(text, "-/.");
        if (parts.size() == 2) {
            if (parts[0].size() == 4) {  // 2017-07, 2017/07
                auto y = digits(parts[0]);
                auto m = digits(parts[1]);
                if (y && m && parts[1].size() <= 2) return make_period(*y, *m);
            } else if (parts[1].size() == 4) {  // 07/2017
                auto m = digits(parts[0]);
                auto y = digits(parts[1]);
                if (y && m && parts[0].size() <= 2) return make_period(*y, *m);
            }
            return std::nullopt;
        }
        if (parts.size() == 3) {
            if (parts[0].size() == 4) {  // 2017-07-01
                auto y = digits(parts[0]);
                auto m = digits(parts[1]);
                auto d = digits(parts[2]);
                if (y && m && d && parts[1].size() <= 2 && parts[2].size() <= 2 && *d >= 1 && *d <= 31)
                    return make_period(*y, *m);
                return std::nullopt;
            }
            // 01/07/2017 or 1/7/17: day, month, year (UK order).
            auto d = digits(parts[0]);
            auto m = digits(parts[1]);
            auto y = full_year(parts[2]);
            if (d && m && y && parts[0].size() <= 2 && parts[1].size() <= 2 && *d >= 1 && *d <= 31)
                return make_period(*y, *m);
        }
        return std::nullopt;
    }
    // Jul-17, Jul 2017, July 2017, Sept-2017, Jul/17.
    auto parts = split_any(text, "- /");
    parts.erase(std::remove_if(parts.begin(), parts.end(), [](std::string_view p) { return p.empty(); }), parts.end());
    if (parts.size() != 2) return std::nullopt;
    auto m = month_from_name(parts[0]);
    auto y = full_year(parts[1]);
    if (!m || !y) return std::nullopt;
    return make_period(*y, *m);
}

std::optional<NumberCell> parse_number_cell(std::string_view raw) {
    std::string_view text = trim_cell(raw);
    NumberCell cell;
    const std::string low = lower(text);
    if (text.empty() || low == "nan" || low == "na" || low == "n/a") {
        cell.value = kMissing;
        return cell;
    }
    if (text.back() == '%') {
        cell.percent = true;
        text = trim_cell(text.substr(0, text.size() - 1));
    }
    std::string plain;
    size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) plain += text[i++];
    // The integer part, with commas only as thousands separators (groups of three).
    size_t int_digits = 0, group = 0;
    bool grouped = false;
    for (; i < text.size() && text[i] != '.'; ++i) {
        const char c = text[i];
        if (is_digit(c)) {
            plain += c;
            ++int_digits;
            ++group;
        } else if (c == ',') {
            if (int_digits == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
            grouped = true;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (grouped && group != 3) return std::nullopt;
    size_t frac_digits = 0;
    if (i < text.size() && text[i] == '.') {
        plain += '.';
        for (++i; i < text.size(); ++i) {
            if (!is_digit(text[i])) return std::nullopt;
            plain += text[i];
            ++frac_digits;
        }
    }
    if (int_digits + frac_digits == 0) return std::nullopt;
    const char* first = plain.data() + (plain[0] == '+' ? 1 : 0);
    auto [ptr, ec] = std::from_chars(first, plain.data() + plain.size(), cell.value);
    if (ec != std::errc() || ptr != plain.data() + plain.size()) return std::nullopt;
    return cell;
}

namespace {

struct AreaMatcher {
    const std::vector<Area>& areas;

    // The area id a header or cell names (by id or name, ignoring case and punctuation).
    std::optional<std::string> find(std::string_view raw) const {
        const std::string text = std::string(trim_cell(raw));
        const std::string slug = slugify(text);
        for (const auto& a : areas)
            if (a.id == text || lower(a.name) == lower(text)) return a.id;
        for (const auto& a : areas)
            if (!slug.empty() && (slugify(a.id) == slug || slugify(a.name) == slug)) return a.id;
        return std::nullopt;
    }
    std::string suggestion(std::string_view raw) const {
        std::vector<std::string> names;
        for (const auto& a : areas) names.push_back(a.name);
        std::string s = did_you_mean(std::string(trim_cell(raw)), names);
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
    return std::all_of(row.begin(), row.end(), [](const CsvCell& c) { return trim_cell(c.text).empty(); });
}

SourceLocation at(const std::string& file, const CsvCell& cell) { return {file, cell.line, cell.column}; }

std::string quoted(std::string_view s) { return "`" + std::string(trim_cell(s)) + "`"; }

const char* kMonthHelp = "write the month like 2017-07, Jul-17, July 2017 or 01/07/2017";
const char* kNumberHelp =
    "write a number like 2762, 2,762 or 81.7%, or leave the cell blank for a month with no figure";

void add_figure(Collected& c, const std::string& file, const std::string& area, Month period,
                const CsvCell& period_cell, const CsvCell& value_cell, const std::string& column_name,
                Diagnostics& diags) {
    auto number = parse_number_cell(value_cell.text);
    if (!number) {
        diags.error(at(file, value_cell), "cannot read " + quoted(value_cell.text) + " as a number" +
                                              (column_name.empty() ? "" : " in column `" + column_name + "`") + "; " +
                                              kNumberHelp);
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
    if (!p) diags.error(at(file, cell), "cannot read " + quoted(cell.text) + " as a month; " + kMonthHelp);
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
            if (!trim_cell(row[i].text).empty()) {
                diags.error(at(file, row[i]), "this row has more cells than the header; put a number written with a "
                                              "comma in quotes (\"2,762\") or remove the extra cell");
                extra = true;
            }
        if (extra) continue;
        auto period = read_period(file, row[period_col], diags);
        auto area = areas.find(row[area_col].text);
        if (!area)
            diags.error(at(file, row[area_col]), "unknown area " + quoted(row[area_col].text) +
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
        if (trim_cell(header[i].text).empty()) continue;  // an empty trailing column Excel left
        column_area[i] = areas.find(header[i].text);
        if (!column_area[i]) {
            diags.error(at(file, header[i]), "column " + quoted(header[i].text) + " is not an area" +
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
            if (i >= header.size() || (trim_cell(header[i].text).empty())) {
                if (!trim_cell(row[i].text).empty())
                    diags.error(at(file, row[i]), "this cell has no column heading; head the column with an area's name, "
                                                  "or put a number written with a comma in quotes (\"2,762\")");
                continue;
            }
            if (!period || !column_area[i]) continue;
            add_figure(c, file, *column_area[i], *period, row[0], row[i], std::string(trim_cell(header[i].text)), diags);
        }
    }
}

std::optional<size_t> column_named(const CsvRow& header, std::initializer_list<std::string_view> names) {
    for (size_t i = 0; i < header.size(); ++i) {
        const std::string h = lower(trim_cell(header[i].text));
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

namespace {
std::string number_text(double v) {
    if (std::isnan(v)) return "nan";
    std::array<char, 64> buf{};
    auto [ptr, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    std::string s(buf.data(), ptr);
    if (s.find_first_of("eE") != std::string::npos && s.find('.') == std::string::npos) {
        // TOML needs a fraction or an integer: "1e+20" is fine as a float, keep it.
    }
    return s;
}
}  // namespace

std::string series_toml(const std::vector<ImportedSeries>& series, const std::map<std::string, std::vector<std::string>>& rebase) {
    std::ostringstream out;
    for (size_t i = 0; i < series.size(); ++i) {
        const auto& s = series[i];
        if (i > 0) out << '\n';
        out << "[[series]]\n";
        out << "area = \"" << s.area << "\"\n";
        out << "start = \"" << s.start.to_string() << "\"\n";
        out << "values = [\n";
        for (size_t v = 0; v < s.values.size(); v += 12) {
            out << " ";
            for (size_t k = v; k < std::min(v + 12, s.values.size()); ++k) out << ' ' << number_text(s.values[k]) << ',';
            out << "  # " << s.start.plus(static_cast<int>(v)).to_string() << '\n';
        }
        out << "]\n";
        auto r = rebase.find(s.area);
        if (r != rebase.end() && !r->second.empty()) {
            out << "rebase = [";
            for (size_t k = 0; k < r->second.size(); ++k) out << (k ? ", " : "") << '"' << r->second[k] << '"';
            out << "]\n";
        }
    }
    return out.str();
}

namespace {

struct Line {
    size_t begin, end;  // [begin, end) including the line end
};

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

// Tracks what a TOML line leaves open: a multi-line string or an array spanning lines.
struct TomlScanner {
    enum class Open { none, basic, literal } string = Open::none;
    int depth = 0;

    bool at_statement_start() const { return string == Open::none && depth == 0; }

    void scan(std::string_view line) {
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
};

// The table a header line opens ("series" for "[[series]]", "series.spc" for "[series.spc]"),
// and whether it is an array of tables; nothing for other lines.
std::optional<std::pair<std::string, bool>> header_of(std::string_view line) {
    std::string_view t = trim_cell(line);
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
    std::string_view t = trim_cell(line);
    while (!t.empty() && (t.back() == '\r' || t.back() == '\n')) t.remove_suffix(1);
    t = trim_cell(t);
    return t.empty() || t[0] == '#';
}

}  // namespace

std::string replace_series_tables(std::string_view text, std::string_view series) {
    const auto lines = split_lines(text);
    std::vector<std::pair<size_t, size_t>> blocks;  // line ranges [first, last)
    std::optional<size_t> open_block;
    TomlScanner scanner;
    // Comment and blank lines before a following non-series header (or the end) introduce what
    // follows, so they stay; before another [[series]] they go with the table being cut.
    auto close_at = [&](size_t line_index, bool keep_trailing_comments) {
        size_t end = line_index;
        while (keep_trailing_comments && end > *open_block + 1 &&
               is_blank_or_comment(text.substr(lines[end - 1].begin, lines[end - 1].end - lines[end - 1].begin)))
            --end;
        blocks.push_back({*open_block, end});
        open_block.reset();
    };
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
        if (scanner.at_statement_start()) {
            if (auto h = header_of(line)) {
                const bool is_series = h->second && h->first == "series";
                const bool is_sub = !h->second && h->first.rfind("series.", 0) == 0;
                if (is_series) {
                    if (open_block) close_at(i, false);
                    open_block = i;
                    continue;  // a header's brackets open nothing
                }
                if (!is_sub && open_block) close_at(i, true);
                if (!is_sub || open_block) continue;
            }
        }
        scanner.scan(line);
    }
    if (open_block) close_at(lines.size(), true);

    std::string out;
    if (blocks.empty()) {
        out = std::string(text);
        if (!out.empty() && out.back() != '\n') out += '\n';
        if (!out.empty() && !(out.size() >= 2 && out[out.size() - 2] == '\n')) out += '\n';
        out += series;
        return out;
    }
    size_t copied = 0;  // byte offset copied so far
    bool after_series = false;  // the next kept text follows the new series: keep a blank line between
    auto keep = [&](std::string_view chunk) {
        if (chunk.empty()) return;
        if (after_series && !trim(chunk.substr(0, chunk.find('\n'))).empty()) out += '\n';
        after_series = false;
        out.append(chunk);
    };
    for (size_t b = 0; b < blocks.size(); ++b) {
        const size_t from = lines[blocks[b].first].begin;
        const size_t to = blocks[b].second < lines.size() ? lines[blocks[b].second].begin : text.size();
        keep(text.substr(copied, from - copied));
        if (b == 0) {
            out += series;
            after_series = true;
        }
        copied = to;
    }
    keep(text.substr(copied));
    return out;
}

std::map<std::string, std::vector<std::string>> rebase_by_area(const std::string& toml_text) {
    std::map<std::string, std::vector<std::string>> out;
    try {
        auto doc = toml::parse(toml_text);
        if (auto* arr = doc["series"].as_array())
            for (auto& node : *arr)
                if (auto* t = node.as_table()) {
                    auto area = (*t)["area"].value<std::string>();
                    auto* rebase = (*t)["rebase"].as_array();
                    if (!area || !rebase) continue;
                    for (auto& r : *rebase)
                        if (auto s = r.value<std::string>()) out[*area].push_back(*s);
                }
    } catch (const std::exception&) {
    }
    return out;
}

}  // namespace scrutiny

namespace scrutiny {

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
