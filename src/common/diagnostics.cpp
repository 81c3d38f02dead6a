#include "common/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "common/number_format.h"

namespace scrutiny {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.where.file;
    if (d.where.line > 0) {
        out += ':' + std::to_string(d.where.line);
        if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
    }
    if (!out.empty()) out += ": ";
    out += d.severity == Severity::error ? "error: " : d.severity == Severity::warning ? "warning: " : "note: ";
    out += d.message;
    return out;
}

void Diagnostics::error(SourceLocation where, std::string message) {
    add({Severity::error, std::move(where), std::move(message)});
}

void Diagnostics::warning(SourceLocation where, std::string message) {
    add({Severity::warning, std::move(where), std::move(message)});
}

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::error) ++error_count_;
    if (d.severity == Severity::warning) ++warning_count_;
    if (++kept_per_file_[d.where.file] > kShownPerFile) {
        auto& hidden = hidden_[d.where.file];
        ++(d.severity == Severity::error ? hidden.errors : hidden.warnings);
        return;
    }
    items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.items_) add(d);
    for (const auto& [file, hidden] : other.hidden_) {
        hidden_[file].errors += hidden.errors;
        hidden_[file].warnings += hidden.warnings;
        error_count_ += static_cast<int>(hidden.errors);
        warning_count_ += static_cast<int>(hidden.warnings);
    }
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column, a.message) <
               std::tie(b.where.file, b.where.line, b.where.column, b.message);
    });
    // Each note goes after the last problem shown for its file.
    for (const auto& [file, hidden] : hidden_) {
        const auto after = std::upper_bound(out.begin(), out.end(), file,
                                            [](const std::string& f, const Diagnostic& d) { return f < d.where.file; });
        const long count = hidden.errors + hidden.warnings;
        const char* kind = hidden.warnings == 0 ? (count == 1 ? "error" : "errors")
                           : hidden.errors == 0 ? (count == 1 ? "warning" : "warnings")
                                                : "errors and warnings";
        out.insert(after, Diagnostic{Severity::note, {file, 0, 0},
                                     "... and " + format_count(static_cast<double>(count)) + " more " + kind +
                                         " in this file (only the first " + std::to_string(kShownPerFile) +
                                         " are shown); fix those and build again"});
    }
    return out;
}

}  // namespace scrutiny
