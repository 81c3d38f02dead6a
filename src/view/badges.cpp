#include "view/badges.h"

#include <cmath>

#include "common/number_format.h"

namespace scrutiny {

Json variation_badge(spc::PointType type) {
    using T = spc::PointType;
    switch (type) {
        case T::special_cause_improvement:
            return {{"kind", "variation"}, {"label", "Special cause: improvement"}, {"class", "badge-improvement"}, {"icon", "improvement"}};
        case T::special_cause_concern:
            return {{"kind", "variation"}, {"label", "Special cause: concern"}, {"class", "badge-concern"}, {"icon", "concern"}};
        case T::special_cause_neutral_high:
            return {{"kind", "variation"}, {"label", "Special cause: unusually high"}, {"class", "badge-neutral"}, {"icon", "neutral-high"}};
        case T::special_cause_neutral_low:
            return {{"kind", "variation"}, {"label", "Special cause: unusually low"}, {"class", "badge-neutral"}, {"icon", "neutral-low"}};
        default:
            return {{"kind", "variation"}, {"label", "Common cause: no significant change"}, {"class", "badge-common"}, {"icon", "common"}};
    }
}

std::optional<Json> assurance_badge(std::optional<spc::Assurance> assurance) {
    if (!assurance) return std::nullopt;
    switch (*assurance) {
        case spc::Assurance::consistent_pass:
            return Json{{"kind", "assurance"}, {"label", "Target: consistently met"}, {"class", "badge-pass"}, {"icon", "pass"}};
        case spc::Assurance::consistent_fail:
            return Json{{"kind", "assurance"}, {"label", "Target: consistently missed"}, {"class", "badge-fail"}, {"icon", "fail"}};
        default:
            return Json{{"kind", "assurance"}, {"label", "Target: sometimes met, sometimes missed"}, {"class", "badge-inconsistent"}, {"icon", "inconsistent"}};
    }
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

std::string format_value(double value, spc::ValueType value_type) {
    if (std::isnan(value)) return "";
    if (value_type == spc::ValueType::percent) return format_percent(value, 1);
    if (value_type == spc::ValueType::count) return std::floor(value) == value ? format_count(value) : format_decimal(value, 1);
    return format_decimal(value, 1);
}

std::string format_limit(double value, spc::ValueType value_type) {
    if (std::isnan(value)) return "";
    if (value_type == spc::ValueType::percent) return format_percent(value, 1);
    return format_decimal(value, 1);
}

}  // namespace scrutiny
