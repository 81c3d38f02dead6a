#include "spc/recalculation.h"

#include <cmath>

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

// Scans the manual block [first, end) for automatic recalculations, appending segments.
void plan_block(std::span<const double> values, size_t first, size_t end, SegmentReason reason,
                const RecalculationSettings& s, std::vector<SegmentPlan>& out) {
    const int n_run = s.recalculate_after;
    const int fix = s.fix_after_n_points.value_or(12);
    size_t seg_first = first, detected = first;
    while (true) {
        // The mean as known at month t: from the first `fix` present values up to t, computed
        // exactly as the final limits will be, so the last segment's mean is the one the
        // scan used at the last month.
        int count = 0;
        double mean = 0;
        int run = 0, run_side = 0;
        size_t run_first = seg_first;
        size_t split = end, split_detected = end;
        for (size_t t = seg_first; t < end; ++t) {
            double x = values[t];
            if (std::isnan(x)) continue;
            if (count < fix) {
                ++count;
                mean = r_mean(values.subspan(seg_first, t + 1 - seg_first));
                // The mean moved: recount the run ending at t against it.
                run = 0;
                run_side = 0;
                for (size_t k = t + 1; k-- > seg_first;) {
                    double y = values[k];
                    if (std::isnan(y)) continue;
                    int side = y > mean ? 1 : (y < mean ? -1 : 0);
                    if (side == 0 || (run_side != 0 && side != run_side)) break;
                    run_side = side;
                    run_first = k;
                    if (++run >= n_run) break;
                }
            } else {
                int side = x > mean ? 1 : (x < mean ? -1 : 0);
                if (side != 0 && side == run_side) {
                    ++run;
                } else {
                    run = side != 0 ? 1 : 0;
                    run_side = side;
                    run_first = t;
                }
            }
            if (run >= n_run && run_first > seg_first) {
                split = run_first;
                split_detected = t;
                break;
            }
        }
        SegmentPlan p;
        p.first = seg_first;
        p.end = split;
        p.reason = reason;
        p.detected = detected;
        p.limits = compute_limits(values.subspan(seg_first, split - seg_first), s.screen_outliers, fix);
        out.push_back(p);
        if (split == end) return;
        seg_first = split;
        detected = split_detected;
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
