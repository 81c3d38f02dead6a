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

bool OutputSet::hand_on(const std::string& path, const std::string& bytes) {
    if (!writer_) return false;
    if (!write_whole(writer_, path, bytes)) note_write_failure(path);
    written_.insert(path);
    return true;
}

OutputSet::Added OutputSet::add(const std::string& path, std::string bytes) {
    if (!is_safe_output_path(path)) return Added::unsafe_path;
    auto [it, inserted] = files_.emplace(path, std::string());
    if (!inserted) return Added::already_there;
    with_shared_stale_ = true;
    if (!hand_on(path, bytes)) it->second = std::move(bytes);
    return Added::yes;
}

OutputSet::Added OutputSet::add_shared(const std::string& path, SharedBytes bytes) {
    if (!is_safe_output_path(path)) return Added::unsafe_path;
    if (!files_.emplace(path, std::string()).second) return Added::already_there;
    with_shared_stale_ = true;
    if (!hand_on(path, *bytes)) shared_.emplace(path, std::move(bytes));
    return Added::yes;
}

const std::map<std::string, std::string>& OutputSet::files() const {
    if (shared_.empty()) return files_;
    if (with_shared_stale_) {
        with_shared_ = files_;
        for (const auto& [path, bytes] : shared_) with_shared_[path] = *bytes;
        with_shared_stale_ = false;
    }
    return with_shared_;
}

OutputSet::Added OutputSet::add_written(const std::string& path) {
    if (!is_safe_output_path(path)) return Added::unsafe_path;
    if (!files_.emplace(path, std::string()).second) return Added::already_there;
    with_shared_stale_ = true;
    written_.insert(path);
    return Added::yes;
}

bool OutputSet::put(const std::string& path, std::string bytes) {
    if (!is_safe_output_path(path)) return false;
    shared_.erase(path);
    with_shared_stale_ = true;
    auto& held = files_[path];
    if (hand_on(path, bytes)) held.clear();
    else held = std::move(bytes);
    return true;
}

const std::string* OutputSet::find(const std::string& path) const {
    if (const auto shared = shared_.find(path); shared != shared_.end()) return shared->second.get();
    auto it = files_.find(path);
    return it == files_.end() || written_.count(path) ? nullptr : &it->second;
}

}  // namespace scrutiny
