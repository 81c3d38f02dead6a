// What `serve` adds to every HTML page it serves: the build-error panel, its stylesheet and the
// live-reload script (serve_reload.js and serve_errors.css, compiled in as built-in files).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"

namespace scrutiny::serve_detail {

// The addresses serve answers these files at, never part of a built site.
inline constexpr std::string_view kReloadScriptPath = "__scrutiny/reload.js";
inline constexpr std::string_view kPanelStylePath = "__scrutiny/serve.css";

// The text of one of those files, from the built-in files.
std::string serve_resource(std::string_view path);

// `html` with `snippet` inserted before its last </body> (appended when there is none).
std::string inject_before_body_end(std::string html, std::string_view snippet);

// The accessible panel listing a failed build's errors (empty when there are none).
std::string error_panel_html(const std::vector<Diagnostic>& errors);

// What serve adds to every HTML page: its stylesheet, the error panel, the reload script
// tagged with the build generation the page came from.
std::string injected_snippet(const std::vector<Diagnostic>& errors, unsigned long long generation);

}  // namespace scrutiny::serve_detail
