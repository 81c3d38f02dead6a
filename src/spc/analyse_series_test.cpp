#include "spc/analyse_series.h"

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

using namespace scrutiny::spc;

namespace {

const double kNaN = std::nan("");

SeriesInput series(Period start, std::vector<double> values) {
    SeriesInput in;
    in.start = start;
    in.values = std::move(values);
    return in;
}

// Shropshire rape, as the seeds tell it: around 14 a month from April 2015 (the first 12
// months average exactly 14), then from December 2016 every month above 14; the 8th, July
// 2017, moves the monthly average to 18 (the ten months Dec 2016 - Sep 2017 average 18).
SeriesInput shropshire() {
    SeriesInput in = series({2015, 4}, {12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16,  // Apr 15 - Mar 16
                                        13, 15, 13, 15, 12, 16, 14, 13,                  // Apr 16 - Nov 16
                                        17, 19, 17, 19, 18, 18, 17, 19, 18, 18});        // Dec 16 - Sep 17
    in.options.recalculate_after = 8;
    return in;
}

}  // namespace

TEST_CASE("analyses a 12-point series worked by hand", "[spc][analyse]") {
    SeriesChart c = analyse_series(series({2017, 1}, {10, 12, 8, 11, 9, 10, 13, 7, 10, 11, 9, 10}));
    REQUIRE(c.segments.size() == 1);
    const Segment& s = c.segments[0];
    CHECK(s.limits.mean == 10);
    CHECK(s.limits.ucl == Approx(10 + 2.66 * 28 / 11).epsilon(1e-12));
    CHECK(s.start == Period{2017, 1});
    CHECK(s.end == Period{2017, 12});
    CHECK_FALSE(s.provisional);
    CHECK(c.points[11].period == Period{2017, 12});
    CHECK(c.summary.latest == Period{2017, 12});
    CHECK(c.summary.variation == PointType::common_cause);
    CHECK_FALSE(c.summary.assurance);
    CHECK(c.quarters.size() == 4);
}

TEST_CASE("evaluates each segment on its own after two rebases", "[spc][analyse]") {
    SeriesInput in = series({2016, 1}, {5, 6, 5, 6, 5, 6, 5, 6, 10, 11, 10, 11, 10, 11, 10, 11,
                                        20, 21, 20, 21, 20, 21, 20, 21});
    in.rebase = {{2016, 9}, {2017, 5}};
    SeriesChart c = analyse_series(in);
    REQUIRE(c.segments.size() == 3);
    CHECK(c.segments[0].limits.mean == 5.5);
    CHECK(c.segments[1].limits.mean == 10.5);
    CHECK(c.segments[2].limits.mean == 20.5);
    CHECK(c.segments[1].reason == SegmentReason::manual);
    CHECK(c.segments[2].start == Period{2017, 5});
    CHECK(c.segments[2].provisional);  // 8 points < min_points 12
    for (const Point& p : c.points) CHECK(p.rule == Rule::none);
    CHECK(c.points[10].segment == 1);

    // Without the rebases: mean 292/24, amr 25/22 (the 9 is screened), so the 20s are outside.
    SeriesChart flat = analyse_series(series(in.start, in.values));
    CHECK(flat.points[20].rule == Rule::above_ucl);
}

TEST_CASE("skips missing months in every calculation", "[spc][analyse]") {
    // The gap does not break the run: seven present points above the mean make a shift.
    SeriesInput in = series({2017, 1}, {8, 12, 8, 12, 8, 12, 8, 11, 11, 11, kNaN, 11, 11, 11, 11});
    SeriesChart c = analyse_series(in);
    CHECK(c.points[10].rule == Rule::none);
    CHECK(std::isnan(c.points[10].value));
    CHECK(c.points[9].rule == Rule::shift_high);
    CHECK(c.points[14].rule == Rule::shift_high);
    CHECK(c.segments[0].present_points == 14);
    CHECK(c.summary.latest == Period{2018, 3});
}

TEST_CASE("the latest month is the last one with a value", "[spc][analyse]") {
    SeriesChart c = analyse_series(series({2017, 1}, {1, 2, 3, kNaN}));
    CHECK(c.summary.latest == Period{2017, 3});
}

TEST_CASE("assurance reads the target against the last segment's limits", "[spc][analyse]") {
    // Mean 10, limits 3.23 .. 16.77.
    SeriesInput in = series({2017, 1}, {10, 12, 8, 11, 9, 10, 13, 7, 10, 11, 9, 10});
    auto assurance = [&](Improvement imp, double target) {
        in.improvement = imp;
        in.target = target;
        return analyse_series(in).summary.assurance;
    };
    CHECK(assurance(Improvement::increase, 20) == Assurance::consistent_fail);
    CHECK(assurance(Improvement::decrease, 20) == Assurance::consistent_pass);
    CHECK(assurance(Improvement::increase, 2) == Assurance::consistent_pass);
    CHECK(assurance(Improvement::decrease, 2) == Assurance::consistent_fail);
    CHECK(assurance(Improvement::increase, 10) == Assurance::inconsistent);
    CHECK(assurance(Improvement::increase, 10 + 2.66 * 28 / 11) == Assurance::inconsistent);  // strict
    CHECK_FALSE(assurance(Improvement::neutral, 20));
    CHECK(assurance_name(Assurance::consistent_fail) == "consistent_fail");
}

TEST_CASE("variation is the type of the latest point", "[spc][analyse]") {
    SeriesInput in = series({2017, 1}, {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 40});
    in.improvement = Improvement::decrease;
    CHECK(analyse_series(in).summary.variation == PointType::special_cause_concern);
    in.improvement = Improvement::neutral;
    CHECK(analyse_series(in).summary.variation == PointType::special_cause_neutral_high);
}

TEST_CASE("recalculates Shropshire's monthly average from 14 to 18 in July 2017", "[spc][analyse]") {
    SeriesChart c = analyse_series(shropshire());
    REQUIRE(c.segments.size() == 2);
    CHECK(c.segments[0].reason == SegmentReason::initial);
    CHECK(c.segments[0].limits.mean == 14);
    CHECK(c.segments[0].end == Period{2016, 11});
    CHECK(c.segments[1].reason == SegmentReason::automatic);
    CHECK(c.segments[1].start == Period{2016, 12});
    CHECK(c.segments[1].detected == Period{2017, 7});
    CHECK(c.segments[1].limits.mean == 18);
    CHECK(c.segments[1].provisional);  // 10 points so far
    CHECK_FALSE(c.summary.recalculation_pending);

    SECTION("without recalculation the run is a shift above one average") {
        SeriesInput in = shropshire();
        in.options.recalculate_after = 0;
        SeriesChart flat = analyse_series(in);
        REQUIRE(flat.segments.size() == 1);
        CHECK(flat.points.back().rule == Rule::shift_high);
    }
}

TEST_CASE("reports a recalculation pending after N-1 months on one side", "[spc][analyse]") {
    // Fixed mean 14; the last 7 months are above it.
    SeriesInput in = series({2016, 1}, {12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 13, 15, 13,
                                        17, 17, 17, 17, 17, 17, 17});
    in.options.recalculate_after = 8;
    SeriesChart c = analyse_series(in);
    REQUIRE(c.segments.size() == 1);
    REQUIRE(c.summary.recalculation_pending);
    CHECK(c.summary.recalculation_pending->side == 1);
    CHECK(c.summary.recalculation_pending->run == 7);
    in.values.push_back(17);  // the 8th month: recalculated, nothing pending
    SeriesChart next = analyse_series(in);
    CHECK(next.segments.size() == 2);
    CHECK_FALSE(next.summary.recalculation_pending);
    // Causal: the new month did not move the first segment's average.
    CHECK(next.segments[0].limits.mean == c.segments[0].limits.mean);
}

TEST_CASE("validation names every problem with a way out", "[spc][analyse]") {
    SeriesInput in = series({2017, 1}, {1, 2, 3});
    CHECK(validate(in).empty());
    in.rebase = {{2018, 1}};
    CHECK(validate(in) == std::vector<std::string>{
                              "rebase period 2018-01 is outside the series (2017-01 to 2017-03); choose a month within it"});
    in.rebase = {{2017, 1}};
    CHECK(validate(in).empty());  // a rebase at the first month changes nothing
    in.rebase = {};
    in.values = {1};
    CHECK(validate(in) == std::vector<std::string>{"the series has 1 value; a control chart needs at least 2, so add the monthly figures or remove the series"});
    in.values = {1, INFINITY};
    CHECK(validate(in).front() == "the series holds an infinite value; use finite numbers only");
    in.values = {1, 2, kNaN, kNaN};
    in.rebase = {{2017, 3}};
    CHECK(validate(in) == std::vector<std::string>{
                              "the segment 2017-03 to 2017-04 has no values; move or remove a rebase period"});
    in.rebase = {};
    in.options.fix_after_n_points = 6;
    CHECK(validate(in) == std::vector<std::string>{"fix_after_n_points is 6; use 12 or more, or leave it out"});
}

TEST_CASE("fix_after_n_points takes limits from the first n points of a baseline", "[spc][analyse]") {
    std::vector<double> v{12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 40, 40};
    SeriesInput in = series({2017, 1}, v);
    in.options.fix_after_n_points = 12;
    SeriesChart c = analyse_series(in);
    CHECK(c.segments[0].limits.mean == 14);
    CHECK(c.points[13].rule == Rule::above_ucl);
}
