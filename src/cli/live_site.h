// What `serve` is serving, shared by the builder, the page handler and the reload events: the
// last good site, the latest build's errors, and a generation number that every build bumps.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "cli/http.h"
#include "common/diagnostics.h"
#include "pipeline.h"
#include "publish/output_set.h"

namespace scrutiny::serve_detail {

struct LiveSite {
    std::mutex mutex;
    std::condition_variable changed;
    std::shared_ptr<const OutputSet> site;  // the last good build; null until one succeeds
    std::vector<Diagnostic> errors;         // the latest build's, when it failed
    unsigned long long generation = 0;      // bumped after every build, good or bad
    bool stopping = false;
    RenderCache cache;  // pages of the last build, re-rendered only when their view changes
};

// Server-sent events for one open page: "reload" as soon as the generation differs from the
// page's (`since`, or the current one when the page gives none), a comment every ten seconds
// to keep the connection open, and the end of the stream when serve stops.
void stream_reload_events(LiveSite& live, const httplib::Request& req, httplib::Response& res);

}  // namespace scrutiny::serve_detail
