// The plain-English sentences of docs/spc-method.md section 6, generated from a computed chart, every
// word from the translation table. Each sentence comes with the claims it makes, so a
// checker can test it against the chart mechanically (docs/chart-json.md, "Claims").
// The four rules: true of the chart beside it; signal words only for signals (never
// "significantly"); the period named; the change said with its baseline, year on year first.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/translations.h"
#include "spc/analyse_series.h"
#include "spc/wording.h"

namespace scrutiny::spc {

// A change a sentence states: against the figure of `period` (a month, or a quarter's first
// month), which was `value`; direction +1 up, -1 down, 0 "the same" (equal as written).
struct ChangeClaim {
    Period period;
    double value = 0;
    int direction = 0;
};

// Where a figure is said to lie against an average: +1 above, -1 below, 0 "in line with"
// (equal as written).
struct MonthClaims {
    Period period;                       // the month the sentence is about (the latest)
    double value = 0;
    std::optional<ChangeClaim> previous; // the month before, when present
    int segment = 0;                     // whose mean is the "monthly average" named
    double mean = 0;
    int side = 0;
    bool provisional = false;
    Rule rule = Rule::none;              // the signal named; none = "within the usual range"
    int run = 0;                         // shift: months in a row on that side; trend: months rising/falling
    std::optional<double> limit;         // the limit named for a point outside the limits
};

struct QuarterClaims {
    Period first;                               // the quarter's first month
    double total = 0;                           // sum or mean, as the metric aggregates
    std::optional<ChangeClaim> same_last_year;  // stated first
    std::optional<ChangeClaim> previous;
    std::optional<double> quarter_average;
    int side = 0;
};

struct StepClaims {
    int segment = 0;  // the segment whose average is told (the last)
    Period start;
    double mean = 0, before = 0;
    int direction = 0;  // +1 up from `before`, -1 down, 0 the same as written
    bool provisional = false;
    int months = 0;     // present months the new average rests on
};

struct PendingClaims {
    Period period;  // the latest month
    int side = 0;
    int run = 0;
};

template <class Claims>
struct Sentence {
    std::string text;  // "" when there is nothing to say
    std::optional<Claims> claims;
};

// The latest month against the previous month and the average drawn for it, e.g. "In
// September 2019, 3,290 offences were recorded, down 4% on August 2019 (3,420); this is below
// the monthly average (3,302) and within the usual range."
Sentence<MonthClaims> month_sentence(const SeriesChart& chart, const Writer& w);

// The latest complete quarter, year on year first, then on the previous quarter, then against
// the quarter average (SPC.md section 5), e.g. "In July to September 2017, 2,762 offences were
// recorded, up 6% on July to September 2016 (2,609) and down 3% on April to June 2017 (2,846);
// this is above the quarter average (2,654)."
Sentence<QuarterClaims> quarter_sentence(const SeriesChart& chart, const Writer& w);

// After a recalculation (the last segment is not the first), the story of the step:
// "Burglary has averaged 2,348 a month since December 2022, down from 2,751."
Sentence<StepClaims> step_sentence(const SeriesChart& chart, const Writer& w);

// Section 4's pending recalculation: "September 2019 is the 7th month in a row above the
// monthly average; if next month is above it too, the monthly average will be recalculated."
Sentence<PendingClaims> pending_sentence(const SeriesChart& chart, const Writer& w);

// How many present months in a row, ending at the latest, lie strictly on `side` of their
// segment's mean (within its segment); and how many rise (fall) strictly in a row.
int months_on_side(const SeriesChart& chart, int side);
int months_trending(const SeriesChart& chart, int direction);

struct AreaChart {
    std::string name;  // "Shropshire"
    const SeriesChart* chart = nullptr;
};

struct MovedAverage {
    std::string area;
    double before = 0, after = 0;
    Period start;
    bool provisional = false;
};

struct PendingArea {
    std::string area;
    int side = 0, run = 0;
};

struct CommentaryClaims {
    Period period;  // the latest month of any area; only areas with a figure for it are read
    std::vector<std::string> unusual_high, unusual_low, sustained_rise, sustained_fall;
    std::vector<MovedAverage> moved;  // a new average detected in the last three months
    std::vector<PendingArea> pending;
};

// Across areas: "In September 2019: unusually high in Shropshire; the monthly average rose in
// South Worcestershire from 14 to 18 a month from July 2019." or "In September 2019, every
// area was within its usual range."
Sentence<CommentaryClaims> commentary_sentence(const std::vector<AreaChart>& areas, const Writer& w);

}  // namespace scrutiny::spc
