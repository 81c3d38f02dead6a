#include "spc/recalculation.h"

#include <cmath>
#include <vector>

namespace scrutiny::spc {

std::string_view segment_reason_name(SegmentReason r) {
    switch (r) {
        case SegmentReason::initial: return "initial";
        case SegmentReason::manual: return "manual";
        case SegmentReason::automatic: return "auto";
    }
    return "initial";
}

namespace {

bool has_present(std::span<const double> v) {
    for (double x : v)
        if (!std::isnan(x)) return true;
    return false;
}

// Where the segment starting at `seg_first` ends: the first month of the first run that
// recalculates it, or `end`. Runs are counted over present months only, from the
// `fix`-th present month of the segment on (so the baseline is fixed and a new segment never
// starts sooner: SPC.md section 4); a run containing a point that is part of a trend (as
// known at the month completing the run) never starts one, since a trend is not a step.
struct SplitScan {
    size_t split;     // first month of the new segment, or the block's end
    size_t detected;  // the month completing the run
    int open_run;     // at the block's end: the run that could still recalculate (0 if none)
    int open_side;
};

SplitScan find_split(std::span<const double> values, size_t seg_first, size_t end, double mean, int fix,
                     int n_run, int trend_run) {
    std::vector<size_t> month;  // present months of the segment so far
    std::vector<char> in_trend;
    int run = 0, run_side = 0;
    size_t run_first = 0;  // position in `month`
    bool run_is_trend = false;
    size_t steps = 0, steps_first = 0;
    int step_dir = 0;
    for (size_t t = seg_first; t < end; ++t) {
        if (std::isnan(values[t])) continue;
        const size_t k = month.size();
        month.push_back(t);
        in_trend.push_back(0);
        // Trend membership as known at t (the rule of section 3, counted incrementally).
        if (k > 0) {
            double now = values[t], before = values[month[k - 1]];
            int d = int(now > before) - int(now < before);
            bool same = d != 0 && d == step_dir;
            steps = same ? steps + 1 : size_t(d != 0);
            steps_first = same ? steps_first : k - 1;
            step_dir = d;
            if (steps + 1 >= static_cast<size_t>(trend_run))
                for (size_t j = steps_first; j <= k; ++j) in_trend[j] = 1;
        }
        if (static_cast<int>(k) < fix) continue;
        int side = values[t] > mean ? 1 : (values[t] < mean ? -1 : 0);
        if (side != 0 && side == run_side) {
            ++run;
        } else {
            run = side != 0 ? 1 : 0;
            run_side = side;
            run_first = k;
            run_is_trend = false;
        }
        if (run < n_run || run_is_trend) continue;
        for (size_t j = run_first; j <= k; ++j) run_is_trend = run_is_trend || in_trend[j];
        if (run_is_trend) continue;
        return {month[run_first], t, 0, 0};
    }
    for (size_t j = run_first; run > 0 && j < month.size(); ++j) run_is_trend = run_is_trend || in_trend[j];
    return {end, end, run_is_trend ? 0 : run, run_side};
}

// Scans the manual block [first, end) for automatic recalculations, appending segments.
void plan_block(std::span<const double> values, size_t first, size_t end, SegmentReason reason,
                const RecalculationSettings& s, std::vector<SegmentPlan>& out) {
    const int fix = s.fix_after_n_points.value_or(12);
    size_t seg_first = first, detected = first;
    while (true) {
        SegmentPlan p;
        p.first = seg_first;
        p.reason = reason;
        p.detected = detected;
        // The baseline is the first `fix` present months, so the mean the scan compares with
        // is the one the final segment draws.
        double mean = compute_limits(values.subspan(seg_first, end - seg_first), s.screen_outliers, fix).mean;
        SplitScan scan = find_split(values, seg_first, end, mean, fix, s.recalculate_after, s.trend_run);
        const size_t split = scan.split;
        p.end = split;
        p.open_run = scan.open_run;
        p.open_side = scan.open_side;
        p.limits = compute_limits(values.subspan(seg_first, split - seg_first), s.screen_outliers, fix);
        out.push_back(p);
        if (split == end) return;
        seg_first = split;
        detected = scan.detected;
        reason = SegmentReason::automatic;
    }
}

}  // namespace

std::vector<SegmentPlan> plan_segments(std::span<const double> values, std::span<const size_t> rebase,
                                       const RecalculationSettings& s) {
    std::vector<SegmentPlan> out;
    size_t first = 0;
    SegmentReason reason = SegmentReason::initial;
    auto close_block = [&](size_t end) {
        if (end <= first) return;
        if (s.recalculate_after > 0 && has_present(values.subspan(first, end - first))) {
            plan_block(values, first, end, reason, s, out);
        } else {
            SegmentPlan p;
            p.first = first;
            p.end = end;
            p.reason = reason;
            p.detected = first;
            p.limits = compute_limits(values.subspan(first, end - first), s.screen_outliers,
                                      s.fix_after_n_points);
            out.push_back(p);
        }
    };
    for (size_t r : rebase) {
        if (r == 0 || r >= values.size()) continue;
        close_block(r);
        first = r;
        reason = SegmentReason::manual;
    }
    close_block(values.size());
    return out;
}

}  // namespace scrutiny::spc
