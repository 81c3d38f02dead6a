#include "publish/build_marker.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace scrutiny {

namespace {
constexpr const char* kHeader =
    "# Written by scrutiny: the files of the build in this folder, one a line. scrutiny replaces\n"
    "# this folder only while it holds this file and nothing else than the files listed here.\n";

// Whether some listed file lies below `dir` ("a/b/"), so the folder is the build's own.
bool holds_listed(const std::set<std::string>& listed, const std::string& dir) {
    const auto it = listed.lower_bound(dir);
    return it != listed.end() && it->rfind(dir, 0) == 0;
}
}  // namespace

std::optional<std::set<std::string>> build_manifest(const fs::path& folder) {
    std::ifstream in(folder / kBuildMarker, std::ios::binary);
    if (!in) return std::nullopt;
    std::set<std::string> paths;
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') paths.insert(line);
    return paths;
}

std::string build_marker_text(const OutputSet& files) {
    std::string text = kHeader;
    for (const auto& [path, bytes] : files.files()) text += path + "\n";
    return text;
}

std::vector<std::string> foreign_files(const std::string& folder) {
    std::vector<std::string> foreign;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return foreign;
    const auto listed = build_manifest(folder);
    // Walks without following links: a link is itself a foreign entry unless the build wrote it.
    auto it = fs::recursive_directory_iterator(folder, fs::directory_options::none, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string rel = it->path().lexically_relative(folder).generic_string();
        if (rel == kBuildMarker && listed) continue;
        const bool is_dir = it->is_directory(ec) && !it->is_symlink(ec);
        if (listed && (is_dir ? holds_listed(*listed, rel + "/") : listed->count(rel) > 0)) continue;
        foreign.push_back(is_dir ? rel + "/" : rel);
        if (is_dir) it.disable_recursion_pending();  // the folder is named once, not its contents
    }
    std::sort(foreign.begin(), foreign.end());
    return foreign;
}

std::string first_few(const std::vector<std::string>& paths, size_t shown) {
    std::ostringstream out;
    for (size_t i = 0; i < paths.size() && i < shown; ++i) {
        if (i > 0) out << (i + 1 == paths.size() ? " and " : ", ");
        out << paths[i];
    }
    if (paths.size() > shown) out << " and " << (paths.size() - shown) << " more";
    return out.str();
}

}  // namespace scrutiny
