// Times the control-chart engine on a site-sized load: 500 metrics x 6 areas x 120 months,
// generated deterministically (fixed-seed PRNG). Prints the median of 5 runs.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <vector>

#include "spc/analyse_series.h"

namespace {

// splitmix64: tiny, fixed, identical on every platform.
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

// CPU time of this thread: unlike wall time, it does not count time spent descheduled
// while other processes (parallel builds) hold the cores.
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

}  // namespace

int main() {
    using namespace scrutiny::spc;
    constexpr int kMetrics = 500, kAreas = 6, kMonths = 120, kRuns = 5;
    Rng rng{20170701};
    std::vector<SeriesInput> inputs;
    inputs.reserve(kMetrics * kAreas);
    for (int m = 0; m < kMetrics; ++m) {
        for (int a = 0; a < kAreas; ++a) {
            SeriesInput in;
            in.start = {2014, 4};
            double level = 20 + rng.uniform() * 2000;
            for (int i = 0; i < kMonths; ++i) {
                if (i == 60) level *= 0.8 + rng.uniform() * 0.4;  // a step change half way
                double noise = (rng.uniform() + rng.uniform() + rng.uniform() - 1.5) * level * 0.1;
                double seasonal = std::sin(i * 0.5236) * level * 0.05;
                in.values.push_back(rng.uniform() < 0.01 ? NAN : std::round(level + noise + seasonal));
            }
            in.improvement = m % 3 == 0 ? Improvement::increase : (m % 3 == 1 ? Improvement::decrease : Improvement::neutral);
            if (m % 2 == 0) in.target = level;
            if (m % 5 == 0) in.rebase.push_back({2018, 4});
            in.options.recalculate_after = m % 4 == 0 ? 8 : 0;
            inputs.push_back(std::move(in));
        }
    }

    std::vector<double> times, cpu_times;
    std::size_t special = 0;
    for (int run = 0; run < kRuns; ++run) {
        double c0 = thread_cpu_ms();
        auto t0 = std::chrono::steady_clock::now();
        std::size_t count = 0;
        for (const SeriesInput& in : inputs) {
            SeriesChart chart = analyse_series(in);
            count += chart.summary.variation != PointType::common_cause;
        }
        auto t1 = std::chrono::steady_clock::now();
        cpu_times.push_back(thread_cpu_ms() - c0);
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        special = count;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu_times.begin(), cpu_times.end());
    std::printf("spc: %d series x %d months in %.1f ms (median of %d; %.1f ms CPU; %zu series end in "
                "special cause)\n",
                kMetrics * kAreas, kMonths, times[kRuns / 2], kRuns, cpu_times[kRuns / 2], special);
    return 0;
}
