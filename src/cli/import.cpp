#include "cli/import.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <unistd.h>

#include "cli/console.h"
#include "cli/site_folder.h"
#include "cli/starter_files.h"
#include "common/file_system.h"
#include "common/text.h"
#include "common/text_file.h"
#include "content/content_loader.h"
#include "content/parsers.h"
#include "content/series_import.h"
#include "content/series_toml.h"

namespace scrutiny {

namespace {
std::optional<std::string> read_whole(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Writes beside the target and renames over it, so a reader never sees half a file.
bool write_atomically(const std::filesystem::path& path, const std::string& text) {
    const std::filesystem::path temp = path.string() + ".import-" + std::to_string(::getpid()) + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        out << text;
        out.flush();
        if (!out) {
            std::filesystem::remove(temp);
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) std::filesystem::remove(temp, ec);
    return !ec;
}
}  // namespace

int run_import(const ImportCommandOptions& options, std::ostream& out, std::ostream& err) {
    const auto site_folder = open_site_folder(options.source, err);
    if (!site_folder) return kUsageError;
    const DiskFileSystem& site = *site_folder;
    if (!is_valid_id(options.metric)) {
        const std::string example = slugify(options.metric).empty() ? "violence-with-injury" : slugify(options.metric);
        console::report(err, Severity::error, "",
                        "`" + options.metric + "` is not a metric id; use lower-case words joined by hyphens, like `" +
                            example + "`");
        return kUsageError;
    }
    Diagnostics diags;
    auto config = load_site_config(site, diags);
    if (!config) {
        console::print_diagnostics(diags, err, "nothing was written");
        return 1;
    }
    auto csv = read_whole(options.input);
    if (!csv) {
        console::report(err, Severity::error, options.input, "cannot read this file; check the name and that it exists");
        return kUsageError;
    }
    if (auto bad = first_invalid_utf8(*csv)) {
        const auto lc = line_column_at(*csv, *bad);
        diags.error({options.input, lc.line, lc.column},
                    "this file is not valid UTF-8; in Excel choose \"CSV UTF-8 (Comma delimited)\" when saving");
        console::print_diagnostic_lines(diags, err);
        return 1;
    }
    auto imported = import_series_csv(*csv, options.input, config->areas, config->import.whole_force_names, diags);
    if (!imported) {
        console::print_diagnostics(diags, err, "nothing was written");
        return 1;
    }

    const std::string relative = "content/metrics/" + options.metric + ".toml";
    const std::filesystem::path path = std::filesystem::path(options.source) / relative;
    std::string text;
    const bool exists = site.is_file(relative);
    if (exists) {
        auto old = read_text_file(site, relative, diags);
        if (!old) {
            console::print_diagnostics(diags, err, "nothing was written");
            return 1;
        }
        // Manual recalculation points are not in a spreadsheet export: keep those still inside the figures.
        std::map<std::string, std::vector<std::string>> rebase;
        for (const auto& [area, months] : rebase_by_area(*old))
            for (const auto& s : imported->series) {
                if (s.area != area) continue;
                for (const auto& month : months) {
                    auto p = Month::parse(month);
                    if (p && *p > s.start && p->index() < s.start.index() + static_cast<int>(s.values.size()))
                        rebase[area].push_back(month);
                    else
                        diags.warning({relative, 0, 0}, "dropped rebase " + month + " for " + area +
                                                            ": it is outside the imported months");
                }
            }
        text = replace_series_tables(*old, series_toml(imported->series, rebase));
    } else {
        StarterContext context = read_starter_context(site, diags);
        text = metric_starter_text(options.metric, imported->any_percent, series_toml(imported->series), context);
    }
    // The result must still be a readable metric; otherwise leave the file as it was.
    Diagnostics check;
    if (!parse_metric(text, relative, check)) {
        diags.append(check);
        console::print_diagnostics(diags, err, "nothing was written");
        return 1;
    }
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (!write_atomically(path, text)) {
        console::report(err, Severity::error, relative, "cannot write this file; check the folder is writable");
        return 1;
    }
    console::print_diagnostics(diags, err);  // warnings
    const std::string csv_beside = "content/metrics/" + options.metric + ".csv";
    if (site.is_file(csv_beside))
        console::report(err, Severity::warning, csv_beside,
                        "this CSV also feeds the metric, and the build will refuse both; delete it");
    size_t months = 0;
    for (const auto& s : imported->series) months += s.values.size();
    out << (exists ? "replaced the series of " : "created ") << relative << ": " << imported->series.size()
        << (imported->series.size() == 1 ? " area, " : " areas, ") << months << " months";
    if (!exists) out << "; edit its title, unit and improvement";
    out << '\n';
    return 0;
}

}  // namespace scrutiny
