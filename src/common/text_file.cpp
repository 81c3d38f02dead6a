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

std::optional<std::string> read_site_file(const FileSystem& fs, const std::string& path, Diagnostics& diags) {
    if (first_invalid_utf8(path)) {  // the name becomes a web address and appears in messages
        diags.error({printable_path(path), 0, 0}, "this file's name is not valid UTF-8; rename it using plain letters, "
                                                  "digits and hyphens");
        return std::nullopt;
    }
    std::uintmax_t size = 0;
    auto text = fs.read_up_to(path, kMaxSiteFileBytes, size);
    if (size > kMaxSiteFileBytes) {
        diags.error({path, 0, 0}, "this file is " + std::to_string(size / 1000000) + " MB, and scrutiny reads site files of up to " +
                                      std::to_string(kMaxSiteFileBytes / 1000000) + " MB; split it into smaller files");
        return std::nullopt;
    }
    if (!text) {
        diags.error({path, 0, 0}, "cannot read this file; check it exists and is readable");
        return std::nullopt;
    }
    if (text->rfind("\xEF\xBB\xBF", 0) == 0) text->erase(0, 3);
    return text;
}

bool is_site_text(const std::string& text, const std::string& path, Diagnostics& diags) {
    if (auto bad = first_invalid_utf8(text)) {
        const auto lc = line_column_at(text, *bad);
        diags.error({path, lc.line, lc.column},
                    "this file is not valid UTF-8; save it as UTF-8 (in Excel or Word choose \"UTF-8\" when saving)");
        return false;
    }
    if (const auto control = first_control_character(text)) {
        const auto lc = line_column_at(text, control->offset);
        diags.error({path, lc.line, lc.column}, control_character_problem(*control));
        return false;
    }
    return true;
}

std::optional<std::string> read_text_file(const FileSystem& fs, const std::string& path, Diagnostics& diags) {
    auto text = read_site_file(fs, path, diags);
    if (!text || !is_site_text(*text, path, diags)) return std::nullopt;
    return text;
}

std::string control_character_problem(const ControlCharacter& c) {
    return "the control character " + code_point_name(c.code) +
           " cannot appear in a page or feed; delete it (tabs and line breaks are fine)";
}

}  // namespace scrutiny
