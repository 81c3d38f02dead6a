// Fuzz target: the control-chart engine on arbitrary numbers and options. The first bytes
// choose the options; the rest are doubles (any bit pattern: NaN, infinities, 1e308).
#include <cstring>

#include "fuzz_input.h"
#include "spc/analyse_series.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace scrutiny::spc;
    if (size < 8) return 0;
    SeriesInput input;
    input.start = Period{2000 + data[0] % 50, 1 + data[1] % 12};
    input.improvement = static_cast<Improvement>(data[2] % 3);
    input.options.shift_run = data[3] % 12;
    input.options.trend_run = data[4] % 12;
    input.options.recalculate_after = data[5] % 16;
    input.options.screen_outliers = data[6] & 1;
    if (data[6] & 2) input.options.fix_after_n_points = data[7] % 30;
    if (data[6] & 4) input.aggregate = Aggregate::mean;
    size_t at = 8;
    if (data[6] & 8 && size >= at + 8) {
        double target;
        std::memcpy(&target, data + at, 8);
        input.target = target;
        at += 8;
    }
    for (; at + 8 <= size && input.values.size() < 600; at += 8) {
        double v;
        std::memcpy(&v, data + at, 8);
        input.values.push_back(v);
    }
    if (data[6] & 16 && !input.values.empty()) input.rebase.push_back(input.start.plus(static_cast<int>(input.values.size() / 2)));
    if (!validate(input).empty()) return 0;
    const SeriesChart chart = analyse_series(input);
    if (chart.points.size() != input.values.size()) __builtin_trap();
    return 0;
}
