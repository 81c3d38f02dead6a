// XmR process limits of one baseline segment (docs/spc-method.md section 2).
#pragma once

#include <optional>
#include <span>

namespace scrutiny::spc {

// The XmR constants as NHSRplotthedots writes them, so limits agree to the last bit.
inline constexpr double kLimitSigma = 2.66;
inline constexpr double kNearLimitSigma = 2 * (kLimitSigma / 3);
inline constexpr double kOutlierScreen = 3.267;

struct Limits {
    double mean = 0;
    double amr = 0;  // mean moving range after screening
    double lcl = 0;
    double ucl = 0;
    double near_lcl = 0;
    double near_ucl = 0;
    int baseline_points = 0;  // present values the limits were computed from
};

// Mean in R's way (long double sum, then one correction pass), so that our means match
// NHSRplotthedots to well within 1e-9 relative. Skips NaN; returns NaN for no values.
double r_mean(std::span<const double> values);

// The limits of one segment's values (NaN = missing month, skipped). The baseline is the
// first `baseline_limit` present values (all when empty). Moving ranges are taken between
// neighbouring months only, never across a gap. With `screen_outliers`, moving ranges
// >= 3.267 x their mean are dropped before the final mean moving range, unless every moving
// range is zero. No moving range at all (one value) gives amr 0: a flat chart.
// Precondition: at least one present value.
Limits compute_limits(std::span<const double> values, bool screen_outliers,
                      std::optional<int> baseline_limit);

}  // namespace scrutiny::spc
