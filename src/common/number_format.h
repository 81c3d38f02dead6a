// en-GB number formatting for sentences and page views, independent of the C/C++ locale.
//
// Rounding: every function rounds half away from zero, applied to the double value times
// 10^decimals (so 2.5 -> "3", -2.5 -> "-3", 81.65 -> "81.7" when the double is at or above
// the half; binary doubles just below a half round down, e.g. 2.675 -> "2.67"). A result
// that rounds to zero prints without a minus sign ("0", never "-0").
#pragma once

#include <string>
#include <vector>

namespace scrutiny {

// Thousands separators, no decimals: 2762 -> "2,762", 1234567.5 -> "1,234,568".
std::string format_count(double value);

// Fixed decimals with thousands separators: (1234.56, 1) -> "1,234.6".
std::string format_decimal(double value, int decimals);

// A value already in percent with one decimal: 81.66 -> "81.7%".
std::string format_percent(double percent, int decimals = 1);

// A mean or other statistic of a count: whole numbers from 10 up ("884.6" -> "885"),
// one decimal below 10 ("4.25" -> "4.3"). Thousands separators as format_count.
std::string format_statistic(double value);

// A relative change as a whole percentage of magnitude: -0.0296 -> "3%".
std::string format_change_percent(double fraction);

// en-GB ordinal: 1 -> "1st", 2 -> "2nd", 3 -> "3rd", 11 -> "11th", 22 -> "22nd".
std::string ordinal(int n);

// Joins with commas and a final "and": {"A"} -> "A", {"A","B","C"} -> "A, B and C".
std::string join_with_and(const std::vector<std::string>& items);

// Shortest text that reads back as exactly the same double ("884.6", "1e-05"); integers
// without a decimal point ("960"). For machine-readable output (CSV); NaN gives "".
std::string format_exact(double value);

}  // namespace scrutiny
