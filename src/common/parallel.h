// Runs independent jobs on every core. Each worker is given its index, so it can keep its own
// state (a renderer, a diagnostics sink); results go into slots by job index, so the output
// never depends on scheduling.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace scrutiny {

inline size_t worker_count() {
    return std::max<size_t>(1, std::min<size_t>(std::thread::hardware_concurrency(), 8));
}

// Calls job(worker, i) for i in [0, n): each worker takes the next job not yet taken, so a
// worker that gets heavy pages (or less of a shared core) never leaves the others idle at the end.
template <typename Job>
void parallel_for(size_t n, size_t workers, const Job& job) {
    std::atomic<size_t> next{0};
    auto run = [&](size_t w) {
        for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) job(w, i);
    };
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers && w < n; ++w) threads.emplace_back(run, w);
    run(0);
    for (auto& t : threads) t.join();
}

}  // namespace scrutiny
