#include "view/badges.h"

#include <cmath>

#include "common/number_format.h"

namespace scrutiny {

Badge variation_badge(spc::PointType type) {
    using T = spc::PointType;
    switch (type) {
        case T::special_cause_improvement:
            return {"variation", "Special cause: improvement", "badge-improvement", "improvement"};
        case T::special_cause_concern:
            return {"variation", "Special cause: concern", "badge-concern", "concern"};
        case T::special_cause_neutral_high:
            return {"variation", "Special cause: unusually high", "badge-neutral", "neutral-high"};
        case T::special_cause_neutral_low:
            return {"variation", "Special cause: unusually low", "badge-neutral", "neutral-low"};
        default:
            return {"variation", "Common cause: no significant change", "badge-common", "common"};
    }
}

std::optional<Badge> assurance_badge(std::optional<spc::Assurance> assurance) {
    if (!assurance) return std::nullopt;
    switch (*assurance) {
        case spc::Assurance::consistent_pass:
            return Badge{"assurance", "Target: consistently met", "badge-pass", "pass"};
        case spc::Assurance::consistent_fail:
            return Badge{"assurance", "Target: consistently missed", "badge-fail", "fail"};
        default:
            return Badge{"assurance", "Target: sometimes met, sometimes missed", "badge-inconsistent", "inconsistent"};
    }
}

std::vector<Badge> chart_badges(const spc::SeriesChart& chart) {
    std::vector<Badge> badges{variation_badge(chart.summary.variation)};
    if (auto a = assurance_badge(chart.summary.assurance)) badges.push_back(std::move(*a));
    return badges;
}

std::string signal_words(spc::Rule rule, spc::PointType type) {
    using R = spc::Rule;
    std::string what;
    switch (rule) {
        case R::above_ucl: what = "Above the expected range"; break;
        case R::below_lcl: what = "Below the expected range"; break;
        case R::trend_up: what = "Part of a rising trend"; break;
        case R::trend_down: what = "Part of a falling trend"; break;
        case R::two_in_three_high: what = "Two of three months close to the upper limit"; break;
        case R::two_in_three_low: what = "Two of three months close to the lower limit"; break;
        case R::shift_high: what = "Part of a run above the average"; break;
        case R::shift_low: what = "Part of a run below the average"; break;
        default: return "";
    }
    using T = spc::PointType;
    if (type == T::special_cause_improvement) return what + " (improvement)";
    if (type == T::special_cause_concern) return what + " (concern)";
    return what;
}

std::string format_value(double value, const std::string& value_type) {
    if (std::isnan(value)) return "";
    if (value_type == "percent") return format_percent(value, 1);
    if (value_type == "count") return std::floor(value) == value ? format_count(value) : format_decimal(value, 1);
    return format_decimal(value, 1);
}

std::string format_limit(double value, const std::string& value_type) {
    if (std::isnan(value)) return "";
    if (value_type == "percent") return format_percent(value, 1);
    return format_decimal(value, 1);
}

}  // namespace scrutiny
