#include "spc/quarters.h"

#include <cmath>

#include "spc/limits.h"

namespace scrutiny::spc {

std::vector<Quarter> compute_quarters(Period start, std::span<const double> values, Aggregate aggregate,
                                      std::span<const int> segment_of_month) {
    std::vector<Quarter> out;
    out.reserve(values.size() / 3 + 1);
    const int n = static_cast<int>(values.size());
    // Offset of the first month that starts a calendar quarter.
    int offset = (3 - (start.month - 1) % 3) % 3;
    // Totals by quarter position (NaN when incomplete), for previous / same-last-year lookups.
    std::vector<double> totals;
    totals.reserve(static_cast<size_t>(n / 3 + 1));
    long double sum_of_totals = 0;
    for (int q = offset; q + 3 <= n; q += 3) {
        double a = values[static_cast<size_t>(q)], b = values[static_cast<size_t>(q + 1)],
               c = values[static_cast<size_t>(q + 2)];
        if (std::isnan(a) || std::isnan(b) || std::isnan(c)) {
            totals.push_back(NAN);
            continue;
        }
        double total = aggregate == Aggregate::sum ? (a + b) + c
                                                   : r_mean(values.subspan(static_cast<size_t>(q), 3));
        totals.push_back(total);
        Quarter quarter;
        quarter.first = start.plus(q);
        quarter.total = total;
        size_t k = totals.size() - 1;
        if (k >= 1 && !std::isnan(totals[k - 1])) quarter.previous = totals[k - 1];
        if (k >= 4 && !std::isnan(totals[k - 4])) quarter.same_last_year = totals[k - 4];
        quarter.segment = segment_of_month[static_cast<size_t>(q + 2)];
        out.push_back(quarter);
        // Running mean of every complete quarter so far, recalculation or not.
        sum_of_totals += total;
        out.back().quarter_average = static_cast<double>(sum_of_totals / static_cast<long double>(out.size()));
    }
    return out;
}

}  // namespace scrutiny::spc
