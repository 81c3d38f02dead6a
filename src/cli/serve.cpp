#include "cli/serve.h"

#include <signal.h>

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

#include "cli/build_stamp.h"
#include "cli/console.h"
#include "cli/file_watcher.h"
#include "cli/http.h"
#include "cli/live_site.h"
#include "cli/mime_types.h"
#include "cli/serve_panel.h"
#include "cli/serve_url.h"
#include "cli/site_folder.h"
#include "common/file_system.h"
#include "common/text.h"
#include "pipeline.h"
#include "publish/output_set.h"

namespace scrutiny {

namespace {

using namespace serve_detail;

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
    // Files whose size and dates show them unchanged since the last rebuild read them are not
    // read again (their parses and hashes are in the render cache's derived data).
    SettledFiles settled;
    if (input_fingerprint(fs, {pipeline.base_url, pipeline.build.build_date}, &settled)) pipeline.settled_files = &settled;
    std::optional<BuiltSite> built;
    {
        console::Progress progress("building...", !options.quiet);
        built = build_site(fs, pipeline, diags, &live.cache);
    }
    BuildResult result;
    result.ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    const bool colour = console::colour_enabled(err);
    console::print_diagnostic_lines(diags, err, !options.quiet);
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
    raw = ascii_lower(raw);
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
    if (!open_site_folder(options.source, err)) return kUsageError;
    if (options.port < 0 || options.port > 65535) {
        console::report(err, Severity::error, "", "--port must be between 0 and 65535 (0 picks a free port)");
        return kUsageError;
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
    // threads (kMostEventStreams): pages are always answered, however many tabs are open. A client
    // that stalls mid-request gives its thread up after the read or write timeout.
    server.new_task_queue = [] { return new httplib::ThreadPool(kServeThreads); };
    server.set_keep_alive_timeout(2);
    server.set_read_timeout(3, 0);
    server.set_write_timeout(3, 0);
    const int port = options.port == 0 ? server.bind_to_any_port(options.bind)
                                       : (server.bind_to_port(options.bind, options.port) ? options.port : -1);
    if (port < 0) {
        console::report(err, Severity::error, "",
                        "cannot listen on " + options.bind + ":" + std::to_string(options.port) +
                            "; another program may be using that port, so pass --port with another number (or 0 for "
                            "any free port)");
        return kUsageError;
    }
    const std::string host = options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
    const std::string base_url = "http://" + host + ":" + std::to_string(port) + "/";

    LiveSite live;
    rebuild(options, base_url, live, out, err);

    for (const std::string_view path : {kReloadScriptPath, kPanelStylePath})
        server.Get("/" + std::string(path), [path](const httplib::Request&, httplib::Response& res) {
            res.set_header("Cache-Control", "no-store");
            res.set_content(serve_resource(path), content_type_for(path));
        });
    server.Get("/__scrutiny/events", [&live](const httplib::Request& req, httplib::Response& res) {
        stream_reload_events(live, req, res);
    });
    server.Get(".*", [&live](const httplib::Request& req, httplib::Response& res) { answer(live, req, res); });

    std::thread http([&] { server.listen_after_bind(); });
    Watcher watcher(options.source);
    if (!watcher.ok())
        console::report(err, Severity::warning, "", "cannot watch the site's files (inotify); pages will not rebuild on change");
    std::thread watch([&] {
        while (watcher.ok() && watcher.wait(std::chrono::milliseconds(20))) {
            if (options.verbose) out << "change seen; rebuilding" << std::endl;
            rebuild(options, base_url, live, out, err);
        }
    });

    if (!is_loopback(options.bind))
        console::report(err, Severity::warning, "", "serving on " + options.bind + ", so other machines can see this preview");
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
                console::report(err, Severity::error, "", "the server stopped unexpectedly");
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
