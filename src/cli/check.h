// `scrutiny check`: everything `build` validates, writing nothing, plus warnings a publisher
// wants (stale commitments and measures, unreferenced oversight meetings).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace scrutiny {

struct CheckCommandOptions {
    std::string source = ".";
    bool strict = false;                 // warnings fail the check
    std::optional<std::string> as_of;    // "YYYY-MM-DD" for the staleness warnings; default: the build date
    bool quiet = false;
};

// Exit status: 0 fine, 1 errors (or warnings with --strict), 2 usage errors.
int run_check(const CheckCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace scrutiny
