// A parsed metric as bytes and back, so a rebuild takes the metric of a file it has parsed
// before, unchanged, from the derived-data cache (common/derived_cache.h) instead of parsing its
// TOML (and CSV) again: at 500 metrics of 720 figures each, parsing them is a tenth of a rebuild.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "content/entities.h"

namespace scrutiny {

std::string metric_bytes(const Metric& m);
// Nothing when `bytes` are not a metric as metric_bytes() writes one.
std::optional<Metric> metric_from_bytes(std::string_view bytes);

}  // namespace scrutiny
