#include "publish/output_set.h"

namespace scrutiny {

bool is_safe_output_path(const std::string& path) {
    if (path.empty() || path.front() == '/' || path.back() == '/' || path.find('\\') != std::string::npos ||
        path.find('\0') != std::string::npos)
        return false;
    size_t begin = 0;
    while (begin <= path.size()) {
        size_t end = path.find('/', begin);
        if (end == std::string::npos) end = path.size();
        const std::string part = path.substr(begin, end - begin);
        if (part.empty() || part == "." || part == "..") return false;
        begin = end + 1;
    }
    return true;
}

OutputSet::Added OutputSet::add(const std::string& path, std::string bytes) {
    if (!is_safe_output_path(path)) return Added::unsafe_path;
    return files_.emplace(path, std::move(bytes)).second ? Added::yes : Added::already_there;
}

bool OutputSet::put(const std::string& path, std::string bytes) {
    if (!is_safe_output_path(path)) return false;
    files_[path] = std::move(bytes);
    return true;
}

const std::string* OutputSet::find(const std::string& path) const {
    auto it = files_.find(path);
    return it == files_.end() ? nullptr : &it->second;
}

}  // namespace scrutiny
