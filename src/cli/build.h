// `scrutiny build`: run the pipeline and publish atomically.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace scrutiny {

struct BuildCommandOptions {
    std::string source = ".";
    std::optional<std::string> output;    // default: the config's output_dir, inside source
    std::optional<std::string> base_url;
    bool quiet = false;
    bool verbose = false;
    bool clean = false;  // write every file afresh, even those whose bytes are already published
    // The process ends when a build succeeds (the command line's build): run_build then exits with
    // status 0 itself, leaving the built site's memory for the kernel to take back at once
    // (taking it apart object by object was 25-40 ms of a large site's edited rebuild). Not under
    // AddressSanitizer, whose leak check runs at a normal exit.
    bool end_process_when_built = false;
};

// Exit status: 0 built, 1 content errors (nothing published), 2 usage errors.
int run_build(const BuildCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace scrutiny
