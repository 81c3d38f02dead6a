// Diagnostics: located errors and warnings, collected per stage and printed as
// `file:line:col: error: what is wrong; what to do`.
#pragma once

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

enum class Severity { error, warning };

struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
};

// Formats one diagnostic the way every command prints it: "file:line:col: error: message".
// Unknown line/column are left out ("file: error: message").
std::string format_diagnostic(const Diagnostic& d);

// A sink that stages write to; the caller decides when to stop on errors.
class Diagnostics {
public:
    void error(SourceLocation where, std::string message);
    void warning(SourceLocation where, std::string message);
    void add(Diagnostic d);
    void append(const Diagnostics& other);

    bool has_errors() const { return error_count_ > 0; }
    int error_count() const { return error_count_; }
    int warning_count() const { return static_cast<int>(items_.size()) - error_count_; }
    const std::vector<Diagnostic>& all() const { return items_; }

    // Sorted by file, line, column, then message, so output order never depends on
    // the order files were read or stages ran in parallel.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;
    int error_count_ = 0;
};

}  // namespace scrutiny
