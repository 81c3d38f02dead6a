// The special-cause rules of docs/spc-method.md section 3, evaluated over one segment's points.
#pragma once

#include <span>
#include <string_view>

#include "spc/limits.h"

namespace scrutiny::spc {

enum class Improvement { increase, decrease, neutral };

// Which rule named a point, in priority order; `none` is common cause (JSON null).
enum class Rule {
    none,
    above_ucl,
    below_lcl,
    trend_up,
    trend_down,
    two_in_three_high,
    two_in_three_low,
    shift_high,
    shift_low,
};

enum class PointType {
    common_cause,
    special_cause_improvement,
    special_cause_concern,
    special_cause_neutral_high,
    special_cause_neutral_low,
};

// The names docs/spc-method.md uses ("above_ucl", ...); "" for Rule::none.
std::string_view rule_name(Rule r);
// "common_cause", "special_cause_concern", ...
std::string_view point_type_name(PointType t);
std::string_view improvement_name(Improvement i);

// +1 when the rule points upwards (above_ucl, trend_up, ..._high), -1 downwards, 0 for none.
int rule_direction(Rule r);

// The point type a rule gives for a metric improving in direction `improvement`.
PointType point_type(Rule r, Improvement improvement);

// Classifies the points of one segment. `values` holds the segment's present values in order
// (callers drop missing months, so rules run "as if the gap were not there"); `rules`
// receives one rule per value. No run or window crosses the segment: call once per segment.
// Allocation-free, O(n).
void classify_segment(std::span<const double> values, const Limits& limits, int shift_run,
                      int trend_run, std::span<Rule> rules);

}  // namespace scrutiny::spc
