#include "spc/sentences.h"

#include <cmath>

namespace scrutiny::spc {

namespace {

int side_as_written(const Writer& w, double value, double mean, bool as_mean) {
    // "in line with" only when the figures read the same (SPC.md section 6, rule 4).
    if ((as_mean ? w.mean(value) : w.value(value)) == w.mean(mean)) return 0;
    return value > mean ? 1 : -1;
}

std::string position(const Writer& w, int side, const std::string& average, const std::string& mean) {
    const char* key = side > 0 ? "spc.above_average" : (side < 0 ? "spc.below_average" : "spc.at_average");
    return w.tr().text(key, {{"average", average}, {"value", mean}});
}

// Present points of the latest point's segment, up to and including the latest.
std::vector<const Point*> segment_points_to_latest(const SeriesChart& c) {
    std::vector<const Point*> out;
    const Point* latest = c.latest_point();
    if (!latest) return out;
    for (const Point& p : c.points) {
        if (p.segment == latest->segment && !std::isnan(p.value)) out.push_back(&p);
        if (&p == latest) break;
    }
    return out;
}

// The words for the kind of point the latest is: a signal only for a signal.
std::string kind_text(const Writer& w, const SeriesChart& c, const Point& p, const Limits& l, MonthClaims& claims) {
    const Translations& tr = w.tr();
    claims.rule = p.rule;
    switch (p.rule) {
        case Rule::above_ucl:
            claims.limit = l.ucl;
            return tr.text("spc.above_range", {{"limit", w.mean(l.ucl)}});
        case Rule::below_lcl:
            claims.limit = l.lcl;
            return tr.text("spc.below_range", {{"limit", w.mean(l.lcl)}});
        case Rule::shift_high:
        case Rule::shift_low: {
            const int side = p.rule == Rule::shift_high ? 1 : -1;
            claims.run = months_on_side(c, side);
            return tr.text(side > 0 ? "spc.shift_high" : "spc.shift_low", {{"ordinal", w.ordinal(claims.run)}});
        }
        case Rule::trend_up:
        case Rule::trend_down: {
            const int dir = p.rule == Rule::trend_up ? 1 : -1;
            claims.run = months_trending(c, dir);
            return tr.text(dir > 0 ? "spc.trend_up" : "spc.trend_down", {{"count", std::to_string(claims.run)}});
        }
        case Rule::two_in_three_high: return tr.text("spc.near_high");
        case Rule::two_in_three_low: return tr.text("spc.near_low");
        case Rule::none: break;
    }
    return tr.text("spc.usual");
}

// "In September 2019, 3,290 offences were recorded" / "In September 2019, victim
// satisfaction was 81.7%" (and the quarter's "averaged").
std::string head(const Writer& w, const std::string& period, double value, bool as_count, const char* count_key,
                 const char* level_key) {
    if (as_count)
        return w.tr().plural(count_key, value, w.value(value), {{"period", period}, {"noun", w.noun_for(value)}});
    return w.tr().text(level_key, {{"period", period}, {"title", w.title_in_sentence()}, {"value", w.value(value)}});
}

}  // namespace

int months_on_side(const SeriesChart& c, int side) {
    auto pts = segment_points_to_latest(c);
    const double mean = pts.empty() ? 0 : c.segments[static_cast<size_t>(pts.back()->segment)].limits.mean;
    int run = 0;
    for (size_t k = pts.size(); k-- > 0;) {
        double x = pts[k]->value;
        if (!(side > 0 ? x > mean : x < mean)) break;
        ++run;
    }
    return run;
}

int months_trending(const SeriesChart& c, int direction) {
    auto pts = segment_points_to_latest(c);
    if (pts.empty()) return 0;
    int run = 1;
    for (size_t k = pts.size() - 1; k > 0; --k) {
        double now = pts[k]->value, before = pts[k - 1]->value;
        if (!(direction > 0 ? now > before : now < before)) break;
        ++run;
    }
    return run;
}

Sentence<MonthClaims> month_sentence(const SeriesChart& chart, const Writer& w) {
    const Point* latest = chart.latest_point();
    if (!latest) return {};
    const Segment& seg = chart.segments[static_cast<size_t>(latest->segment)];
    const Translations& tr = w.tr();
    MonthClaims claims;
    claims.period = latest->period;
    claims.value = latest->value;
    claims.segment = latest->segment;
    claims.mean = seg.limits.mean;
    claims.provisional = seg.provisional;
    claims.side = side_as_written(w, latest->value, seg.limits.mean, w.is_count());
    std::string mean_text = w.mean(seg.limits.mean);
    // A run above (below) the average is never "in line with" it: the mean is then written
    // with one more decimal, so the figures read apart as the chart draws them.
    const int run_side = latest->rule == Rule::shift_high ? 1 : (latest->rule == Rule::shift_low ? -1 : 0);
    if (claims.side == 0 && run_side != 0) {
        claims.side = run_side;
        mean_text = w.mean_precise(seg.limits.mean);
    }

    const std::string period = w.month(latest->period);
    TranslationArgs args{{"head", head(w, period, latest->value, w.is_count(), "spc.month_count", "spc.month_level")}};
    const std::string average = tr.text(seg.provisional ? "spc.provisional_monthly_average" : "spc.monthly_average");
    args.emplace_back("position", position(w, claims.side, average, mean_text));
    args.emplace_back("kind", kind_text(w, chart, *latest, seg.limits, claims));
    const Point* prev = chart.point_at(latest->period.plus(-1));
    if (!prev || std::isnan(prev->value)) return {tr.text("spc.month_sentence_first", args), claims};
    ChangeClaim change{prev->period, prev->value, 0};
    args.emplace_back("change", w.change(latest->value, prev->value, w.month(prev->period), change.direction));
    claims.previous = change;
    return {tr.text("spc.month_sentence", args), claims};
}

Sentence<QuarterClaims> quarter_sentence(const SeriesChart& chart, const Writer& w) {
    if (chart.quarters.empty()) return {};
    const Quarter& q = chart.quarters.back();
    const Translations& tr = w.tr();
    QuarterClaims claims;
    claims.first = q.first;
    claims.total = q.total;
    claims.quarter_average = q.quarter_average;

    TranslationArgs args{{"head", head(w, w.quarter(q.first), q.total, w.is_count() && chart.aggregate == Aggregate::sum, "spc.quarter_count", "spc.quarter_level")}};
    std::vector<std::string> changes;
    auto add_change = [&](const std::optional<double>& before, Period first, std::optional<ChangeClaim>& out) {
        if (!before) return;
        ChangeClaim c{first, *before, 0};
        changes.push_back(w.change(q.total, *before, w.quarter(first), c.direction));
        out = c;
    };
    add_change(q.same_last_year, q.first.plus(-12), claims.same_last_year);
    add_change(q.previous, q.first.plus(-3), claims.previous);
    if (changes.size() == 2)
        args.emplace_back("changes", tr.text("spc.changes", {{"first", changes[0]}, {"second", changes[1]}}));
    else if (changes.size() == 1)
        args.emplace_back("changes", changes[0]);

    // The first complete quarter is its own average: nothing to compare.
    if (!q.quarter_average || chart.quarters.size() < 2) {
        if (changes.empty()) return {tr.text("spc.quarter_sentence_alone", args), claims};
        claims.quarter_average.reset();
        return {tr.text("spc.quarter_sentence_no_average", args), claims};
    }
    claims.side = side_as_written(w, q.total, *q.quarter_average, w.is_count());
    args.emplace_back("position", position(w, claims.side, tr.text("spc.quarter_average"), w.mean(*q.quarter_average)));
    return {tr.text(changes.empty() ? "spc.quarter_sentence_first" : "spc.quarter_sentence", args), claims};
}

Sentence<StepClaims> step_sentence(const SeriesChart& chart, const Writer& w) {
    if (chart.segments.size() < 2) return {};
    const Segment& now = chart.segments.back();
    const Segment& before = chart.segments[chart.segments.size() - 2];
    StepClaims claims;
    claims.segment = now.index;
    claims.start = now.start;
    claims.mean = now.limits.mean;
    claims.before = before.limits.mean;
    claims.provisional = now.provisional;
    claims.months = now.present_points;
    const std::string mean = w.mean(now.limits.mean), was = w.mean(before.limits.mean);
    claims.direction = mean == was ? 0 : (now.limits.mean > before.limits.mean ? 1 : -1);
    const char* dir = claims.direction > 0 ? "up" : (claims.direction < 0 ? "down" : "same");
    std::string key = std::string("spc.step_") + (w.is_count() ? "count_" : "level_") + dir;
    std::string text = w.tr().text(key, {{"title", w.title_opening()},
                                         {"mean", mean},
                                         {"period", w.month(now.start)},
                                         {"before", was}});
    if (now.provisional)
        text = w.tr().plural("spc.step_provisional", now.present_points, std::to_string(now.present_points),
                             {{"sentence", text}});
    return {text, claims};
}

Sentence<PendingClaims> pending_sentence(const SeriesChart& chart, const Writer& w) {
    const auto& p = chart.summary.recalculation_pending;
    const Point* latest = chart.latest_point();
    if (!p || !latest) return {};
    PendingClaims claims{latest->period, p->side, p->run};
    return {w.tr().text(p->side > 0 ? "spc.pending_above" : "spc.pending_below",
                        {{"period", w.month(latest->period)}, {"ordinal", w.ordinal(p->run)}}),
            claims};
}

}  // namespace scrutiny::spc
