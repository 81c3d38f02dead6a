#include "cli/serve_panel.h"

#include "common/text.h"
#include "publish/builtin_files.h"

namespace scrutiny::serve_detail {

std::string serve_resource(std::string_view path) {
    return builtin_file_system().read(std::string(path)).value_or("");
}

std::string inject_before_body_end(std::string html, std::string_view snippet) {
    size_t at = std::string::npos;
    for (size_t i = html.size(); i-- > 0;)
        if (html[i] == '<' && html.size() - i >= 7) {
            if (ascii_lower(std::string_view(html).substr(i, 7)) == "</body>") {
                at = i;
                break;
            }
        }
    if (at == std::string::npos) return html + std::string(snippet);
    html.insert(at, snippet);
    return html;
}

std::string error_panel_html(const std::vector<Diagnostic>& errors) {
    if (errors.empty()) return "";
    std::string html =
        "<section id=\"scrutiny-build-errors\" class=\"scrutiny-build-errors\" role=\"alert\" tabindex=\"-1\" "
        "aria-labelledby=\"scrutiny-build-errors-title\">\n"
        "<h2 id=\"scrutiny-build-errors-title\">The site could not be rebuilt</h2>\n"
        "<p>You are seeing the last version that built. Fix ";
    html += errors.size() == 1 ? "this problem" : "these " + std::to_string(errors.size()) + " problems";
    html += " and save: this page reloads by itself.</p>\n<ul>\n";
    size_t shown = 0;
    for (const auto& d : errors) {
        if (++shown > 50) {
            html += "<li>and " + std::to_string(errors.size() - 50) + " more (see the terminal)</li>\n";
            break;
        }
        std::string where = d.where.file;
        if (d.where.line > 0) where += ":" + std::to_string(d.where.line);
        if (d.where.line > 0 && d.where.column > 0) where += ":" + std::to_string(d.where.column);
        html += "<li>";
        if (!where.empty()) html += "<code class=\"scrutiny-where\">" + escape_html(where) + "</code> ";
        html += d.severity == Severity::error ? "<strong>error:</strong> " : "<strong>warning:</strong> ";
        html += escape_html(d.message) + "</li>\n";
    }
    html += "</ul>\n</section>\n";
    return html;
}

std::string injected_snippet(const std::vector<Diagnostic>& errors, unsigned long long generation) {
    return "<link rel=\"stylesheet\" href=\"/" + std::string(kPanelStylePath) + "\">\n" + error_panel_html(errors) +
           "<script src=\"/" + std::string(kReloadScriptPath) + "\" data-generation=\"" + std::to_string(generation) +
           "\" defer></script>\n";
}

}  // namespace scrutiny::serve_detail
