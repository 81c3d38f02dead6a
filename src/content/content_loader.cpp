#include "content/content_loader.h"

#include <cstdio>

#include "common/text.h"
#include "config/site_config.h"
#include "content/parsers.h"
#include "content/series_import.h"

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

std::optional<SiteContent> load_site(const FileSystem& fs, Diagnostics& diags) {
    SiteContent site;
    const std::string config_file = "site_config.toml";
    if (!fs.is_file(config_file)) {
        diags.error({config_file, 0, 0}, "not found; run scrutiny in a site folder or pass --source DIR");
        return std::nullopt;
    }
    auto config_text = read_text_file(fs, config_file, diags);
    if (!config_text) return std::nullopt;
    auto config = parse_site_config(*config_text, config_file, diags);
    if (!config) return std::nullopt;
    site.config = std::move(*config);

    for (const auto& path : files_with_extension(fs, "content/commitments", ".md")) {
        auto text = read_text_file(fs, path, diags);
        auto c = text ? parse_commitment(*text, path, diags) : std::nullopt;
        if (c) site.commitments.push_back(std::move(*c));
        else site.unreadable_kinds.insert("commitment");
    }
    for (const auto& path : files_with_extension(fs, "content/metrics", ".toml")) {
        auto text = read_text_file(fs, path, diags);
        auto m = text ? parse_metric(*text, path, diags) : std::nullopt;
        const std::string csv = path.substr(0, path.size() - 5) + ".csv";  // figures kept beside it
        if (m && fs.is_file(csv))
            if (auto csv_text = read_text_file(fs, csv, diags)) attach_csv_series(*csv_text, csv, *m, site.config.areas, diags);
        if (m) site.metrics.push_back(std::move(*m));
        else site.unreadable_kinds.insert("metric");
    }
    const std::string meetings_file = "content/glossary/meetings.toml";
    if (fs.is_file(meetings_file)) {
        const int before = diags.error_count();
        if (auto text = read_text_file(fs, meetings_file, diags)) site.mechanisms = parse_mechanisms(*text, meetings_file, diags);
        if (site.mechanisms.empty() && diags.error_count() > before) site.unreadable_kinds.insert("meeting");
    }
    const std::string terms_file = "content/glossary/terms.toml";
    if (fs.is_file(terms_file))
        if (auto text = read_text_file(fs, terms_file, diags)) site.terms = parse_terms(*text, terms_file, diags);
    for (const auto& path : files_with_extension(fs, "content/meetings", ".md"))
        if (auto text = read_text_file(fs, path, diags))
            if (auto s = parse_session(*text, path, diags)) site.sessions.push_back(std::move(*s));
    for (const auto& path : files_with_extension(fs, "content/pages", ".md"))
        if (auto text = read_text_file(fs, path, diags))
            if (auto p = parse_page(*text, path, diags)) site.pages.push_back(std::move(*p));
    return site;
}

}  // namespace scrutiny
