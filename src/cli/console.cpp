#include "cli/console.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace scrutiny::console {

bool colour_allowed(bool is_terminal, const char* no_color_env) {
    return is_terminal && (no_color_env == nullptr || *no_color_env == '\0');
}

bool colour_enabled(const std::ostream& stream) {
    int fd = -1;
    if (&stream == &std::cout) fd = STDOUT_FILENO;
    else if (&stream == &std::cerr) fd = STDERR_FILENO;
    return fd >= 0 && colour_allowed(isatty(fd) == 1, std::getenv("NO_COLOR"));
}

void print_diagnostic_lines(const Diagnostics& diags, std::ostream& err, bool warnings) {
    const bool colour = colour_enabled(err);  // only on a terminal, never with NO_COLOR
    for (const auto& d : diags.sorted())
        if (warnings || d.severity == Severity::error) err << paint_diagnostic(format_diagnostic(d), colour) << '\n';
}

void report(std::ostream& err, Severity severity, const std::string& where, const std::string& message) {
    err << paint_diagnostic(format_diagnostic({severity, {where, 0, 0}, message}), colour_enabled(err)) << '\n';
}

void print_diagnostics(const Diagnostics& diags, std::ostream& err, const char* outcome) {
    print_diagnostic_lines(diags, err);
    if (diags.error_count() > 0)
        err << diags.error_count() << (diags.error_count() == 1 ? " error" : " errors") << "; " << outcome << '\n';
}

std::string paint(std::string_view text, Style style, bool colour) {
    if (!colour) return std::string(text);
    const char* code = style == Style::error ? "\x1b[1;31m" : style == Style::warning ? "\x1b[1;33m"
                       : style == Style::ok  ? "\x1b[32m"
                                             : "\x1b[2m";
    return code + std::string(text) + "\x1b[0m";
}

std::string paint_diagnostic(const std::string& line, bool colour) {
    if (!colour) return line;
    for (auto [word, style] : {std::pair{"error:", Style::error}, std::pair{"warning:", Style::warning}}) {
        const std::string w = word;
        size_t at = std::string::npos;
        if (line.rfind(w, 0) == 0) at = 0;
        else if (auto p = line.find(": " + w); p != std::string::npos) at = p + 2;
        if (at != std::string::npos) return line.substr(0, at) + paint(w, style, true) + line.substr(at + w.size());
    }
    return line;
}

Progress::Progress(std::string label, bool enabled) : label_(std::move(label)) {
    if (!enabled || isatty(STDERR_FILENO) != 1) return;
    thread_ = std::thread([this] {
        using namespace std::chrono_literals;
        const auto start = std::chrono::steady_clock::now();
        static const char* frames[] = {"|", "/", "-", "\\"};
        size_t frame = 0;
        while (!done_) {
            std::this_thread::sleep_for(50ms);
            if (done_) break;
            if (std::chrono::steady_clock::now() - start < 1s) continue;
            shown_ = true;
            std::fprintf(stderr, "\r%s %s", label_.c_str(), frames[frame++ % 4]);
            std::fflush(stderr);
        }
    });
}

void Progress::stop() {
    if (!thread_.joinable()) return;
    done_ = true;
    thread_.join();
    if (shown_) {
        std::fprintf(stderr, "\r%*s\r", static_cast<int>(label_.size() + 2), "");
        std::fflush(stderr);
    }
}

Progress::~Progress() { stop(); }

}  // namespace scrutiny::console
