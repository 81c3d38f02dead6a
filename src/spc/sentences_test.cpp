#include "spc/sentences.h"

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

#include "common/english_for_tests.h"

using namespace scrutiny;
using namespace scrutiny::spc;

namespace {

const Translations& english() { return english_for_tests(); }

// A chart built by hand: one segment with the given limits, three months ending at `last`.
SeriesChart hand_chart(Limits limits, double first, double previous, double latest, Period last = {2019, 9},
                       bool provisional = false) {
    SeriesChart c;
    Segment s;
    s.start = last.plus(-2);
    s.end = last;
    s.limits = limits;
    s.provisional = provisional;
    s.present_points = 3;
    c.segments.push_back(s);
    for (double v : {first, previous, latest}) {
        Point p;
        p.period = c.points.empty() ? last.plus(-2) : c.points.back().period.plus(1);
        p.value = v;
        c.points.push_back(p);
    }
    return c;
}

// The seeds' violence-with-injury limits: mean 884.6, limits 790.2 .. 979.0, near lines 821.7 .. 947.5.
const Limits kViolence{884.6, 35.5, 790.2, 979.0, 821.7, 947.5, 12};

SeriesChart quarter_chart(double total, std::optional<double> previous, std::optional<double> last_year,
                          double average) {
    SeriesChart c = hand_chart(kViolence, 900, 900, 900);
    Quarter earlier;
    earlier.first = {2019, 4};
    Quarter q;
    q.first = {2019, 7};
    q.total = total;
    q.previous = previous;
    q.same_last_year = last_year;
    q.quarter_average = average;
    c.quarters = {earlier, q};
    return c;
}

struct Metric {
    Wording wording;
    Writer writer;
    explicit Metric(Wording w, const Translations& tr = english()) : wording(std::move(w)), writer(tr, wording) {}
};

Wording offences() { return Wording{"offences", ValueType::count, "Violence with injury"}; }
Wording percent(std::string title) { return Wording{"%", ValueType::percent, std::move(title)}; }

// 12 months around 14, then `tail`: analysed with the site's rules (West Mercia: recalculate after 8).
SeriesChart analysed(std::vector<double> tail, int recalculate_after = 0) {
    SeriesInput in;
    in.start = {2018, 1};
    in.values = {12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16};
    in.values.insert(in.values.end(), tail.begin(), tail.end());
    in.options.recalculate_after = recalculate_after;
    return analyse_series(in);
}

}  // namespace

TEST_CASE("a month within the usual range is not called significant, whatever the near line", "[spc][sentences]") {
    // Anti-social behaviour, September 2019: 3,290 against a near line of 3,302 was written
    // "significantly below the monthly average"; it is a common-cause month.
    Metric m{Wording{"incidents", ValueType::count, "Anti-social behaviour"}};
    Limits asb{3714, 155, 3302 - 412, 4538, 3302, 4126, 12};
    auto s = month_sentence(hand_chart(asb, 3500, 3933, 3290), m.writer);
    CHECK(s.text == "In September 2019, 3,290 incidents were recorded, down 16% on August 2019 (3,933); this is "
                    "below the monthly average (3,714) and within the usual range.");
    REQUIRE(s.claims);
    CHECK(s.claims->side == -1);
    CHECK(s.claims->rule == Rule::none);
    CHECK(s.claims->previous->direction == -1);
}

TEST_CASE("signal words only for signals: outside the limits is unusual", "[spc][sentences]") {
    Metric m{offences()};
    SeriesChart c = hand_chart(kViolence, 900, 900, 990);
    c.points[2].rule = Rule::above_ucl;
    CHECK(month_sentence(c, m.writer).text ==
          "In September 2019, 990 offences were recorded, up 10% on August 2019 (900); this is above the monthly "
          "average (885) and unusually high, above the usual range (up to 979).");
    c.points[2].value = 780;
    c.points[2].rule = Rule::below_lcl;
    CHECK(month_sentence(c, m.writer).text ==
          "In September 2019, 780 offences were recorded, down 13% on August 2019 (900); this is below the monthly "
          "average (885) and unusually low, below the usual range (down to 790).");
}

TEST_CASE("a shift is a sustained run with its true length, a trend its months of rise", "[spc][sentences]") {
    Metric m{Wording{"offences", ValueType::count, "Rape"}};
    SeriesChart shift = analysed({13, 15, 13, 17, 17, 17, 17, 17, 17, 17, 17});
    auto s = month_sentence(shift, m.writer);
    CHECK(s.text == "In November 2019, 17 offences were recorded, the same as October 2019 (17); this is above the "
                    "monthly average (15) and part of a sustained rise: the 8th month in a row above the average.");
    CHECK(s.claims->run == 8);
    CHECK(s.claims->rule == Rule::shift_high);

    SeriesChart trend = analysed({13, 14, 13, 12, 13, 14, 15, 16, 17, 18});
    auto t = month_sentence(trend, m.writer);
    CHECK(t.text == "In October 2019, 18 offences were recorded, up 6% on September 2019 (17); this is above "
                    "the monthly average (14) and part of a sustained rise: 7 months in a row each higher than "
                    "the month before.");
    CHECK(t.claims->run == 7);
}

TEST_CASE("a run above the average is never in line with it, even when the figures round alike", "[spc][sentences]") {
    Metric m{offences()};
    SeriesChart c = hand_chart(Limits{65.875, 2, 60.6, 71.2, 62.4, 69.4, 12}, 67, 67, 66);
    c.points[2].rule = Rule::shift_high;
    CHECK(month_sentence(c, m.writer).text ==
          "In September 2019, 66 offences were recorded, down 1% on August 2019 (67); this is above the monthly "
          "average (65.9) and part of a sustained rise: the 3rd month in a row above the average.");
    c.points[2].rule = Rule::none;
    CHECK(month_sentence(c, m.writer).text ==
          "In September 2019, 66 offences were recorded, down 1% on August 2019 (67); this is in line with the "
          "monthly average (66) and within the usual range.");
}

TEST_CASE("one of something is singular", "[spc][sentences]") {
    Metric m{offences()};
    CHECK(month_sentence(hand_chart(Limits{2, 1, 0, 4.66, 0.2, 3.8, 12}, 2, 3, 1), m.writer).text ==
          "In September 2019, 1 offence was recorded, down 67% on August 2019 (3); this is below the monthly average "
          "(2.0) and within the usual range.");
    Wording w = offences();
    w.noun = "offences and incidents";
    Metric mixed{w};
    CHECK(quarter_sentence(quarter_chart(1, std::nullopt, std::nullopt, 2), mixed.writer).text ==
          "In July to September 2019, 1 offence or incident was recorded; this is below the quarter average (2.0).");
}

TEST_CASE("a month after a gap, and a provisional average, say so", "[spc][sentences]") {
    Metric m{offences()};
    CHECK(month_sentence(hand_chart(kViolence, 900, std::nan(""), 930), m.writer).text ==
          "In September 2019, 930 offences were recorded; this is above the monthly average (885) and within the "
          "usual range.");
    CHECK(month_sentence(hand_chart(kViolence, 900, 960, 930, {2019, 9}, true), m.writer).text ==
          "In September 2019, 930 offences were recorded, down 3% on August 2019 (960); this is above the "
          "provisional monthly average (885) and within the usual range.");
}

TEST_CASE("percentages change by percentage points, and a level reads with its title", "[spc][sentences]") {
    Metric m{percent("Victim satisfaction")};
    SeriesChart c = hand_chart(Limits{80, 1, 77.34, 82.66, 78.23, 81.77, 12}, 80, 79.9, 81.7);
    CHECK(month_sentence(c, m.writer).text ==
          "In September 2019, victim satisfaction was 81.7%, up 1.8 percentage points on August 2019 (79.9%); this "
          "is above the monthly average (80.0%) and within the usual range.");
    c.points[2].value = 80.04;
    CHECK(month_sentence(c, m.writer).text ==
          "In September 2019, victim satisfaction was 80.0%, up 0.1 percentage points on August 2019 (79.9%); this "
          "is in line with the monthly average (80.0%) and within the usual range.");
}

TEST_CASE("a fall across a standard is a fall, not comparable", "[spc][sentences]") {
    // 999 calls answered in 10 seconds: 89.2% after 90.9%, across the 90% standard.
    Metric m{percent("999 calls answered within 10 seconds")};
    auto s = quarter_sentence(quarter_chart(89.2, 90.9, 89.6, 88.7), m.writer);
    CHECK(s.text == "In July to September 2019, 999 calls answered within 10 seconds averaged 89.2%, down 0.4 "
                    "percentage points on July to September 2018 (89.6%) and down 1.7 percentage points on April to "
                    "June 2019 (90.9%); this is above the quarter average (88.7%).");
    CHECK(s.claims->previous->direction == -1);
}

TEST_CASE("never above or below an average that reads the same", "[spc][sentences]") {
    // "averaged 73.5% ... below the quarter average (73.5%)".
    Metric m{percent("Complaints recorded within 10 working days")};
    auto s = quarter_sentence(quarter_chart(73.46, 73.46, std::nullopt, 73.54), m.writer);
    CHECK(s.text == "In July to September 2019, complaints recorded within 10 working days averaged 73.5%, the same "
                    "as April to June 2019 (73.5%); this is in line with the quarter average (73.5%).");
    CHECK(s.claims->side == 0);
    CHECK(s.claims->previous->direction == 0);
}

TEST_CASE("quarters lead with the change on a year earlier", "[spc][sentences]") {
    // Burglary, West Mercia: up 5% on the spring, but 18% down on a year earlier.
    Metric m{Wording{"offences", ValueType::count, "Residential burglary"}};
    CHECK(quarter_sentence(quarter_chart(638, 610, 780, 788.8), m.writer).text ==
          "In July to September 2019, 638 offences were recorded, down 18% on July to September 2018 (780) and up 5% "
          "on April to June 2019 (610); this is below the quarter average (789).");
    // The seeds' violence with injury, July to September 2017.
    SeriesChart seeds = quarter_chart(2762, 2846, 2609, 2654);
    seeds.quarters.back().first = {2017, 7};
    CHECK(quarter_sentence(seeds, Metric{offences()}.writer).text ==
          "In July to September 2017, 2,762 offences were recorded, up 6% on July to September 2016 (2,609) and "
          "down 3% on April to June 2017 (2,846); this is above the quarter average (2,654).");
    CHECK(quarter_sentence(quarter_chart(11487, 11483, std::nullopt, 11157), m.writer).text ==
          "In July to September 2019, 11,487 offences were recorded, up 0.03% on April to June 2019 (11,483); this "
          "is above the quarter average (11,157).");
    SeriesChart none = hand_chart(kViolence, 1, 2, 3);
    CHECK(quarter_sentence(none, m.writer).text.empty());
}

TEST_CASE("after a recalculation the story of the step is told", "[spc][sentences]") {
    SeriesChart c = hand_chart(kViolence, 900, 900, 900);
    Segment before = c.segments[0];
    before.limits.mean = 2751;
    Segment now = before;
    now.index = 1;
    now.start = {2022, 12};
    now.limits.mean = 2348;
    now.present_points = 14;
    c.segments = {before, now};
    Metric m{Wording{"offences", ValueType::count, "Burglary"}};
    auto s = step_sentence(c, m.writer);
    CHECK(s.text == "Burglary has averaged 2,348 a month since December 2022, down from 2,751.");
    CHECK(s.claims->direction == -1);
    c.segments[1].provisional = true;
    c.segments[1].present_points = 1;
    CHECK(step_sentence(c, m.writer).text ==
          "Burglary has averaged 2,348 a month since December 2022, down from 2,751. The new average is "
          "provisional: it rests on 1 month.");
    CHECK(step_sentence(hand_chart(kViolence, 1, 2, 3), m.writer).text.empty());
}

TEST_CASE("a pending recalculation names the month and the run", "[spc][sentences]") {
    Metric m{offences()};
    SeriesChart c = analysed({13, 15, 13, 17, 17, 17, 17, 17, 17, 17}, 8);
    auto s = pending_sentence(c, m.writer);
    CHECK(s.text == "October 2019 is the 7th month in a row above the monthly average; if next month is above it "
                    "too, the monthly average will be recalculated.");
    CHECK(s.claims->run == 7);
    CHECK(pending_sentence(hand_chart(kViolence, 1, 2, 3), m.writer).text.empty());
}

TEST_CASE("commentary across areas names the month, the signals and moved averages", "[spc][sentences]") {
    Metric m{offences()};
    SeriesChart shropshire = hand_chart(kViolence, 900, 900, 1000);
    shropshire.points[2].rule = Rule::above_ucl;
    SeriesChart telford = hand_chart(kViolence, 900, 900, 700);
    telford.points[2].rule = Rule::below_lcl;
    SeriesChart quiet = hand_chart(kViolence, 900, 900, 900);
    SeriesChart south = hand_chart(kViolence, 900, 900, 900);
    Segment old_seg = south.segments[0];
    old_seg.limits.mean = 14;
    Segment new_seg = old_seg;
    new_seg.index = 1;
    new_seg.start = {2019, 2};
    new_seg.detected = {2019, 9};
    new_seg.limits.mean = 18;
    new_seg.provisional = true;
    south.segments = {old_seg, new_seg};

    CHECK(commentary_sentence({{"Shropshire", &shropshire}, {"Telford & Wrekin", &telford}, {"Herefordshire", &quiet}},
                              m.writer).text ==
          "In September 2019: unusually high in Shropshire; unusually low in Telford & Wrekin.");
    auto s = commentary_sentence({{"Shropshire", &shropshire}, {"South Worcestershire", &south}}, m.writer);
    CHECK(s.text == "In September 2019: unusually high in Shropshire; the monthly average rose in South "
                    "Worcestershire from 14 to 18 a month from February 2019 (provisional).");
    REQUIRE(s.claims->moved.size() == 1);
    CHECK(s.claims->moved[0].area == "South Worcestershire");
    CHECK(commentary_sentence({{"Herefordshire", &quiet}}, m.writer).text ==
          "In September 2019, no area was outside its usual range or on a sustained rise or fall.");

    SeriesChart pending = analysed({13, 15, 13, 17, 17, 17, 17, 17, 17, 17}, 8);
    CHECK(commentary_sentence({{"West Mercia", &pending}, {"Shropshire", &pending}}, m.writer).text ==
          "In October 2019: a sustained rise in West Mercia and Shropshire; West Mercia and Shropshire: the 7th month in a row above the monthly average, which "
          "will be recalculated if the next month is above it too.");
}

TEST_CASE("every word comes from the translation table", "[spc][sentences]") {
    Diagnostics diags;
    auto cy = Translations::parse("[month]\n9 = \"Medi\"\n8 = \"Awst\"\n", "cy.toml", diags);
    REQUIRE(cy);
    Translations welsh_months = cy->over(english(), diags);
    Metric m{offences(), welsh_months};
    CHECK(month_sentence(hand_chart(kViolence, 900, 960, 930), m.writer).text.rfind("In Medi 2019, ", 0) == 0);
    Translations pseudo = english().pseudo();
    Metric p{offences(), pseudo};
    CHECK(month_sentence(hand_chart(kViolence, 900, 960, 930), p.writer).text.rfind("\xE2\x9F\xA6", 0) == 0);
}
