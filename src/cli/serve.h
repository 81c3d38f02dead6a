// `scrutiny serve`: build into memory, serve over HTTP on loopback, rebuild when a source file
// changes (inotify) and reload open pages (server-sent events). When a rebuild fails, the last
// good site stays served with an error panel on every page.
#pragma once

#include <iosfwd>
#include <string>

namespace scrutiny {

struct ServeCommandOptions {
    std::string source = ".";
    int port = 1313;              // 0 picks a free port (printed)
    std::string bind = "127.0.0.1";
    bool quiet = false;
    bool verbose = false;
};

// Runs until SIGINT or SIGTERM. Exit status: 0 stopped cleanly, 2 usage errors (no site,
// port in use).
int run_serve(const ServeCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace scrutiny
