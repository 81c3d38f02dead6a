// Words, classes and formats for chart signals: variation and assurance badges (icon plus
// text, never colour alone), the signal column of data tables, and value formatting.
#pragma once

#include <optional>
#include <string>

#include <vector>

#include "common/translations.h"
#include "spc/analyse_series.h"
#include "spc/sentences.h"  // ValueType
#include "view/row_views.h"

namespace scrutiny {

// {kind variation, label "Special cause: concern (unusually low)", class badge-concern, icon
// concern-low}; `improvement` says which way is better, so whether it is high or low.
Badge variation_badge(const Translations& tr, spc::PointType type, spc::Improvement improvement);
// Nothing when the chart has no assurance (no target, or a neutral measure).
std::optional<Badge> assurance_badge(const Translations& tr, std::optional<spc::Assurance> assurance);
// A chart's badges: variation, then assurance when it has one.
std::vector<Badge> chart_badges(const Translations& tr, const spc::SeriesChart& chart);
// The badges as the chart read at `month` (its last figure up to then): for a past quarter's report.
std::vector<Badge> chart_badges_at(const Translations& tr, const spc::SeriesChart& chart, spc::Period month);

// "Above the upper limit (concern)"; "" for common cause.
std::string signal_words(const Translations& tr, spc::Rule rule, spc::PointType type);

// A value as people read it for this kind of measure: "2,762", "81.7%", "9.5 minutes".
std::string format_value(const Translations& tr, double value, spc::ValueType value_type);
// A mean or limit, one decimal place: "884.6", "81.7%".
std::string format_limit(const Translations& tr, double value, spc::ValueType value_type);

}  // namespace scrutiny
