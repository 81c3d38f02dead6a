// `scrutiny serve`: build into memory, serve over HTTP on loopback, rebuild when a source file
// changes (inotify) and reload open pages (server-sent events). When a rebuild fails, the last
// good site stays served with an error panel on every page.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"

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

namespace serve_detail {

// The output file a decoded URL path names ("/" -> "index.html", "/glossary/" ->
// "glossary/index.html"), or nothing for a path that would leave the output (.., backslashes,
// NUL, encoded dots already decoded by the caller).
std::optional<std::string> output_path_for(std::string_view url_path);

// The Content-Type for an output file name.
std::string content_type_for(std::string_view path);

// `html` with `snippet` inserted before its last </body> (appended when there is none).
std::string inject_before_body_end(std::string html, std::string_view snippet);

// The accessible panel listing a failed build's errors (empty when there are none).
std::string error_panel_html(const std::vector<Diagnostic>& errors);

// What serve adds to every HTML page: its stylesheet, the error panel, the reload script
// tagged with the build generation the page came from.
std::string injected_snippet(const std::vector<Diagnostic>& errors, unsigned long long generation);

}  // namespace serve_detail

}  // namespace scrutiny
