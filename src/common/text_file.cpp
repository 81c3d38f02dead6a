#include "common/text_file.h"

#include <cstdio>

#include "common/text.h"

namespace scrutiny {

namespace {
// The path with each byte that is not UTF-8 shown as \xNN, so the message itself prints cleanly.
std::string printable_path(const std::string& path) {
    std::string out;
    size_t done = 0;
    while (auto bad = first_invalid_utf8(std::string_view(path).substr(done))) {
        out += path.substr(done, *bad);
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(path[done + *bad]));
        out += hex;
        done += *bad + 1;
    }
    return out + path.substr(done);
}
}  // namespace

std::optional<std::string> read_text_file(const FileSystem& fs, const std::string& path, Diagnostics& diags) {
    if (first_invalid_utf8(path)) {  // the name becomes a web address and appears in messages
        diags.error({printable_path(path), 0, 0}, "this file's name is not valid UTF-8; rename it using plain letters, "
                                                  "digits and hyphens");
        return std::nullopt;
    }
    auto text = fs.read(path);
    if (!text) {
        diags.error({path, 0, 0}, "cannot read this file; check it exists and is readable");
        return std::nullopt;
    }
    if (text->rfind("\xEF\xBB\xBF", 0) == 0) text->erase(0, 3);
    if (auto bad = first_invalid_utf8(*text)) {
        const auto lc = line_column_at(*text, *bad);
        diags.error({path, lc.line, lc.column},
                    "this file is not valid UTF-8; save it as UTF-8 (in Excel or Word choose \"UTF-8\" when saving)");
        return std::nullopt;
    }
    return text;
}

}  // namespace scrutiny
