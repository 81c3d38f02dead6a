#include "spc/recalculation.h"

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

using namespace scrutiny::spc;

TEST_CASE("manual rebase points split the series into segments", "[spc][recalculation]") {
    std::vector<double> x{5, 6, 5, 6, 10, 11, 10, 11, 20, 21, 20, 21};
    std::vector<size_t> rebase{4, 8};
    auto plans = plan_segments(x, rebase, {});
    REQUIRE(plans.size() == 3);
    CHECK(plans[0].reason == SegmentReason::initial);
    CHECK(plans[1].reason == SegmentReason::manual);
    CHECK(plans[1].first == 4);
    CHECK(plans[1].end == 8);
    CHECK(plans[2].limits.mean == 20.5);
    CHECK(segment_reason_name(SegmentReason::automatic) == "auto");
}

TEST_CASE("a rebase at the first month changes nothing", "[spc][recalculation]") {
    std::vector<double> x{5, 6, 5, 6};
    std::vector<size_t> rebase{0};
    auto plans = plan_segments(x, rebase, {});
    REQUIRE(plans.size() == 1);
    CHECK(plans[0].reason == SegmentReason::initial);
}

TEST_CASE("recalculates automatically after N points on one side of a fixed mean", "[spc][recalculation]") {
    // 12 points around 14 (fixed mean 14), 3 more around it, then 8 points above: the new
    // segment starts at the first of the 8 and is known at the 8th.
    std::vector<double> x{12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 13, 15, 13,
                          18, 18, 18, 18, 18, 18, 18, 18};
    RecalculationSettings s;
    s.recalculate_after = 8;
    auto plans = plan_segments(x, {}, s);
    REQUIRE(plans.size() == 2);
    CHECK(plans[0].limits.mean == 14);
    CHECK(plans[0].end == 15);
    CHECK(plans[1].reason == SegmentReason::automatic);
    CHECK(plans[1].first == 15);
    CHECK(plans[1].detected == 22);
    CHECK(plans[1].limits.mean == 18);

    SECTION("seven points are not enough") {
        x.pop_back();
        CHECK(plan_segments(x, {}, s).size() == 1);
    }
    SECTION("a point on the mean breaks the run") {
        x[18] = 14;
        CHECK(plan_segments(x, {}, s).size() == 1);
    }
}

TEST_CASE("with recalculation, limits come from the first 12 present points", "[spc][recalculation]") {
    std::vector<double> x{12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 30, 2};
    RecalculationSettings s;
    s.recalculate_after = 8;
    auto plans = plan_segments(x, {}, s);
    REQUIRE(plans.size() == 1);
    CHECK(plans[0].limits.mean == 14);
    CHECK(plans[0].limits.baseline_points == 12);
}

namespace {
RecalculationSettings west_mercia() {
    RecalculationSettings s;
    s.recalculate_after = 8;
    return s;
}
}  // namespace

TEST_CASE("a steady 54-month rise from 70% to 99% keeps one average, not a staircase", "[spc][recalculation]") {
    // Complaints recorded in time: 0.55 points a month, rounded as published.
    std::vector<double> x;
    for (int i = 0; i < 54; ++i) x.push_back(std::round((70.0 + 29.0 * i / 53) * 10) / 10);
    auto plans = plan_segments(x, {}, west_mercia());
    CHECK(plans.size() == 1);

    SECTION("with noise that breaks the trend now and then, at most two averages") {
        // Every 8th month dips 1.5 points, so the trend rule flags the stretches between dips
        // and not the dips themselves.
        for (size_t i = 0; i < x.size(); i += 8) x[i] -= 1.5;
        CHECK(plan_segments(x, {}, west_mercia()).size() <= 2);
    }
}

TEST_CASE("a clean 15% step down at month 21 is recalculated once, at the step", "[spc][recalculation]") {
    // 20 months around 1,000 then 34 around 850, with a little alternating noise.
    std::vector<double> x;
    for (int i = 0; i < 54; ++i) x.push_back((i < 20 ? 1000.0 : 850.0) + (i % 2 == 0 ? -12 : 12) + (i % 3) * 3);
    auto plans = plan_segments(x, {}, west_mercia());
    REQUIRE(plans.size() == 2);
    CHECK(plans[1].first == 20);
    CHECK(plans[1].reason == SegmentReason::automatic);
    CHECK(plans[1].detected == 27);
    CHECK(plans[0].limits.mean == Approx(1003));
    CHECK(plans[1].limits.mean < 870);
}

TEST_CASE("no automatic recalculation sooner than 12 points into a segment", "[spc][recalculation]") {
    // A step up after 4 months: the run starts inside the baseline, so the new segment starts
    // at the 13th month (the first the scan counts), not the 5th.
    std::vector<double> x{10, 12, 10, 12, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22};
    auto plans = plan_segments(x, {}, west_mercia());
    REQUIRE(plans.size() == 2);
    CHECK(plans[0].end == 12);
    CHECK(plans[1].detected == 19);
    CHECK(plans[1].limits.mean == 21);
}

TEST_CASE("the open run at the end is what a pending recalculation counts", "[spc][recalculation]") {
    std::vector<double> x{12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 18, 17, 18, 17, 18, 17, 18};
    auto plans = plan_segments(x, {}, west_mercia());
    REQUIRE(plans.size() == 1);
    CHECK(plans[0].open_run == 7);
    CHECK(plans[0].open_side == 1);
    std::vector<double> rise{12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 15, 16, 17, 18, 19, 20, 21};
    CHECK(plan_segments(rise, {}, west_mercia())[0].open_run == 0);  // part of a trend
}
