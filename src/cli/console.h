// Terminal conventions shared by every command: colour only on a terminal and never when
// NO_COLOR is set; a progress indicator for builds that take more than a second.
#pragma once

#include <atomic>
#include <iosfwd>
#include <string>
#include <string_view>
#include <thread>

#include "common/diagnostics.h"

namespace scrutiny::console {

// True when `stream` is std::cout or std::cerr, that stream is a terminal, and NO_COLOR is
// unset or empty (https://no-color.org).
bool colour_enabled(const std::ostream& stream);
// Pure rule behind colour_enabled, for tests.
bool colour_allowed(bool is_terminal, const char* no_color_env);

enum class Style { error, warning, ok, dim };
// `text` wrapped in ANSI codes when `colour`, else unchanged.
std::string paint(std::string_view text, Style style, bool colour);
// A diagnostic line with its "error:" / "warning:" word coloured when `colour`.
std::string paint_diagnostic(const std::string& line, bool colour);

// Each diagnostic on its own line, sorted, as "file:line:col: error: ..." (coloured on a
// terminal); warnings only when `warnings`. The one way every command lists them.
void print_diagnostic_lines(const Diagnostics& diags, std::ostream& err, bool warnings = true);
// One problem found outside the content (a usage error, a file that cannot be written), printed
// as every diagnostic is: "where: error: message", or "error: message" when `where` is empty.
void report(std::ostream& err, Severity severity, const std::string& where, const std::string& message);
// The lines, then, when there were errors, "2 errors; <outcome>".
void print_diagnostics(const Diagnostics& diags, std::ostream& err, const char* outcome = "nothing was published");

// Shows "building..." with a spinner on stderr after one second, when stderr is a terminal;
// erases it when destroyed or stopped. Does nothing otherwise.
class Progress {
public:
    explicit Progress(std::string label, bool enabled = true);
    ~Progress();
    void stop();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

private:
    std::string label_;
    std::atomic<bool> done_{false};
    bool shown_ = false;
    std::thread thread_;
};

}  // namespace scrutiny::console
