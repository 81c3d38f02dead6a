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
};

struct RecalculationSettings {
    bool screen_outliers = true;
    std::optional<int> fix_after_n_points;  // with automatic recalculation, default 12
    int recalculate_after = 0;              // 0: off
};

// Splits a series into segments. `rebase` holds sorted, distinct indices of manual rebase
// months (an index 0 changes nothing). Each segment must contain at least one present value
// (the caller validates). With recalculate_after = N > 0 the scan is causal: at each month t
// the segment's mean is the one known at t (from its first fix_after_n_points present values
// up to t); the first time the N present values ending at t lie strictly on one side of it,
// a new segment ("auto") starts at the first of them. Limits of the final segments come from
// their own first values.
std::vector<SegmentPlan> plan_segments(std::span<const double> values, std::span<const size_t> rebase,
                                       const RecalculationSettings& settings);

}  // namespace scrutiny::spc
