#include "spc/recalculation.h"

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
