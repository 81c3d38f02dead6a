// Quarterly totals for the panels' reporting unit (docs/spc-method.md section 5).
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "spc/period.h"

namespace scrutiny::spc {

enum class Aggregate { sum, mean };

struct Quarter {
    Period first;  // first month of the calendar quarter
    double total = 0;
    std::optional<double> previous;        // the preceding quarter, when complete
    std::optional<double> same_last_year;  // four quarters back, when complete
    std::optional<double> quarter_average; // see compute_quarters
    int segment = 0;                       // the segment holding the quarter's last month
};

// The complete quarters of a series starting at `start` (a quarter is complete when all three
// of its months are in the series and present). `segment_of_month[i]` is the (final) segment
// index of month i. `baseline_start_of_month[i]` is the first month of the baseline *in force*
// at month i: automatic recalculation is causal (docs/spc-method.md section 4), so a baseline detected
// after a quarter does not change that quarter's average. The quarter average of a quarter is
// the mean of the totals of the complete quarters from the start of the baseline in force at
// its last month up to and including it; empty when the quarter itself starts before that
// baseline. Totals are sums or means (R-style mean) of the three months.
std::vector<Quarter> compute_quarters(Period start, std::span<const double> values, Aggregate aggregate,
                                      std::span<const int> segment_of_month,
                                      std::span<const int> baseline_start_of_month);

}  // namespace scrutiny::spc
