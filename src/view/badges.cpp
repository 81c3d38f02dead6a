#include "view/badges.h"

#include <cmath>

#include "common/number_format.h"

namespace scrutiny {

Badge variation_badge(const Translations& tr, spc::PointType type, spc::Improvement improvement) {
    using T = spc::PointType;
    // Which way the figures moved: improvement is high when higher is better, concern the reverse.
    const bool up_is_good = improvement != spc::Improvement::decrease;
    const std::string side = (type == T::special_cause_improvement) == up_is_good ? "high" : "low";
    switch (type) {
        case T::special_cause_improvement:
            return {"variation", tr.text("badge.improvement_" + side), "badge-improvement", "improvement-" + side};
        case T::special_cause_concern:
            return {"variation", tr.text("badge.concern_" + side), "badge-concern", "concern-" + side};
        case T::special_cause_neutral_high:
            return {"variation", tr.text("badge.neutral_high"), "badge-neutral", "neutral-high"};
        case T::special_cause_neutral_low:
            return {"variation", tr.text("badge.neutral_low"), "badge-neutral", "neutral-low"};
        default:
            return {"variation", tr.text("badge.common"), "badge-common", "common"};
    }
}

std::optional<Badge> assurance_badge(const Translations& tr, std::optional<spc::Assurance> assurance) {
    if (!assurance) return std::nullopt;
    switch (*assurance) {
        case spc::Assurance::consistent_pass:
            return Badge{"assurance", tr.text("badge.pass"), "badge-pass", "pass"};
        case spc::Assurance::consistent_fail:
            return Badge{"assurance", tr.text("badge.fail"), "badge-fail", "fail"};
        default:
            return Badge{"assurance", tr.text("badge.inconsistent"), "badge-inconsistent", "inconsistent"};
    }
}

std::vector<Badge> chart_badges(const Translations& tr, const spc::SeriesChart& chart) {
    std::vector<Badge> badges{variation_badge(tr, chart.summary.variation, chart.improvement)};
    if (auto a = assurance_badge(tr, chart.summary.assurance)) badges.push_back(std::move(*a));
    return badges;
}

std::vector<Badge> chart_badges_at(const Translations& tr, const spc::SeriesChart& chart, spc::Period month) {
    const spc::Point* at = nullptr;
    for (const auto& p : chart.points)
        if (p.period <= month && !std::isnan(p.value)) at = &p;
    if (!at) return chart_badges(tr, chart);
    std::vector<Badge> badges{variation_badge(tr, at->type, chart.improvement)};
    // Assurance as the chart read then: the target against the limits drawn at that month
    // (the same test as the summary's, on that month's segment instead of the last).
    std::optional<spc::Assurance> assurance;
    if (chart.target && chart.improvement != spc::Improvement::neutral) {
        const auto& limits = chart.segments[at->segment].limits;
        const bool increase = chart.improvement == spc::Improvement::increase;
        if (*chart.target > limits.ucl)
            assurance = increase ? spc::Assurance::consistent_fail : spc::Assurance::consistent_pass;
        else if (*chart.target < limits.lcl)
            assurance = increase ? spc::Assurance::consistent_pass : spc::Assurance::consistent_fail;
        else
            assurance = spc::Assurance::inconsistent;
    }
    if (auto a = assurance_badge(tr, assurance)) badges.push_back(std::move(*a));
    return badges;
}

std::string signal_words(const Translations& tr, spc::Rule rule, spc::PointType type) {
    using R = spc::Rule;
    const char* key = nullptr;
    switch (rule) {
        case R::above_ucl: key = "signal.above_ucl"; break;
        case R::below_lcl: key = "signal.below_lcl"; break;
        case R::trend_up: key = "signal.trend_up"; break;
        case R::trend_down: key = "signal.trend_down"; break;
        case R::two_in_three_high: key = "signal.two_in_three_high"; break;
        case R::two_in_three_low: key = "signal.two_in_three_low"; break;
        case R::shift_high: key = "signal.shift_high"; break;
        case R::shift_low: key = "signal.shift_low"; break;
        default: return "";
    }
    const std::string what = tr.text(key);
    using T = spc::PointType;
    if (type == T::special_cause_improvement) return tr.text("signal.improvement", {{"signal", what}});
    if (type == T::special_cause_concern) return tr.text("signal.concern", {{"signal", what}});
    return what;
}

std::string format_value(const Translations& tr, double value, spc::ValueType value_type) {
    if (std::isnan(value)) return "";
    if (value_type == spc::ValueType::percent) return tr.number(format_percent(value, 1));
    if (value_type == spc::ValueType::count)
        return tr.number(std::floor(value) == value ? format_count(value) : format_decimal(value, 1));
    return tr.number(format_decimal(value, 1));
}

std::string format_limit(const Translations& tr, double value, spc::ValueType value_type) {
    if (std::isnan(value)) return "";
    if (value_type == spc::ValueType::percent) return tr.number(format_percent(value, 1));
    return tr.number(format_decimal(value, 1));
}

}  // namespace scrutiny
