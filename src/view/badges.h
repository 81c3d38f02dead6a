// Words, classes and formats for chart signals: variation and assurance badges (icon plus
// text, never colour alone), the signal column of data tables, and value formatting.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "spc/analyse_series.h"
#include "spc/sentences.h"  // ValueType

namespace scrutiny {

using Json = nlohmann::ordered_json;

// {"label": "Special cause: concern", "class": "badge-concern", "icon": "concern", "kind": "variation"}
Json variation_badge(spc::PointType type);
// Nothing when the chart has no assurance (no target, or a neutral measure).
std::optional<Json> assurance_badge(std::optional<spc::Assurance> assurance);

// "Above the upper limit (concern)"; "" for common cause.
std::string signal_words(spc::Rule rule, spc::PointType type);

// A value as people read it for this kind of measure: "2,762", "81.7%", "9.5 minutes".
std::string format_value(double value, spc::ValueType value_type);
// A mean or limit, one decimal place: "884.6", "81.7%".
std::string format_limit(double value, spc::ValueType value_type);

}  // namespace scrutiny
