#include "spc/sentences.h"

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

using namespace scrutiny::spc;

namespace {

// A chart built by hand with the seeds' violence-with-injury limits: mean 884.6,
// limits 790.2 .. 979.0, near lines 821.7 .. 947.5. Months Jul - Sep 2017.
SeriesChart chart_with(double previous, double latest, bool provisional = false) {
    SeriesChart c;
    Segment s;
    s.start = {2017, 7};
    s.end = {2017, 9};
    s.limits = Limits{884.6, 35.5, 790.2, 979.0, 821.7, 947.5, 12};
    s.provisional = provisional;
    c.segments.push_back(s);
    for (double v : {900.0, previous, latest}) {
        Point p;
        p.period = c.points.empty() ? Period{2017, 7} : c.points.back().period.plus(1);
        p.value = v;
        c.points.push_back(p);
    }
    return c;
}

Wording offences() { return Wording{"offences", ValueType::count, "Violence with injury"}; }

SeriesChart quarter_chart(double total, std::optional<double> previous, std::optional<double> average) {
    SeriesChart c = chart_with(900, 900);
    Quarter q;
    q.first = {2017, 7};
    q.total = total;
    q.previous = previous;
    q.quarter_average = average;
    c.quarters.push_back(q);
    return c;
}

}  // namespace

TEST_CASE("month sentences read change on the previous month against the monthly average", "[spc][sentences]") {
    const Wording w = offences();
    CHECK(month_sentence(chart_with(960, 930), w) == "Decreased volumes on previous month but above monthly average");
    CHECK(month_sentence(chart_with(990, 955), w) ==
          "Decreased volumes on previous month but significantly above monthly average");
    CHECK(month_sentence(chart_with(850, 800), w) ==
          "Decreased volumes on previous month and significantly below monthly average");
    CHECK(month_sentence(chart_with(860, 870), w) == "Volumes comparable with the previous month and below monthly average");
    CHECK(month_sentence(chart_with(900, 990), w) ==
          "Increased volumes on previous month and exceptionally above monthly average");
    CHECK(month_sentence(chart_with(800, 870), w) == "Increased volumes on previous month but below monthly average");
    CHECK(month_sentence(chart_with(850, 780), w) ==
          "Decreased volumes on previous month and exceptionally below monthly average");
}

TEST_CASE("a change under 2% is comparable", "[spc][sentences]") {
    CHECK(month_sentence(chart_with(900, 917.9), offences()).rfind("Volumes comparable", 0) == 0);
    CHECK(month_sentence(chart_with(900, 918), offences()).rfind("Increased volumes", 0) == 0);
}

TEST_CASE("month sentences without a previous month or with provisional limits", "[spc][sentences]") {
    SeriesChart c = chart_with(std::nan(""), 930);
    CHECK(month_sentence(c, offences()) == "Above monthly average");
    CHECK(month_sentence(chart_with(960, 930, true), offences()) ==
          "Decreased volumes on previous month but above the provisional monthly average");
}

TEST_CASE("percentage metrics read as rates with the metric's title", "[spc][sentences]") {
    SeriesChart c = chart_with(0, 0);
    c.segments[0].limits = Limits{80, 1, 77.34, 82.66, 78.23, 81.77, 12};
    c.points[1].value = 79.9;
    c.points[2].value = 81.7;
    Wording w{"%", ValueType::percent, "Victim satisfaction"};
    CHECK(month_sentence(c, w) == "Victim satisfaction rose to 81.7% from 79.9% and above monthly average");
    c.points[2].value = 77.5;
    CHECK(month_sentence(c, w) == "Victim satisfaction fell to 77.5% from 79.9% and significantly below monthly average");
    c.points[2].value = 80.5;
    CHECK(month_sentence(c, w) == "Victim satisfaction at 80.5%, comparable with the previous month and above monthly average");
}

TEST_CASE("quarter sentences as the panels write them", "[spc][sentences]") {
    const Wording w = offences();
    CHECK(quarter_sentence(quarter_chart(2762, 2846, 2654), w) ==
          "2,762 offences were recorded last quarter, a 3% decrease compared to the previous quarter (2,846) "
          "but above the quarter average (2,654).");
    CHECK(quarter_sentence(quarter_chart(22285, 22221, 21364), w) ==
          "22,285 offences were recorded last quarter, comparable to the previous quarter (22,221) "
          "and above the quarter average (21,364).");
    CHECK(quarter_sentence(quarter_chart(314, 299, 320.4), w) ==
          "314 offences were recorded last quarter, a 5% increase compared to the previous quarter (299) "
          "but below the quarter average (320).");
    CHECK(quarter_sentence(quarter_chart(2762, std::nullopt, 2762), w) ==
          "2,762 offences were recorded last quarter, in line with the quarter average (2,762).");
    CHECK(quarter_sentence(quarter_chart(108, 100, std::nullopt), w) ==
          "108 offences were recorded last quarter, an 8% increase compared to the previous quarter (100).");
    CHECK(quarter_sentence(quarter_chart(111, 100, 90), w) ==
          "111 offences were recorded last quarter, an 11% increase compared to the previous quarter (100) "
          "and above the quarter average (90).");
    CHECK(quarter_sentence(chart_with(1, 2), w) == "");
}

TEST_CASE("a quarter with one of something says so in the singular", "[spc][sentences]") {
    CHECK(quarter_sentence(quarter_chart(1, 3, std::nullopt), offences()) ==
          "1 offence was recorded last quarter, a 67% decrease compared to the previous quarter (3).");
    Wording w = offences();
    w.noun = "offences and incidents";
    CHECK(quarter_sentence(quarter_chart(1, std::nullopt, std::nullopt), w) ==
          "1 offence or incident was recorded last quarter.");
}

TEST_CASE("quarter sentences for percentages give levels, not volumes", "[spc][sentences]") {
    SeriesChart c = quarter_chart(81.7, 79.9, 80.2);
    Wording w{"%", ValueType::percent, "Victim satisfaction"};
    CHECK(quarter_sentence(c, w) ==
          "Victim satisfaction averaged 81.7% last quarter, an increase compared to the previous quarter (79.9%) "
          "and above the quarter average (80.2%).");
    Wording minutes{"minutes", ValueType::minutes, "Emergency response time"};
    SeriesChart m = quarter_chart(13.2, 13.6, 13.0);
    CHECK(quarter_sentence(m, minutes) ==
          "Emergency response time averaged 13.2 minutes last quarter, a 3% decrease compared to the previous "
          "quarter (13.6 minutes) but above the quarter average (13.0 minutes).");
}

TEST_CASE("a quarter that is not the latest is named", "[spc][sentences]") {
    SeriesChart c = quarter_chart(2762, 2846, 2654);
    c.quarters[0].first = {2017, 4};
    CHECK(quarter_sentence(c, offences()).rfind("2,762 offences were recorded in Apr - Jun 2017, ", 0) == 0);
}

TEST_CASE("commentary names exceptional areas and moved averages", "[spc][sentences]") {
    SeriesChart shropshire = chart_with(900, 1000);
    shropshire.points[2].rule = Rule::above_ucl;
    SeriesChart telford = chart_with(900, 700);
    telford.points[2].rule = Rule::below_lcl;
    SeriesChart south = quarter_chart(55, 53, 54);
    Segment old_seg = south.segments[0];
    old_seg.limits.mean = 14;
    Segment new_seg = old_seg;
    new_seg.index = 1;
    new_seg.reason = SegmentReason::automatic;
    new_seg.detected = {2017, 8};
    new_seg.limits.mean = 18;
    south.segments = {old_seg, new_seg};
    SeriesChart quiet = chart_with(900, 900);
    const Wording w = offences();

    CHECK(commentary_sentence({{"Shropshire", &shropshire}, {"Telford & Wrekin", &telford}, {"Herefordshire", &quiet}}, w) ==
          "Exceptional volumes in Shropshire and Telford & Wrekin");
    CHECK(commentary_sentence({{"Shropshire", &shropshire}, {"South Worcestershire", &south}}, w) ==
          "Exceptional volumes in Shropshire and increase in the monthly average in South Worcestershire "
          "(from 14 to 18 per month)");
    CHECK(commentary_sentence({{"Herefordshire", &quiet}}, w) == "No exceptional volumes");
    CHECK(commentary_sentence({{"South Worcestershire", &south}}, w) ==
          "Increase in the monthly average in South Worcestershire (from 14 to 18 per month)");
    CHECK(commentary_sentence({{"", &south}}, w) == "Increase in the monthly average (from 14 to 18 per month)");

    new_seg.detected = {2017, 6};  // before the latest quarter: old news
    south.segments[1] = new_seg;
    CHECK(commentary_sentence({{"South Worcestershire", &south}}, w) == "No exceptional volumes");

    Wording pct{"%", ValueType::percent, "Satisfaction"};
    CHECK(commentary_sentence({{"Herefordshire", &quiet}}, pct) == "No exceptional rates");
}

TEST_CASE("Shropshire's recalculation reads as the seeds tell it", "[spc][sentences]") {
    SeriesInput in;
    in.start = {2015, 4};
    in.values = {12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 13, 15, 13, 15, 12, 16, 14, 13,
                 17, 19, 17, 19, 18, 18, 17, 19, 18, 18};
    in.options.recalculate_after = 8;
    SeriesChart c = analyse_series(in);
    Wording w{"rape offences", ValueType::count, "Rape"};
    CHECK(commentary_sentence({{"Shropshire", &c}}, w) ==
          "Increase in the monthly average in Shropshire (from 14 to 18 per month)");
    CHECK(quarter_sentence(c, w) ==
          "55 rape offences were recorded last quarter, a 4% increase compared to the previous quarter (53) "
          "and above the quarter average (46).");
    CHECK(month_sentence(c, w) == "Volumes comparable with the previous month and at the provisional monthly average");
}

TEST_CASE("a pending recalculation is announced with an en-GB ordinal", "[spc][sentences]") {
    SeriesInput in;
    in.start = {2016, 1};
    in.values = {12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 13, 15, 13, 17, 17, 17, 17, 17, 17, 17};
    in.options.recalculate_after = 8;
    SeriesChart c = analyse_series(in);
    CHECK(pending_sentence(c) ==
          "7th consecutive month above the monthly average; if this continues next month the monthly average "
          "will be recalculated");
    CHECK(commentary_sentence({{"West Mercia", &c}, {"Shropshire", &c}}, offences()) ==
          "7th consecutive month above the monthly average in West Mercia and Shropshire; if this continues next "
          "month the monthly average will be recalculated");
    CHECK(pending_sentence(chart_with(1, 2)) == "");
}
