// Shared by the fuzz targets: the input as text, and as parts cut at a separator line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/diagnostics.h"

namespace scrutiny::fuzz {

inline std::string text_of(const uint8_t* data, size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

// "a\n====\nb" -> {"a", "b"}: one input can carry several files.
inline std::vector<std::string> parts_of(const std::string& text, size_t at_most) {
    std::vector<std::string> parts;
    size_t from = 0;
    while (parts.size() + 1 < at_most) {
        const size_t cut = text.find("\n====\n", from);
        if (cut == std::string::npos) break;
        parts.push_back(text.substr(from, cut - from));
        from = cut + 6;
    }
    parts.push_back(text.substr(from));
    return parts;
}

// Runs a parser `(text, file, diags)` on the input; every problem it reports must be explained.
template <typename Parse>
int parse_input(const uint8_t* data, size_t size, const char* file, Parse parse) {
    Diagnostics diags;
    parse(text_of(data, size), file, diags);
    for (const auto& d : diags.all())
        if (d.message.empty()) __builtin_trap();
    return 0;
}

}  // namespace scrutiny::fuzz
