#include "spc/special_cause_rules.h"

#include <cmath>

namespace scrutiny::spc {

std::string_view rule_name(Rule r) {
    switch (r) {
        case Rule::none: return "";
        case Rule::above_ucl: return "above_ucl";
        case Rule::below_lcl: return "below_lcl";
        case Rule::trend_up: return "trend_up";
        case Rule::trend_down: return "trend_down";
        case Rule::two_in_three_high: return "two_in_three_high";
        case Rule::two_in_three_low: return "two_in_three_low";
        case Rule::shift_high: return "shift_high";
        case Rule::shift_low: return "shift_low";
    }
    return "";
}

std::string_view point_type_name(PointType t) {
    switch (t) {
        case PointType::common_cause: return "common_cause";
        case PointType::special_cause_improvement: return "special_cause_improvement";
        case PointType::special_cause_concern: return "special_cause_concern";
        case PointType::special_cause_neutral_high: return "special_cause_neutral_high";
        case PointType::special_cause_neutral_low: return "special_cause_neutral_low";
    }
    return "common_cause";
}

std::string_view improvement_name(Improvement i) {
    switch (i) {
        case Improvement::increase: return "increase";
        case Improvement::decrease: return "decrease";
        case Improvement::neutral: return "neutral";
    }
    return "increase";
}

int rule_direction(Rule r) {
    switch (r) {
        case Rule::above_ucl:
        case Rule::trend_up:
        case Rule::two_in_three_high:
        case Rule::shift_high: return 1;
        case Rule::below_lcl:
        case Rule::trend_down:
        case Rule::two_in_three_low:
        case Rule::shift_low: return -1;
        case Rule::none: return 0;
    }
    return 0;
}

PointType point_type(Rule r, Improvement improvement) {
    int dir = rule_direction(r);
    if (dir == 0) return PointType::common_cause;
    if (improvement == Improvement::neutral)
        return dir > 0 ? PointType::special_cause_neutral_high : PointType::special_cause_neutral_low;
    int good = improvement == Improvement::increase ? 1 : -1;
    return dir == good ? PointType::special_cause_improvement : PointType::special_cause_concern;
}

void classify_segment(std::span<const double> y, const Limits& l, int shift_run, int trend_run,
                      std::span<Rule> rules) {
    const size_t n = y.size();
    for (size_t i = 0; i < n; ++i) rules[i] = Rule::none;
    // Branch-free: on noisy data every comparison is a coin toss for the branch predictor.
    auto side = [&](double x) { return int(x > l.mean) - int(x < l.mean); };
    auto near = [&](double x) {
        return bool((int(x <= l.ucl) & int(x >= l.lcl)) & (int(x > l.near_ucl) | int(x < l.near_lcl)));
    };

    // Rules are applied lowest priority first, each overwriting, so the highest-priority
    // rule that applies names the point.

    // 4. Shift: a run of shift_run points strictly on one side; flag the whole run.
    {
        const size_t need = static_cast<size_t>(shift_run);
        size_t run = 0, run_start = 0;
        int run_side = 0;
        for (size_t i = 0; i < n; ++i) {
            int s = side(y[i]);
            bool same = (s != 0) & (s == run_side);
            run = same ? run + 1 : size_t(s != 0);
            run_start = same ? run_start : i;
            run_side = s;
            if (run < need) continue;
            Rule r = run_side > 0 ? Rule::shift_high : Rule::shift_low;
            if (run == need)  // flag the run so far, then each further point as it comes
                for (size_t j = run_start; j <= i; ++j) rules[j] = r;
            else
                rules[i] = r;
        }
    }

    // 3. Two in three: a window of three points strictly on one side with at least two in
    // the near zone (a point outside the limits is not near); flag only its near-zone points.
    {
        int s0 = 0, s1 = 0;
        bool n0 = false, n1 = false;
        for (size_t i = 0; i < n; ++i) {
            int s2 = side(y[i]);
            bool n2 = near(y[i]);
            if (i >= 2 && s2 != 0 && s0 == s2 && s1 == s2 && int(n0) + int(n1) + int(n2) >= 2) {
                Rule r = s2 > 0 ? Rule::two_in_three_high : Rule::two_in_three_low;
                if (n0) rules[i - 2] = r;
                if (n1) rules[i - 1] = r;
                if (n2) rules[i] = r;
            }
            s0 = s1; s1 = s2;
            n0 = n1; n1 = n2;
        }
    }

    // 2. Trend: trend_run points with every step a strict rise (or every step a strict fall);
    // flag every point of such a window. Members are first marked with a placeholder
    // (trend_up), then each gets its direction: the step to the next point when that point
    // is also a member, else the step from the previous point; a step that is not a strict
    // rise is falling (as NHSRplotthedots does, so a shared peak is trend_down).
    {
        const size_t need = static_cast<size_t>(trend_run - 1);
        size_t steps = 0, run_start = 0;
        int dir = 0;
        for (size_t i = 1; i < n; ++i) {
            int d = int(y[i] > y[i - 1]) - int(y[i] < y[i - 1]);
            bool same = (d != 0) & (d == dir);
            steps = same ? steps + 1 : size_t(d != 0);
            run_start = same ? run_start : i - 1;
            dir = d;
            if (steps < need) continue;
            if (steps == need)
                for (size_t j = run_start; j <= i; ++j) rules[j] = Rule::trend_up;
            else
                rules[i] = Rule::trend_up;
        }
        // Only later points are read as placeholders, so rewriting point i never disturbs a
        // test still to come.
        for (size_t i = 0; i < n; ++i) {
            if (rules[i] != Rule::trend_up) continue;
            bool rising = i + 1 < n && rules[i + 1] == Rule::trend_up ? y[i + 1] > y[i]
                                                                      : i > 0 && y[i] > y[i - 1];
            if (!rising) rules[i] = Rule::trend_down;
        }
    }

    // 1. Outside the limits.
    for (size_t i = 0; i < n; ++i) {
        Rule r = y[i] > l.ucl ? Rule::above_ucl : (y[i] < l.lcl ? Rule::below_lcl : rules[i]);
        rules[i] = r;
    }
}

}  // namespace scrutiny::spc
