#include "cli/init.h"

#include <filesystem>
#include <fstream>
#include <ostream>

#include "cli/console.h"
#include "common/text.h"
#include "pipeline.h"
#include "publish/builtin_files.h"

namespace scrutiny {

namespace {

constexpr std::string_view kPrefix = "starter/";

// Text values go inside TOML double quotes and into Markdown: escape for TOML, which Markdown
// shows unchanged for ordinary names.
std::string toml_quoted_text(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') { out += ' '; continue; }
        out += c;
    }
    return out;
}

}  // namespace

std::vector<StarterSiteFile> starter_site(const InitCommandOptions& options, const Date& today) {
    const FinancialQuarter last_quarter = FinancialQuarter::of(today).minus(1);
    // 24 months ending last month: enough for a control chart, recent enough not to be stale.
    const Month series_start = Month::of(today).plus(-24);
    const std::vector<std::pair<std::string, std::string>> values = {
        {"title", toml_quoted_text(options.title)},
        {"organisation", toml_quoted_text(options.organisation)},
        {"today", today.iso()},
        {"quarter", last_quarter.id()},
        {"quarter_label", last_quarter.label_with_months()},
        {"series_start", series_start.to_string()},
    };
    std::vector<StarterSiteFile> files;
    for (const auto& f : builtin_files())
        if (f.path.substr(0, kPrefix.size()) == kPrefix)
            files.push_back({std::string(f.path.substr(kPrefix.size())), fill_placeholders(std::string(f.bytes), values)});
    return files;
}

int run_init(const InitCommandOptions& options, std::ostream& out, std::ostream& err) {
    namespace fs = std::filesystem;
    const fs::path root(options.folder);
    std::error_code ec;
    if (fs::exists(root, ec) && !(fs::is_directory(root, ec) && fs::is_empty(root, ec))) {
        console::report(err, Severity::error, options.folder,
                        "this folder is not empty, and init never overwrites; give a new folder name, like scrutiny "
                        "init my-site");
        return 2;
    }
    for (const auto& file : starter_site(options, build_date_from_environment())) {
        const fs::path path = root / file.path;
        fs::create_directories(path.parent_path(), ec);
        std::ofstream stream(path, std::ios::binary);
        stream << file.text;
        if (!stream.flush()) {
            console::report(err, Severity::error, path.string(), "cannot write this file; check the folder is writable");
            return 2;
        }
    }
    out << "created a starter site in " << options.folder << "\n"
        << "next: edit " << (root / "site_config.toml").string() << " (your name and areas) and "
        << (root / "content/commitments/1-1.md").string() << " (your first commitment),\n"
        << "then run: cd " << options.folder << " && scrutiny serve\n";
    return 0;
}

}  // namespace scrutiny
