// Quarterly totals for the panels' reporting unit (SPC.md section 5).
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
// of its months are in the series and present). `segment_of_month[i]` is the segment index of
// month i. The quarter average of a quarter is the mean of the totals of the complete
// quarters wholly inside its segment (the segment of its last month), up to and including it,
// so it never looks ahead; empty for a quarter that straddles the start of its segment.
// Totals are sums or means (R-style mean) of the three months.
std::vector<Quarter> compute_quarters(Period start, std::span<const double> values, Aggregate aggregate,
                                      std::span<const int> segment_of_month);

}  // namespace scrutiny::spc
