// `scrutiny import FILE.csv --metric ID`: a spreadsheet export becomes a metric's [[series]].
#pragma once

#include <iosfwd>
#include <string>

namespace scrutiny {

struct ImportCommandOptions {
    std::string input;   // the CSV file
    std::string metric;  // the metric id (file stem in content/metrics/)
    std::string source = ".";
};

// Creates content/metrics/<id>.toml (a starter with the figures) or replaces only the series of
// an existing one. Nothing is written when any row cannot be read.
// Exit status: 0 written, 1 unreadable data (errors name file, line and cell), 2 usage errors.
int run_import(const ImportCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace scrutiny
