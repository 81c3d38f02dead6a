#include "cli/file_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <filesystem>

namespace scrutiny::serve_detail {

namespace {
// Editors' swap, backup and temporary files: saving through them is not a change to the site.
bool ignored_name(const std::string& name) {
    if (name.empty() || name[0] == '.' || name[0] == '#' || name.back() == '~' || name == "4913") return true;
    for (const char* suffix : {".swp", ".swx", ".tmp", ".part"})
        if (name.size() > std::char_traits<char>::length(suffix) &&
            name.compare(name.size() - std::char_traits<char>::length(suffix), std::string::npos, suffix) == 0)
            return true;
    return false;
}
}  // namespace

Watcher::Watcher(std::string root) : root_(std::move(root)) {
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    stop_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (fd_ >= 0) {
        add(root_, "");
        for (const char* dir : {"content", "themes", "assets"}) add_tree(dir);
    }
}

Watcher::~Watcher() {
    if (fd_ >= 0) close(fd_);
    if (stop_fd_ >= 0) close(stop_fd_);
}

void Watcher::stop() {
    const uint64_t one = 1;
    [[maybe_unused]] auto n = write(stop_fd_, &one, sizeof one);
}

bool Watcher::wait(std::chrono::milliseconds quiet) {
    bool relevant = false;
    while (true) {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
        const int timeout = relevant ? static_cast<int>(quiet.count()) : -1;
        const int n = poll(fds, 2, timeout);
        if (n < 0 && errno == EINTR) continue;
        if (fds[1].revents & POLLIN) return false;
        if (n == 0) return true;  // quiet after a relevant change
        if (fds[0].revents & POLLIN) relevant = drain() || relevant;
    }
}

void Watcher::add(const std::string& relative, const std::string& as) {
    const std::string full = relative.empty() || relative == root_ ? root_ : root_ + "/" + relative;
    const uint32_t mask = IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE |
                          IN_DELETE_SELF | IN_ATTRIB | IN_ONLYDIR;
    const int wd = inotify_add_watch(fd_, full.c_str(), mask);
    if (wd >= 0) dirs_[wd] = as;
}

void Watcher::add_tree(const std::string& relative) {
    std::error_code ec;
    const std::filesystem::path full = std::filesystem::path(root_) / relative;
    if (!std::filesystem::is_directory(full, ec)) return;
    add(relative, relative);
    for (auto it = std::filesystem::recursive_directory_iterator(full, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_directory(ec)) {
            const std::string rel = relative + "/" + std::filesystem::relative(it->path(), full, ec).generic_string();
            add(rel, rel);
        }
}

bool Watcher::drain() {
    alignas(inotify_event) char buffer[16384];
    bool relevant = false;
    while (true) {
        const ssize_t len = read(fd_, buffer, sizeof buffer);
        if (len <= 0) break;
        for (ssize_t i = 0; i < len;) {
            const auto* e = reinterpret_cast<const inotify_event*>(buffer + i);
            i += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
            auto dir = dirs_.find(e->wd);
            if (dir == dirs_.end()) continue;
            const std::string name = e->len ? std::string(e->name) : std::string();
            if (dir->second.empty()) {  // the site folder itself: only the config and the watched folders
                if (name == "site_config.toml") relevant = true;
                if ((name == "content" || name == "themes" || name == "assets") && (e->mask & IN_ISDIR)) {
                    if (e->mask & (IN_CREATE | IN_MOVED_TO)) add_tree(name);
                    relevant = true;
                }
                continue;
            }
            if (e->mask & IN_IGNORED) {
                dirs_.erase(dir);
                continue;
            }
            if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO)))
                add_tree(dir->second + "/" + name);
            if (!ignored_name(name) || (e->mask & IN_DELETE_SELF)) relevant = true;
        }
    }
    return relevant;
}

}  // namespace scrutiny::serve_detail
