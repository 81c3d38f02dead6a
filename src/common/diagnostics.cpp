#include "common/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace scrutiny {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.where.file;
    if (d.where.line > 0) {
        out += ':' + std::to_string(d.where.line);
        if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
    }
    if (!out.empty()) out += ": ";
    out += d.severity == Severity::error ? "error: " : "warning: ";
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
    items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.items_) add(d);
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column, a.message) <
               std::tie(b.where.file, b.where.line, b.where.column, b.message);
    });
    return out;
}

}  // namespace scrutiny
