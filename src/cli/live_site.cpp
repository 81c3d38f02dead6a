#include "cli/live_site.h"

#include <chrono>
#include <string>

namespace scrutiny::serve_detail {

void stream_reload_events(LiveSite& live, const httplib::Request& req, httplib::Response& res) {
    unsigned long long since = 0;
    bool known = false;
    if (req.has_param("since")) try {
            since = std::stoull(req.get_param_value("since"));
            known = true;
        } catch (const std::exception&) {
        }
    if (!known) {
        std::lock_guard lock(live.mutex);
        since = live.generation;
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
    });
}

}  // namespace scrutiny::serve_detail
