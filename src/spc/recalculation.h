// Where baseline segments start: manual rebase points and automatic recalculation
// (docs/spc-method.md sections 2 and 4).
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "spc/limits.h"

namespace scrutiny::spc {

enum class SegmentReason { initial, manual, automatic };

// "initial", "manual", "auto".
std::string_view segment_reason_name(SegmentReason r);

struct SegmentPlan {
    size_t first = 0;     // index of the segment's first month in the series
    size_t end = 0;       // one past its last month
    SegmentReason reason = SegmentReason::initial;
    size_t detected = 0;  // index of the month at which the segment became known: its first
                          // month, or for "auto" the month completing the run
    Limits limits;
    // With automatic recalculation: the run of months on one side of the mean at the
    // segment's end that would recalculate it if it reached recalculate_after (0 when there
    // is none, or it is part of a trend); open_side is +1 above, -1 below.
    int open_run = 0;
    int open_side = 0;
};

struct RecalculationSettings {
    bool screen_outliers = true;
    std::optional<int> fix_after_n_points;  // with automatic recalculation, default 12
    int recalculate_after = 0;              // 0: off
    int trend_run = 7;                      // a run inside a trend is not a step
};

// Splits a series into segments. `rebase` holds sorted, distinct indices of manual rebase
// months (an index 0 changes nothing). Each segment must contain at least one present value
// (the caller validates). With recalculate_after = N > 0 (SPC.md section 4) each segment's
// mean comes from its first fix_after_n_points present values (default 12); from that many
// present values into the segment on, the first time N consecutive present values lie
// strictly on one side of the mean, a new segment ("auto") starts at the first of them,
// unless a point of that run is part of a trend (trend_run strict rises or falls, as known
// at the month completing the run): a steady rise is one average, not a staircase. The scan
// is causal: a later month never moves an earlier recalculation.
std::vector<SegmentPlan> plan_segments(std::span<const double> values, std::span<const size_t> rebase,
                                       const RecalculationSettings& settings);

}  // namespace scrutiny::spc
