// The built site in memory: output path -> bytes. Rendering fills it; publishing writes it
// out; `serve` can answer from it. Paths are checked so content can never write outside it.
#pragma once

#include <map>
#include <string>

#include "common/diagnostics.h"

namespace scrutiny {

class OutputSet {
public:
    enum class Added { yes, unsafe_path, already_there };
    // Adds a file that must be new. The path is relative ("commitments/a3/index.html"); a path
    // that is absolute, empty, or climbs with ".." is refused, and so is a second file at a path
    // already taken (two pages must never silently overwrite each other).
    Added add(const std::string& path, std::string bytes);
    // Adds or replaces a file: for layered assets, where the site's own file wins over the
    // theme's. Returns false for an unsafe path.
    bool put(const std::string& path, std::string bytes);
    bool contains(const std::string& path) const { return files_.count(path) > 0; }
    const std::string* find(const std::string& path) const;
    const std::map<std::string, std::string>& files() const { return files_; }
    size_t size() const { return files_.size(); }

private:
    std::map<std::string, std::string> files_;
};

// True when `path` is a safe relative output path.
bool is_safe_output_path(const std::string& path);

}  // namespace scrutiny
