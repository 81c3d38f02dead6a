#include "cli/serve.h"

#include <poll.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstring>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <thread>

#include "cli/console.h"
#include "cli/http.h"
#include "common/file_system.h"
#include "common/text.h"
#include "pipeline.h"
#include "publish/output_set.h"

namespace scrutiny {

namespace serve_detail {

// `text` with every byte that `keep` refuses written as %XX.
template <typename Keep>
std::string percent_encoded(std::string_view text, Keep keep) {
    std::string out;
    for (unsigned char c : text) {
        if (keep(c)) out += static_cast<char>(c);
        else out += "%" + std::string(1, "0123456789ABCDEF"[c >> 4]) + "0123456789ABCDEF"[c & 15];
    }
    return out;
}

std::optional<std::string> output_path_for(std::string_view url_path) {
    if (url_path.empty() || url_path[0] != '/') return std::nullopt;
    if (url_path.find('\\') != std::string_view::npos || url_path.find('\0') != std::string_view::npos)
        return std::nullopt;
    std::string path;
    size_t start = 1;
    while (start <= url_path.size()) {
        size_t slash = url_path.find('/', start);
        if (slash == std::string_view::npos) slash = url_path.size();
        const std::string_view segment = url_path.substr(start, slash - start);
        if (segment == "..") return std::nullopt;
        if (!segment.empty() && segment != ".") {
            if (!path.empty()) path += '/';
            path += segment;
        }
        start = slash + 1;
    }
    if (url_path.back() == '/' || path.empty()) path += path.empty() ? "index.html" : "/index.html";
    if (!is_safe_output_path(path)) return std::nullopt;
    return path;
}

std::string content_type_for(std::string_view path) {
    static const std::map<std::string, std::string, std::less<>> types = {
        {".html", "text/html; charset=utf-8"},      {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},  {".json", "application/json"},
        {".csv", "text/csv; charset=utf-8"},        {".xml", "application/xml"},
        {".svg", "image/svg+xml"},                  {".png", "image/png"},
        {".jpg", "image/jpeg"},                     {".jpeg", "image/jpeg"},
        {".gif", "image/gif"},                      {".webp", "image/webp"},
        {".ico", "image/x-icon"},                   {".txt", "text/plain; charset=utf-8"},
        {".woff2", "font/woff2"},                   {".woff", "font/woff"},
        {".pdf", "application/pdf"},                {".webmanifest", "application/manifest+json"}};
    const size_t dot = path.rfind('.');
    if (dot != std::string_view::npos && path.find('/', dot) == std::string_view::npos) {
        auto it = types.find(path.substr(dot));
        if (it != types.end()) return it->second;
        if (path.substr(dot) == ".atom" || path.substr(path.size() >= 8 ? path.size() - 8 : 0) == "feed.xml")
            return "application/atom+xml";
    }
    return "application/octet-stream";
}

std::string inject_before_body_end(std::string html, std::string_view snippet) {
    size_t at = std::string::npos;
    for (size_t i = html.size(); i-- > 0;)
        if (html[i] == '<' && html.size() - i >= 7) {
            std::string tag = html.substr(i, 7);
            for (auto& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (tag == "</body>") {
                at = i;
                break;
            }
        }
    if (at == std::string::npos) return html + std::string(snippet);
    html.insert(at, snippet);
    return html;
}

std::string error_panel_html(const std::vector<Diagnostic>& errors) {
    if (errors.empty()) return "";
    std::string html =
        "<section id=\"scrutiny-build-errors\" class=\"scrutiny-build-errors\" role=\"alert\" tabindex=\"-1\" "
        "aria-labelledby=\"scrutiny-build-errors-title\">\n"
        "<h2 id=\"scrutiny-build-errors-title\">The site could not be rebuilt</h2>\n"
        "<p>You are seeing the last version that built. Fix ";
    html += errors.size() == 1 ? "this problem" : "these " + std::to_string(errors.size()) + " problems";
    html += " and save: this page reloads by itself.</p>\n<ul>\n";
    size_t shown = 0;
    for (const auto& d : errors) {
        if (++shown > 50) {
            html += "<li>and " + std::to_string(errors.size() - 50) + " more (see the terminal)</li>\n";
            break;
        }
        std::string where = d.where.file;
        if (d.where.line > 0) where += ":" + std::to_string(d.where.line);
        if (d.where.line > 0 && d.where.column > 0) where += ":" + std::to_string(d.where.column);
        html += "<li>";
        if (!where.empty()) html += "<code class=\"scrutiny-where\">" + escape_html(where) + "</code> ";
        html += d.severity == Severity::error ? "<strong>error:</strong> " : "<strong>warning:</strong> ";
        html += escape_html(d.message) + "</li>\n";
    }
    html += "</ul>\n</section>\n";
    return html;
}

std::string injected_snippet(const std::vector<Diagnostic>& errors, unsigned long long generation) {
    return "<link rel=\"stylesheet\" href=\"/__scrutiny/serve.css\">\n" + error_panel_html(errors) +
           "<script src=\"/__scrutiny/reload.js\" data-generation=\"" + std::to_string(generation) +
           "\" defer></script>\n";
}

}  // namespace serve_detail

namespace {

using namespace serve_detail;

constexpr const char* kReloadScript = R"(// scrutiny serve: reloads this page when the site is rebuilt. Served only by `scrutiny serve`.
(function () {
  "use strict";
  var script = document.currentScript;
  var generation = script ? script.getAttribute("data-generation") : "";
  var panel = document.getElementById("scrutiny-build-errors");
  if (panel) panel.focus();
  if (!window.EventSource) return;
  var events = new EventSource("/__scrutiny/events?since=" + encodeURIComponent(generation || ""));
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
})();
)";

constexpr const char* kServeCss = R"(/* scrutiny serve: the build-error panel. Served only by `scrutiny serve`. */
.scrutiny-build-errors {
  position: fixed; inset: 0 0 auto 0; z-index: 2147483647; max-height: 60vh; overflow: auto;
  margin: 0; padding: 1rem 1.5rem; background: #fff; color: #0b0c0c;
  border-bottom: 6px solid #d4351c; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.35);
  font: 1rem/1.5 system-ui, sans-serif;
}
.scrutiny-build-errors:focus { outline: 3px solid #fd0; outline-offset: -3px; }
.scrutiny-build-errors h2 { margin: 0 0 0.5rem; font-size: 1.25rem; color: #942514; }
.scrutiny-build-errors ul { margin: 0.5rem 0 0; padding-left: 1.25rem; }
.scrutiny-build-errors li { margin: 0.25rem 0; }
.scrutiny-build-errors code { font: 0.95rem/1.4 ui-monospace, monospace; background: #f3f2f1; padding: 0 0.25rem; }
@media (prefers-color-scheme: dark) {
  .scrutiny-build-errors { background: #1d1d1d; color: #f3f2f1; }
  .scrutiny-build-errors h2 { color: #ff9b8a; }
  .scrutiny-build-errors code { background: #333; }
}
)";

// The served state: the last good site and the latest build's errors.
struct LiveSite {
    std::mutex mutex;
    std::condition_variable changed;
    std::shared_ptr<const OutputSet> site;  // the last good build; null until one succeeds
    std::vector<Diagnostic> errors;         // the latest build's, when it failed
    unsigned long long generation = 0;      // bumped after every build, good or bad
    bool stopping = false;
    int event_streams = 0;  // open live-reload connections, each holding a server thread
    RenderCache cache;  // pages of the last build, re-rendered only when their view changes
};

struct BuildResult {
    bool ok = false;
    size_t pages = 0;
    long long ms = 0;
};

BuildResult rebuild(const ServeCommandOptions& options, const std::string& base_url, LiveSite& live, std::ostream& out,
                    std::ostream& err) {
    const auto started = std::chrono::steady_clock::now();
    DiskFileSystem fs(options.source);
    Diagnostics diags;
    PipelineOptions pipeline;
    pipeline.base_url = base_url;
    pipeline.build.build_date = build_date_from_environment();
    std::optional<BuiltSite> built;
    {
        console::Progress progress("building...", !options.quiet);
        built = build_site(fs, pipeline, diags, &live.cache);
    }
    BuildResult result;
    result.ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    const bool colour = console::colour_enabled(err);
    for (const auto& d : diags.sorted())
        if (d.severity == Severity::error || !options.quiet) err << console::paint_diagnostic(format_diagnostic(d), colour) << '\n';
    {
        std::lock_guard lock(live.mutex);
        if (built) {
            live.site = std::make_shared<const OutputSet>(std::move(built->files));
            live.errors.clear();
            result.ok = true;
            result.pages = built->pages;
        } else {
            live.errors.clear();
            for (const auto& d : diags.sorted())
                if (d.severity == Severity::error) live.errors.push_back(d);
        }
        ++live.generation;
    }
    live.changed.notify_all();
    if (result.ok) {
        if (!options.quiet) out << "built " << result.pages << " pages in " << result.ms << " ms" << std::endl;
    } else {
        err << console::paint(std::to_string(diags.error_count()) + (diags.error_count() == 1 ? " error" : " errors"),
                              console::Style::error, colour)
            << "; still serving the last good site" << std::endl;
    }
    return result;
}

// Watches site_config.toml, content/, themes/ and assets/ (recursively, including folders
// created later) and calls `on_change` once per burst of changes.
class Watcher {
public:
    explicit Watcher(std::string root) : root_(std::move(root)) {
        fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        stop_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (fd_ >= 0) {
            add(root_, "");
            for (const char* dir : {"content", "themes", "assets"}) add_tree(dir);
        }
    }
    ~Watcher() {
        if (fd_ >= 0) close(fd_);
        if (stop_fd_ >= 0) close(stop_fd_);
    }
    bool ok() const { return fd_ >= 0 && stop_fd_ >= 0; }
    void stop() {
        const uint64_t one = 1;
        [[maybe_unused]] auto n = write(stop_fd_, &one, sizeof one);
    }

    // Blocks until a relevant change (true) or stop() (false); gathers a burst of events that
    // arrive within `quiet` of each other, so one save that touches several files builds once.
    bool wait(std::chrono::milliseconds quiet) {
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

private:
    void add(const std::string& relative, const std::string& as) {
        const std::string full = relative.empty() || relative == root_ ? root_ : root_ + "/" + relative;
        const uint32_t mask = IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE |
                              IN_DELETE_SELF | IN_ATTRIB | IN_ONLYDIR;
        const int wd = inotify_add_watch(fd_, full.c_str(), mask);
        if (wd >= 0) dirs_[wd] = as;
    }
    void add_tree(const std::string& relative) {
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
    static bool ignored_name(const std::string& name) {
        if (name.empty() || name[0] == '.' || name[0] == '#' || name.back() == '~' || name == "4913") return true;
        for (const char* suffix : {".swp", ".swx", ".tmp", ".part"})
            if (name.size() > std::char_traits<char>::length(suffix) &&
                name.compare(name.size() - std::char_traits<char>::length(suffix), std::string::npos, suffix) == 0)
                return true;
        return false;
    }
    // Reads every pending event; true when one concerns the site's sources.
    bool drain() {
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

    std::string root_;
    int fd_ = -1, stop_fd_ = -1;
    std::map<int, std::string> dirs_;  // watch descriptor -> folder relative to the site ("" = the site)
};

bool is_loopback(const std::string& host) {
    return host == "localhost" || host.rfind("127.", 0) == 0 || host == "::1";
}

void answer(LiveSite& live, const httplib::Request& req, httplib::Response& res) {
    std::shared_ptr<const OutputSet> site;
    std::vector<Diagnostic> errors;
    unsigned long long generation = 0;
    {
        std::lock_guard lock(live.mutex);
        site = live.site;
        errors = live.errors;
        generation = live.generation;
    }
    res.set_header("Cache-Control", "no-store");
    // The raw target too: a client may send "%2e%2e" that some layer decodes late.
    std::string raw = req.target.substr(0, req.target.find('?'));
    for (auto& c : raw) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto path = output_path_for(req.path);
    if (!path || raw.find("%2e%2e") != std::string::npos || raw.find("%2f") != std::string::npos ||
        raw.find("%5c") != std::string::npos) {
        res.status = 403;
        res.set_content("403 Forbidden: this path leaves the site\n", "text/plain; charset=utf-8");
        return;
    }
    const std::string snippet = injected_snippet(errors, generation);
    if (!site) {
        res.status = 503;
        res.set_content(inject_before_body_end("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                               "<title>Site not built yet</title></head><body>"
                                               "<main><h1>The site has not built yet</h1></main></body></html>\n",
                                               snippet),
                        "text/html; charset=utf-8");
        return;
    }
    const std::string* bytes = site->find(*path);
    if (!bytes && site->find(*path + "/index.html")) {  // a folder asked for without its slash
        res.status = 301;
        // Built from the normalised path, so "//host" can never become a redirect to another site.
        // Percent-encoded where needed: a header carries printable ASCII only.
        std::string location = "/" + percent_encoded(*path, [](unsigned char c) { return std::isalnum(c) || std::strchr("-._~/", c); });
        location += "/";
        if (const size_t query = req.target.find('?'); query != std::string::npos)  // kept as sent
            location += percent_encoded(req.target.substr(query), [](unsigned char c) { return c > 0x20 && c < 0x7F; });
        res.set_header("Location", location);
        return;
    }
    if (!bytes) {
        res.status = 404;
        const std::string* not_found = site->find("404.html");
        res.set_content(inject_before_body_end(not_found ? *not_found : "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>", snippet),
                        "text/html; charset=utf-8");
        return;
    }
    const std::string type = content_type_for(*path);
    if (type.rfind("text/html", 0) == 0) res.set_content(inject_before_body_end(*bytes, snippet), type);
    else res.set_content(*bytes, type);
}

}  // namespace

int run_serve(const ServeCommandOptions& options, std::ostream& out, std::ostream& err) {
    if (!std::filesystem::is_directory(options.source) || !std::filesystem::is_regular_file(std::filesystem::path(options.source) / "site_config.toml")) {
        err << "error: no site_config.toml in `" << options.source << "`; run scrutiny in a site folder or pass --source DIR\n";
        return 2;
    }
    if (options.port < 0 || options.port > 65535) {
        err << "error: --port must be between 0 and 65535 (0 picks a free port)\n";
        return 2;
    }
    // Ctrl-C and SIGTERM are taken by this thread alone (sigtimedwait below), so every other
    // thread runs undisturbed and the shutdown is orderly.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    httplib::Server server;
    // Each open page holds a thread for its live-reload events, so those are capped at half the
    // threads: pages are always answered, however many tabs are open. A client that stalls
    // mid-request gives its thread up after the read or write timeout.
    constexpr int kThreads = 32, kMostEventStreams = kThreads / 2;
    server.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
    server.set_keep_alive_timeout(2);
    server.set_read_timeout(3, 0);
    server.set_write_timeout(3, 0);
    const int port = options.port == 0 ? server.bind_to_any_port(options.bind)
                                       : (server.bind_to_port(options.bind, options.port) ? options.port : -1);
    if (port < 0) {
        err << "error: cannot listen on " << options.bind << ":" << options.port
            << "; another program may be using that port, so pass --port with another number (or 0 for any free port)\n";
        return 2;
    }
    const std::string host = options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
    const std::string base_url = "http://" + host + ":" + std::to_string(port) + "/";

    LiveSite live;
    rebuild(options, base_url, live, out, err);

    server.Get("/__scrutiny/reload.js", [](const httplib::Request&, httplib::Response& res) {
        res.set_header("Cache-Control", "no-store");
        res.set_content(kReloadScript, "text/javascript; charset=utf-8");
    });
    server.Get("/__scrutiny/serve.css", [](const httplib::Request&, httplib::Response& res) {
        res.set_header("Cache-Control", "no-store");
        res.set_content(kServeCss, "text/css; charset=utf-8");
    });
    server.Get("/__scrutiny/events", [&live](const httplib::Request& req, httplib::Response& res) {
        unsigned long long since = 0;
        bool known = false;
        if (req.has_param("since")) try {
                since = std::stoull(req.get_param_value("since"));
                known = true;
            } catch (const std::exception&) {
            }
        {
            std::lock_guard lock(live.mutex);
            if (!known) since = live.generation;
            if (live.event_streams >= kMostEventStreams) {
                // EventSource gives up on a 503 without retrying: that page just does not reload itself.
                res.status = 503;
                res.set_content(std::to_string(kMostEventStreams) +
                                    " pages already hold live-reload connections; close some tabs (pages still load, but "
                                    "this one does not reload by itself)\n",
                                "text/plain; charset=utf-8");
                return;
            }
            ++live.event_streams;
        }
        res.set_header("Cache-Control", "no-store");
        res.set_chunked_content_provider("text/event-stream", [&live, since](size_t, httplib::DataSink& sink) mutable {
            std::unique_lock lock(live.mutex);
            live.changed.wait_for(lock, std::chrono::seconds(10), [&] { return live.stopping || live.generation != since; });
            if (live.stopping) {
                lock.unlock();
                sink.done();
                return true;
            }
            std::string message;
            if (live.generation != since) {
                since = live.generation;
                message = "event: reload\ndata: " + std::to_string(since) + "\n\n";
            } else {
                message = ": still here\n\n";  // keeps proxies and the browser from timing out
            }
            lock.unlock();
            return sink.write(message.data(), message.size());
        }, [&live](bool) {
            std::lock_guard lock(live.mutex);
            --live.event_streams;
        });
    });
    server.Get(".*", [&live](const httplib::Request& req, httplib::Response& res) { answer(live, req, res); });

    std::thread http([&] { server.listen_after_bind(); });
    Watcher watcher(options.source);
    if (!watcher.ok()) err << "warning: cannot watch the site's files (inotify); pages will not rebuild on change\n";
    std::thread watch([&] {
        while (watcher.ok() && watcher.wait(std::chrono::milliseconds(20))) {
            if (options.verbose) out << "change seen; rebuilding" << std::endl;
            rebuild(options, base_url, live, out, err);
        }
    });

    if (!is_loopback(options.bind))
        err << "warning: serving on " << options.bind << ", so other machines can see this preview\n";
    out << "serving http://" << host << ":" << port << "/ (Ctrl-C to stop)" << std::endl;

    int status = 0;
    while (true) {
        timespec tick{0, 200'000'000};
        const int sig = sigtimedwait(&signals, nullptr, &tick);
        if (sig == SIGINT || sig == SIGTERM) break;
        if (!server.is_running() && sig < 0 && errno == EAGAIN) {
            // listen_after_bind returned on its own: the socket failed.
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (!server.is_running()) {
                err << "error: the server stopped unexpectedly\n";
                status = 1;
                break;
            }
        }
    }
    {
        std::lock_guard lock(live.mutex);
        live.stopping = true;
    }
    live.changed.notify_all();
    watcher.stop();
    server.stop();
    http.join();
    watch.join();
    if (!options.quiet) out << "stopped" << std::endl;
    return status;
}

}  // namespace scrutiny
