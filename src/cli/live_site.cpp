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
}

}  // namespace scrutiny::serve_detail
