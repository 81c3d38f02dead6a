#include "cli/mime_types.h"

#include <functional>
#include <map>

namespace scrutiny::serve_detail {

std::string content_type_for(std::string_view path) {
    static const std::map<std::string, std::string, std::less<>> types = {
        {".html", "text/html; charset=utf-8"},      {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},  {".json", "application/json"},
        {".csv", "text/csv; charset=utf-8"},        {".xml", "application/xml"},
        {".svg", "image/svg+xml"},                  {".png", "image/png"},
        {".jpg", "image/jpeg"},                     {".jpeg", "image/jpeg"},
        {".gif", "image/gif"},                      {".webp", "image/webp"},
        {".ico", "image/x-icon"},                   {".txt", "text/plain; charset=utf-8"},
        {".woff2", "font/woff2"},                   {".woff", "font/woff"},
        {".pdf", "application/pdf"},                {".webmanifest", "application/manifest+json"}};
    const size_t dot = path.rfind('.');
    if (dot != std::string_view::npos && path.find('/', dot) == std::string_view::npos) {
        auto it = types.find(path.substr(dot));
        if (it != types.end()) return it->second;
        if (path.substr(dot) == ".atom" || path.substr(path.size() >= 8 ? path.size() - 8 : 0) == "feed.xml")
            return "application/atom+xml";
    }
    return "application/octet-stream";
}

}  // namespace scrutiny::serve_detail
