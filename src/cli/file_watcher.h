// `serve`'s watcher: inotify on the site's sources, one wake-up per burst of changes.
#pragma once

#include <chrono>
#include <map>
#include <string>

namespace scrutiny::serve_detail {

// Watches site_config.toml, content/, themes/ and assets/ (recursively, including folders
// created later).
class Watcher {
public:
    explicit Watcher(std::string root);
    ~Watcher();
    Watcher(const Watcher&) = delete;
    Watcher& operator=(const Watcher&) = delete;

    bool ok() const { return fd_ >= 0 && stop_fd_ >= 0; }
    // Makes a wait() in another thread return false.
    void stop();
    // Blocks until a relevant change (true) or stop() (false); gathers a burst of events that
    // arrive within `quiet` of each other, so one save that touches several files builds once.
    bool wait(std::chrono::milliseconds quiet);

private:
    void add(const std::string& relative, const std::string& as);
    void add_tree(const std::string& relative);
    // Reads every pending event; true when one concerns the site's sources.
    bool drain();

    std::string root_;
    int fd_ = -1, stop_fd_ = -1;
    std::map<int, std::string> dirs_;  // watch descriptor -> folder relative to the site ("" = the site)
};

}  // namespace scrutiny::serve_detail
