#include "spc/limits.h"

#include <cmath>
#include <limits>

namespace scrutiny::spc {

double r_mean(std::span<const double> values) {
    long double sum = 0;
    long n = 0;
    for (double v : values)
        if (!std::isnan(v)) { sum += v; ++n; }
    if (n == 0) return std::numeric_limits<double>::quiet_NaN();
    long double mean = sum / n;
    if (std::isfinite(static_cast<double>(mean))) {
        long double t = 0;
        for (double v : values)
            if (!std::isnan(v)) t += v - mean;
        mean += t / n;
    }
    return static_cast<double>(mean);
}

namespace {

// R's mean (long double sum, one correction pass) of the moving ranges between neighbouring
// present values, keeping those below `cap`.
double mean_moving_range(std::span<const double> values, double cap) {
    long double sum = 0;
    long count = 0;
    for (size_t i = 1; i < values.size(); ++i) {
        double mr = std::fabs(values[i] - values[i - 1]);  // NaN when either side is missing
        if (mr < cap) { sum += mr; ++count; }
    }
    if (count == 0) return 0;
    long double mean = sum / count, t = 0;
    for (size_t i = 1; i < values.size(); ++i) {
        double mr = std::fabs(values[i] - values[i - 1]);
        if (mr < cap) t += mr - mean;
    }
    return static_cast<double>(mean + t / count);
}

}  // namespace

Limits compute_limits(std::span<const double> values, bool screen_outliers,
                      std::optional<int> baseline_limit) {
    // The baseline ends after the n-th present value.
    size_t end = values.size();
    int present = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) continue;
        ++present;
        if (baseline_limit && present == *baseline_limit) { end = i + 1; break; }
    }
    std::span<const double> baseline = values.first(end);

    Limits l;
    l.baseline_points = present;
    l.mean = r_mean(baseline);
    constexpr double kAll = std::numeric_limits<double>::infinity();
    double amr = mean_moving_range(baseline, kAll);
    if (screen_outliers && amr > 0) {
        // Drop moving ranges >= 3.267 x amr; when none reaches it the mean is unchanged.
        double cap = kOutlierScreen * amr, max_mr = 0;
        for (size_t i = 1; i < baseline.size(); ++i) {
            double mr = std::fabs(baseline[i] - baseline[i - 1]);
            if (mr > max_mr) max_mr = mr;
        }
        if (max_mr >= cap) amr = mean_moving_range(baseline, cap);
    }
    l.amr = amr;
    l.ucl = l.mean + kLimitSigma * amr;
    l.lcl = l.mean - kLimitSigma * amr;
    l.near_ucl = l.mean + kNearLimitSigma * amr;
    l.near_lcl = l.mean - kNearLimitSigma * amr;
    return l;
}

}  // namespace scrutiny::spc
