#include "spc/special_cause_rules.h"

#include <vector>

#include <catch2/catch.hpp>

using namespace scrutiny::spc;

namespace {

std::vector<Rule> classify(const std::vector<double>& y, bool screen = true, int shift = 7, int trend = 7) {
    std::vector<Rule> rules(y.size());
    classify_segment(y, compute_limits(y, screen, std::nullopt), shift, trend, rules);
    return rules;
}

constexpr Rule N = Rule::none;

}  // namespace

TEST_CASE("names rules and types as docs/spc-method.md does", "[spc][rules]") {
    CHECK(rule_name(Rule::above_ucl) == "above_ucl");
    CHECK(rule_name(Rule::two_in_three_low) == "two_in_three_low");
    CHECK(rule_name(Rule::shift_high) == "shift_high");
    CHECK(point_type_name(PointType::special_cause_neutral_high) == "special_cause_neutral_high");
    CHECK(point_type(Rule::shift_high, Improvement::decrease) == PointType::special_cause_concern);
    CHECK(point_type(Rule::trend_down, Improvement::decrease) == PointType::special_cause_improvement);
    CHECK(point_type(Rule::below_lcl, Improvement::neutral) == PointType::special_cause_neutral_low);
    CHECK(point_type(Rule::none, Improvement::increase) == PointType::common_cause);
}

TEST_CASE("a common-cause series fires no rule", "[spc][rules]") {
    // Hand-worked in limits_test: mean 10, limits 3.23 .. 16.77, near lines 5.49 .. 14.51.
    auto r = classify({10, 12, 8, 11, 9, 10, 13, 7, 10, 11, 9, 10});
    CHECK(r == std::vector<Rule>(12, N));
}

TEST_CASE("flags points outside the limits", "[spc][rules]") {
    // Mean 155/12 = 12.92, amr 1 after screening: ucl 15.58, lcl 10.26.
    auto r = classify({10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 40});
    CHECK(r[11] == Rule::above_ucl);
    CHECK(r[0] == Rule::below_lcl);
    // The 11s are inside the limits but beyond near_lcl (11.14): in any three points two of them
    // are 11s (the 10s, outside, do not count), so two-in-three outranks the run below the mean.
    CHECK(r[1] == Rule::two_in_three_low);
}

TEST_CASE("flags every point of a trend, rising", "[spc][rules]") {
    // Mean 203/14 = 14.5; moving ranges 10,10,10,10,10,9,1,1,1,1,1,1,2: amr 57/13 = 4.38,
    // limits 2.84 .. 26.16, near 6.72 .. 22.27. 11..17 rises for 7 points.
    auto r = classify({10, 20, 10, 20, 10, 20, 11, 12, 13, 14, 15, 16, 17, 15});
    std::vector<Rule> want{N, N, N, N, N, N, Rule::trend_up, Rule::trend_up, Rule::trend_up,
                           Rule::trend_up, Rule::trend_up, Rule::trend_up, Rule::trend_up, N};
    CHECK(r == want);
}

TEST_CASE("a peak shared by a rising and a falling trend is trend_down", "[spc][rules]") {
    // trend_run = 4. Mean 47/12 = 3.92; amr 38/11 = 3.45: limits -5.27 .. 13.11, nothing near.
    // 2,3,4,5 rises (points 3..6) and 5,4,3,2 falls (points 6..9).
    auto r = classify({5, 1, 9, 2, 3, 4, 5, 4, 3, 2, 8, 1}, true, 7, 4);
    const Rule U = Rule::trend_up, D = Rule::trend_down;
    CHECK(r == std::vector<Rule>{N, N, N, U, U, U, D, D, D, D, N, N});
}

TEST_CASE("two in three flags only the points in the near zone", "[spc][rules]") {
    // Mean 174/16 = 10.875; amr 22/15: ucl 14.78, near_ucl 13.476. 13.5, 11, 13.5 all above
    // the mean with two beyond the near line: the 13.5s are flagged, the 11 is not.
    auto r = classify({10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13.5, 11, 13.5, 10});
    std::vector<Rule> want(16, N);
    want[12] = want[14] = Rule::two_in_three_high;
    CHECK(r == want);
}

TEST_CASE("flags every point of a shift", "[spc][rules]") {
    // Mean 145/14 = 10.36; amr 27/13 = 2.08: limits 4.83 .. 15.88, near 6.67 .. 14.04.
    std::vector<double> y{8, 12, 8, 12, 8, 12, 8, 11, 11, 11, 11, 11, 11, 11};
    auto r = classify(y);
    std::vector<Rule> want(14, N);
    for (int i = 7; i < 14; ++i) want[static_cast<size_t>(i)] = Rule::shift_high;
    CHECK(r == want);
    CHECK(classify(y, true, 8) == std::vector<Rule>(14, N));  // shift_run = 8: not long enough
}

TEST_CASE("a point exactly on the mean breaks a run", "[spc][rules]") {
    // Mean exactly 10. Above: 16, 11, 11, 11 | 10 (on the mean) | 11, 11, 11: no run of 7.
    // After screening the three 12s: amr 10/14, limits 8.1 .. 11.9, so 4 and 16 are outside.
    std::vector<double> y{4, 16, 4, 16, 11, 11, 11, 10, 11, 11, 11, 9, 9, 9, 9, 9, 9, 10};
    auto r = classify(y);
    std::vector<Rule> want(y.size(), N);
    want[0] = want[2] = Rule::below_lcl;
    want[1] = want[3] = Rule::above_ucl;
    CHECK(r == want);
}

TEST_CASE("a constant series is common cause, and one step off it is outside", "[spc][rules]") {
    CHECK(classify(std::vector<double>(12, 5.0)) == std::vector<Rule>(12, N));
    std::vector<double> y(11, 5.0);
    y.push_back(6);
    auto r = classify(y);
    CHECK(r[11] == Rule::above_ucl);
    CHECK(r[0] == Rule::below_lcl);  // mean 5.083, amr 0: every point off the mean is outside
}

TEST_CASE("rules take priority in order", "[spc][rules]") {
    // A rising trend whose last point is beyond the ucl: above_ucl wins for that point.
    auto r = classify({10, 10.1, 9.9, 10, 10.1, 9.9, 10, 10.1, 9.9, 10, 10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 12});
    CHECK(r[16] == Rule::above_ucl);
    CHECK(r[10] == Rule::trend_up);
}
