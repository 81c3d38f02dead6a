// `serve`'s mapping from a request's URL path to a file of the built site, refusing any path
// that would leave it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scrutiny::serve_detail {

// The output file a decoded URL path names ("/" -> "index.html", "/glossary/" ->
// "glossary/index.html"), or nothing for a path that would leave the output (.., backslashes,
// NUL, encoded dots already decoded by the caller).
std::optional<std::string> output_path_for(std::string_view url_path);

// `text` with every byte that `keep` refuses written as %XX.
template <typename Keep>
std::string percent_encoded(std::string_view text, Keep keep) {
    std::string out;
    for (unsigned char c : text) {
        if (keep(c)) out += static_cast<char>(c);
        else out += "%" + std::string(1, "0123456789ABCDEF"[c >> 4]) + "0123456789ABCDEF"[c & 15];
    }
    return out;
}

}  // namespace scrutiny::serve_detail
