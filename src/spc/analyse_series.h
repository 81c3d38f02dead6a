// The control-chart entry point: one series (a metric in an area) in, its chart out.
// Pure computation, no I/O (docs/spc-method.md sections 1-5).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spc/limits.h"
#include "spc/period.h"
#include "spc/quarters.h"
#include "spc/recalculation.h"
#include "spc/special_cause_rules.h"

namespace scrutiny::spc {

struct Options {
    int shift_run = 7;
    int trend_run = 7;
    bool screen_outliers = true;
    int recalculate_after = 0;  // 0 = off
    int min_points = 12;        // fewer present values in a segment: provisional
    std::optional<int> fix_after_n_points;
};

struct SeriesInput {
    Period start;
    std::vector<double> values;  // one per month from `start`; NaN = missing
    Improvement improvement = Improvement::increase;
    std::optional<double> target;
    std::vector<Period> rebase;  // manual recalculation points, any order
    Options options;
    Aggregate aggregate = Aggregate::sum;
};

enum class Assurance { consistent_pass, consistent_fail, inconsistent };
std::string_view assurance_name(Assurance a);

struct Point {
    Period period;
    double value = 0;  // NaN = missing (drawn as a gap)
    int segment = 0;   // index into SeriesChart::segments
    Rule rule = Rule::none;
    PointType type = PointType::common_cause;
};

struct Segment {
    int index = 0;
    Period start, end;  // first and last month (inclusive)
    Period detected;    // month the baseline became known (auto: the run's last month)
    SegmentReason reason = SegmentReason::initial;
    Limits limits;
    bool provisional = false;  // fewer than min_points present values
    int present_points = 0;
};

struct RecalculationPending {
    int side = 1;  // +1 above, -1 below the mean
    int run = 0;   // consecutive months so far (recalculate_after - 1)
};

struct Summary {
    std::optional<Period> latest;  // last month with a value
    PointType variation = PointType::common_cause;
    std::optional<Assurance> assurance;
    std::optional<RecalculationPending> recalculation_pending;
};

struct SeriesChart {
    std::vector<Point> points;
    std::vector<Segment> segments;
    std::vector<Quarter> quarters;  // complete quarters only
    Summary summary;
    Improvement improvement = Improvement::increase;
    Aggregate aggregate = Aggregate::sum;
    std::optional<double> target;

    // The latest point with a value, or nullptr.
    const Point* latest_point() const;
    // The point at `p`, or nullptr when p is outside the series.
    const Point* point_at(Period p) const;
};

// What is wrong with an input, as plain sentences "what is wrong; what to do" (the caller
// adds the location). Empty when the input can be analysed.
std::vector<std::string> validate(const SeriesInput& input);

// Computes the chart. Precondition: validate(input) is empty.
SeriesChart analyse_series(const SeriesInput& input);

}  // namespace scrutiny::spc
