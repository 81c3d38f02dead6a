// Words, classes and formats for chart signals: variation and assurance badges (icon plus
// text, never colour alone), the signal column of data tables, and value formatting.
#pragma once

#include <optional>
#include <string>

#include <vector>

#include "spc/analyse_series.h"
#include "view/row_views.h"

namespace scrutiny {

// {kind variation, label "Special cause: concern", class badge-concern, icon concern}
Badge variation_badge(spc::PointType type);
// Nothing when the chart has no assurance (no target, or a neutral measure).
std::optional<Badge> assurance_badge(std::optional<spc::Assurance> assurance);
// A chart's badges: variation, then assurance when it has one.
std::vector<Badge> chart_badges(const spc::SeriesChart& chart);

// "Above the upper limit (concern)"; "" for common cause.
std::string signal_words(spc::Rule rule, spc::PointType type);

// A value as people read it for this kind of measure: "2,762", "81.7%", "9.5 minutes".
std::string format_value(double value, const std::string& value_type);
// A mean or limit, one decimal place: "884.6", "81.7%".
std::string format_limit(double value, const std::string& value_type);

}  // namespace scrutiny
