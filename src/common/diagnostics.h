// Diagnostics: located errors and warnings, collected per stage and printed as
// `file:line:col: error: what is wrong; what to do`.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace scrutiny {

// A position in a source file; line and column are 1-based, 0 means "unknown".
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

// A value together with the place in a file that gave it, so later errors about it point there.
struct LocatedString {
    std::string value;
    SourceLocation where;
};

enum class Severity { error, warning, note };

struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
};

// Formats one diagnostic the way every command prints it: "file:line:col: error: message".
// Unknown line/column are left out ("file: error: message").
std::string format_diagnostic(const Diagnostic& d);

// A sink that stages write to; the caller decides when to stop on errors. It keeps the first
// kShownPerFile problems of each file and only counts the rest, so a file with a million bad
// keys costs neither memory nor a million printed lines.
class Diagnostics {
public:
    static constexpr size_t kShownPerFile = 100;

    void error(SourceLocation where, std::string message);
    void warning(SourceLocation where, std::string message);
    void add(Diagnostic d);
    void append(const Diagnostics& other);

    bool has_errors() const { return error_count_ > 0; }
    int error_count() const { return error_count_; }
    int warning_count() const { return warning_count_; }
    // The problems kept (at most kShownPerFile a file), in the order they were reported.
    const std::vector<Diagnostic>& all() const { return items_; }

    // Sorted by file, line, column, then message, so output order never depends on
    // the order files were read or stages ran in parallel. A file with more problems than were
    // kept ends with a note: "... and 999,900 more errors in this file".
    std::vector<Diagnostic> sorted() const;

private:
    struct Hidden {
        long errors = 0, warnings = 0;
    };
    std::vector<Diagnostic> items_;
    std::map<std::string, size_t> kept_per_file_;
    std::map<std::string, Hidden> hidden_;
    int error_count_ = 0;
    int warning_count_ = 0;
};

}  // namespace scrutiny
