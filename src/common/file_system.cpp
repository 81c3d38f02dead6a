#include "common/file_system.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace scrutiny {

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)) {}

std::string DiskFileSystem::full(const std::string& path) const {
    if (path.empty()) return root_;
    return (fs::path(root_) / path).string();
}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    std::ifstream in(full(path), std::ios::binary);
    if (!in || !is_file(path)) return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

bool DiskFileSystem::is_file(const std::string& path) const {
    std::error_code ec;
    return fs::is_regular_file(full(path), ec);
}

bool DiskFileSystem::is_directory(const std::string& path) const {
    std::error_code ec;
    return fs::is_directory(full(path), ec);
}

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir) const {
    std::vector<std::string> out;
    std::error_code ec;
    const fs::path base(root_);
    if (!fs::is_directory(full(dir), ec)) return out;
    for (auto it = fs::recursive_directory_iterator(full(dir), ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        out.push_back(fs::relative(it->path(), base, ec).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

bool MemoryFileSystem::is_file(const std::string& path) const { return files_.count(path) > 0; }

bool MemoryFileSystem::is_directory(const std::string& path) const {
    const std::string prefix = path.empty() ? "" : path + "/";
    auto it = files_.lower_bound(prefix);
    return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir) const {
    const std::string prefix = dir.empty() ? "" : dir + "/";
    std::vector<std::string> out;
    for (auto it = files_.lower_bound(prefix);
         it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
        out.push_back(it->first);
    return out;
}

std::vector<std::string> files_with_extension(const FileSystem& fs, const std::string& dir,
                                              const std::string& extension) {
    std::vector<std::string> out;
    const std::string prefix = dir + "/";
    for (const auto& path : fs.list_files(dir)) {
        const std::string rest = path.substr(prefix.size());
        if (rest.find('/') != std::string::npos) continue;
        if (rest.size() > extension.size() &&
            rest.compare(rest.size() - extension.size(), extension.size(), extension) == 0)
            out.push_back(path);
    }
    return out;
}

std::string file_stem(const std::string& path) {
    const auto slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace scrutiny
