#include "cli/spc.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/console.h"
#include "cli/site_folder.h"
#include "common/csv.h"
#include "common/diagnostics.h"
#include "common/limits.h"
#include "common/translations.h"
#include "publish/builtin_files.h"
#include "content/entities.h"
#include "spc/analyse_series.h"
#include "view/chart_json.h"

namespace scrutiny::cli {

namespace {

std::string trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return std::string(s.substr(b, e - b));
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

struct ParsedSeries {
    spc::Period start;
    std::vector<double> values;
};

// Reads "period,value" rows into a consecutive monthly series, reporting every bad cell.
ParsedSeries read_series(std::string_view text, const std::string& source, Diagnostics& diags) {
    ParsedSeries series;
    std::vector<CsvRow> rows = parse_csv(text, source, diags);
    if (diags.has_errors()) return series;
    if (rows.empty()) {
        diags.error({source, 1, 1}, "the file is empty; write the header \"period,value\" and one row per month");
        return series;
    }
    const CsvRow& header = rows.front();
    if (header.size() != 2 || lower(trim(header[0].text)) != "period" || lower(trim(header[1].text)) != "value") {
        diags.error({source, header[0].line, header[0].column},
                    "expected the header \"period,value\"; make that the first line");
        return series;
    }
    std::optional<spc::Period> prev;
    int prev_line = 0;
    for (size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        if (row.size() != 2) {
            const CsvCell& at = row.size() > 2 ? row[2] : row[0];
            diags.error({source, at.line, at.column},
                        "expected 2 cells (period,value), found " + std::to_string(row.size()) +
                            "; write one period and one value per line, quoting a value that holds a comma");
            continue;
        }
        const std::string period_text = trim(row[0].text);
        std::optional<spc::Period> period = spc::Period::parse(period_text);
        if (!period) {
            diags.error({source, row[0].line, row[0].column},
                        "\"" + period_text + "\" is not a month; write it as YYYY-MM, e.g. 2017-07");
            continue;
        }
        // Checked before gaps are filled, so a far-off month cannot make a vast series.
        if (prev && period->index() - series.start.index() >= static_cast<int>(kLongestSeries)) {
            diags.error({source, row[0].line, row[0].column},
                        "period " + period_text + " makes the series longer than " +
                            std::to_string(kLongestSeries) + " months; split it, or start it later");
            break;
        }
        if (prev) {
            if (*period == *prev) {
                diags.error({source, row[0].line, row[0].column},
                            "period " + period_text + " is duplicated (also on line " + std::to_string(prev_line) +
                                "); keep one row per month");
                continue;
            }
            if (*period < *prev) {
                diags.error({source, row[0].line, row[0].column},
                            "period " + period_text + " is out of order (it follows " + prev->to_string() +
                                "); sort the rows by period");
                continue;
            }
            if (period->index() != prev->index() + 1) {
                spc::Period gap = prev->plus(1);
                std::string missing = gap.to_string();
                if (period->index() - prev->index() > 2) missing += " to " + period->plus(-1).to_string();
                diags.error({source, row[0].line, row[0].column},
                            "period " + period_text + " skips " + missing +
                                "; add a row for each missing month with an empty value");
                // Keep the series consecutive so later rows are checked against this one.
                while (prev->index() + 1 < period->index()) {
                    series.values.push_back(NAN);
                    prev = prev->plus(1);
                }
            }
        } else {
            series.start = *period;
        }
        prev = period;
        prev_line = row[0].line;

        const std::string value_text = trim(row[1].text);
        double value = NAN;
        // `nan` is how R, pandas and the method write a missing month.
        if (!value_text.empty() && lower(value_text) != "nan") {
            const char* begin = value_text.data();
            const char* end = begin + value_text.size();
            auto [ptr, ec] = std::from_chars(begin, end, value);
            std::string lowered = lower(value_text);
            bool non_finite_word = lowered.find("inf") != std::string::npos || lowered.find("nan") != std::string::npos;
            if (ec == std::errc::result_out_of_range || (ec == std::errc() && ptr == end && !std::isfinite(value)) ||
                (non_finite_word && ec == std::errc() && ptr == end)) {
                diags.error({source, row[1].line, row[1].column},
                            "value \"" + value_text + "\" is not a finite number; write a plain number, or leave "
                            "the cell empty for a missing month");
                value = NAN;
            } else if (ec != std::errc() || ptr != end) {
                diags.error({source, row[1].line, row[1].column},
                            "value \"" + value_text + "\" is not a number; write a plain number such as 1234 or "
                            "81.7 (no thousands separators), or leave the cell empty for a missing month");
                value = NAN;
            } else if (std::fabs(value) > kLargestFigure) {
                diags.error({source, row[1].line, row[1].column},
                            "value \"" + value_text + "\" is too large to add up and draw; " + kFigureRange);
                value = NAN;
            }
        }
        series.values.push_back(value);
    }
    if (!diags.has_errors() && rows.size() == 1)
        diags.error({source, 0, 0}, "the file has a header but no rows; add one row per month");
    return series;
}

}  // namespace

int run_spc(const SpcCommandOptions& o, std::istream& stdin_, std::ostream& out, std::ostream& err) {
    const std::string source = o.input == "-" ? "<stdin>" : o.input;
    Diagnostics diags;
    // Bad options and a file that cannot be opened are usage errors (2); bad figures are 1.
    auto fail = [&](int status = 1) {
        console::print_diagnostic_lines(diags, err);
        return status;
    };

    // Options first: they need no input.
    spc::SeriesInput input;
    if (auto improvement = improvement_words().parse(o.improvement)) input.improvement = *improvement;
    else diags.error({}, "--improvement \"" + o.improvement + "\" is not known; use increase, decrease or neutral");
    if (o.aggregate == "mean") input.aggregate = spc::Aggregate::mean;
    else if (o.aggregate != "sum")
        diags.error({}, "--aggregate \"" + o.aggregate + "\" is not known; use sum (counts) or mean (percentages, rates)");
    if (o.unit.empty()) diags.error({}, "--unit is empty; name what the values count, or give % for a percentage");
    if (o.format != "json" && o.format != "csv")
        diags.error({}, "--format \"" + o.format + "\" is not known; use json or csv");
    if (o.target && !std::isfinite(*o.target)) diags.error({}, "--target must be a finite number; give a plain number");
    for (const std::string& r : o.rebase) {
        if (auto p = spc::Period::parse(r)) input.rebase.push_back(*p);
        else diags.error({}, "--rebase \"" + r + "\" is not a month; write it as YYYY-MM, e.g. 2017-07");
    }
    if (diags.has_errors()) return fail(kUsageError);

    std::string text;
    if (o.input == "-") {
        text.assign(std::istreambuf_iterator<char>(stdin_), std::istreambuf_iterator<char>());
    } else {
        std::ifstream file(o.input, std::ios::binary);
        if (!file) {
            diags.error({source, 0, 0}, "cannot open the file; check the path");
            return fail(kUsageError);
        }
        text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }

    ParsedSeries series = read_series(text, source, diags);
    if (diags.has_errors()) return fail();

    input.start = series.start;
    input.values = std::move(series.values);
    input.target = o.target;
    input.options.shift_run = o.shift_run;
    input.options.trend_run = o.trend_run;
    input.options.screen_outliers = !o.no_screen_outliers;
    input.options.recalculate_after = o.recalculate_after;
    input.options.fix_after_n_points = o.fix_after;
    for (const std::string& problem : spc::validate(input)) diags.error({source, 0, 0}, problem);
    if (diags.has_errors()) return fail();

    spc::SeriesChart chart = spc::analyse_series(input);
    view::MetricMeta meta{"series", "Series", o.unit, input.improvement, input.target};
    spc::Wording wording;
    wording.title = "the series";
    wording.noun = o.unit;
    if (o.unit == "%") wording.value_type = spc::ValueType::percent;
    const auto& builtin = builtin_file_system();
    const Translations english = english_translations(*builtin.read("themes/default/i18n/en.toml"));
    view::MetricCharts charts = view::make_metric_charts(meta, {{"series", "", &chart}}, wording, english);
    out << (o.format == "csv" ? view::chart_csv_text(charts) : view::chart_json_text(charts, 2));
    return 0;
}

}  // namespace scrutiny::cli
