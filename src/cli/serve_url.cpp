#include "cli/serve_url.h"

#include "publish/output_set.h"

namespace scrutiny::serve_detail {

std::optional<std::string> output_path_for(std::string_view url_path) {
    if (url_path.empty() || url_path[0] != '/') return std::nullopt;
    if (url_path.find('\\') != std::string_view::npos || url_path.find('\0') != std::string_view::npos)
        return std::nullopt;
    std::string path;
    size_t start = 1;
    while (start <= url_path.size()) {
        size_t slash = url_path.find('/', start);
        if (slash == std::string_view::npos) slash = url_path.size();
        const std::string_view segment = url_path.substr(start, slash - start);
        if (segment == "..") return std::nullopt;
        if (!segment.empty() && segment != ".") {
            if (!path.empty()) path += '/';
            path += segment;
        }
        start = slash + 1;
    }
    if (url_path.back() == '/' || path.empty()) path += path.empty() ? "index.html" : "/index.html";
    if (!is_safe_output_path(path)) return std::nullopt;
    return path;
}

}  // namespace scrutiny::serve_detail
