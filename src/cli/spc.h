// `scrutiny spc [options] FILE.csv`: one series through the control-chart engine, printed as
// chart JSON (schema 1, one area with id "series") or CSV. CLI11 wiring lives in main.cpp.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace scrutiny::cli {

struct SpcCommandOptions {
    std::string input;                     // a CSV path, or "-" for standard input
    std::string improvement = "increase";  // increase | decrease | neutral
    std::optional<double> target;
    std::vector<std::string> rebase;       // YYYY-MM, repeatable
    int recalculate_after = 0;
    std::optional<int> fix_after;
    bool no_screen_outliers = false;
    int shift_run = 7;
    int trend_run = 7;
    std::string format = "json";           // json | csv
    std::string unit = "values";           // the noun of a count, or "%" for a percentage
    std::string aggregate = "sum";         // sum | mean: how a quarter's months combine
};

// Reads the series (header "period,value"; YYYY-MM periods, consecutive; an empty value or
// `nan` is a missing month), computes its chart and writes it to `out`. Problems go to `err` as
// `file:line:col: error: what is wrong; what to do`, all of them, one per line.
// Returns 0 on success, 1 on bad input or options.
int run_spc(const SpcCommandOptions& options, std::istream& stdin_, std::ostream& out, std::ostream& err);

}  // namespace scrutiny::cli
