// Limits on what a site's figures may be, shared by TOML and CSV reading, so a number that
// cannot be added up into quarters or drawn on a chart is a located error, never a crash.
#pragma once

#include <cstddef>

namespace scrutiny {

// Beyond this, sums overflow (1e308) or whole numbers stop being exact (2^53 is about 9e15).
inline constexpr double kLargestFigure = 1e15;
inline constexpr const char* kFigureRange = "figures must lie between -1,000,000,000,000,000 and 1,000,000,000,000,000";

// A series longer than a century of months is a mistake (or an attack), not a measure.
inline constexpr std::size_t kLongestSeries = 1200;

}  // namespace scrutiny
