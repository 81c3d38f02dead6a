#include "spc/analyse_series.h"

#include <algorithm>
#include <cmath>

namespace scrutiny::spc {

std::string_view assurance_name(Assurance a) {
    switch (a) {
        case Assurance::consistent_pass: return "consistent_pass";
        case Assurance::consistent_fail: return "consistent_fail";
        case Assurance::inconsistent: return "inconsistent";
    }
    return "inconsistent";
}

const Point* SeriesChart::latest_point() const {
    for (auto it = points.rbegin(); it != points.rend(); ++it)
        if (!std::isnan(it->value)) return &*it;
    return nullptr;
}

const Point* SeriesChart::point_at(Period p) const {
    if (points.empty()) return nullptr;
    int i = p.index() - points.front().period.index();
    if (i < 0 || i >= static_cast<int>(points.size())) return nullptr;
    return &points[static_cast<size_t>(i)];
}

std::vector<std::string> validate(const SeriesInput& in) {
    std::vector<std::string> errors;
    const Options& o = in.options;
    int present = 0;
    for (double v : in.values) {
        if (std::isnan(v)) continue;
        if (!std::isfinite(v)) {
            errors.push_back("the series holds an infinite value; use finite numbers only");
            break;
        }
        ++present;
    }
    if (present < 2)
        errors.push_back("the series has " + std::to_string(present) +
                         (present == 1 ? " value" : " values") + (in.values.size() > static_cast<size_t>(present) ? " (the rest are nan)" : "") +
                         "; a control chart needs at least 2, so add the monthly figures or remove the series");
    if (o.shift_run < 2)
        errors.push_back("shift_run is " + std::to_string(o.shift_run) + "; use 2 or more (usually 7)");
    if (o.trend_run < 2)
        errors.push_back("trend_run is " + std::to_string(o.trend_run) + "; use 2 or more (usually 7)");
    if (o.recalculate_after < 0 || o.recalculate_after == 1)
        errors.push_back("recalculate_after is " + std::to_string(o.recalculate_after) +
                         "; use 0 (off) or 2 or more (West Mercia uses 8)");
    if (o.min_points < 1)
        errors.push_back("min_points is " + std::to_string(o.min_points) + "; use 1 or more (usually 12)");
    if (o.fix_after_n_points && *o.fix_after_n_points < 12)
        errors.push_back("fix_after_n_points is " + std::to_string(*o.fix_after_n_points) +
                         "; use 12 or more, or leave it out");
    if (!in.values.empty()) {
        Period last = in.start.plus(static_cast<int>(in.values.size()) - 1);
        std::vector<Period> seen;
        for (const Period& r : in.rebase) {
            if (r < in.start || r > last) {
                errors.push_back("rebase period " + r.to_string() + " is outside the series (" +
                                 in.start.to_string() + " to " + last.to_string() +
                                 "); choose a month within it");
                continue;
            }
            if (std::find(seen.begin(), seen.end(), r) != seen.end()) {
                errors.push_back("rebase period " + r.to_string() + " is given twice; give it once");
                continue;
            }
            seen.push_back(r);
        }
        // Every segment needs a value to compute its limits from.
        std::sort(seen.begin(), seen.end());
        if (errors.empty()) {
            if (seen.empty() || seen.front() != in.start) seen.insert(seen.begin(), in.start);
            for (size_t k = 0; k < seen.size(); ++k) {
                size_t first = static_cast<size_t>(seen[k].index() - in.start.index());
                size_t end = k + 1 < seen.size() ? static_cast<size_t>(seen[k + 1].index() - in.start.index())
                                                 : in.values.size();
                bool any = false;
                for (size_t i = first; i < end; ++i) any = any || !std::isnan(in.values[i]);
                if (!any)
                    errors.push_back("the segment " + seen[k].to_string() + " to " +
                                     in.start.plus(static_cast<int>(end) - 1).to_string() +
                                     " has no values; move or remove a rebase period");
            }
        }
    }
    return errors;
}

SeriesChart analyse_series(const SeriesInput& in) {
    SeriesChart chart;
    chart.improvement = in.improvement;
    chart.aggregate = in.aggregate;
    chart.target = in.target;
    const std::span<const double> values(in.values);
    const size_t n = values.size();
    const Options& o = in.options;

    std::vector<size_t> rebase;
    rebase.reserve(in.rebase.size());
    for (const Period& r : in.rebase) rebase.push_back(static_cast<size_t>(r.index() - in.start.index()));
    std::sort(rebase.begin(), rebase.end());
    rebase.erase(std::unique(rebase.begin(), rebase.end()), rebase.end());

    RecalculationSettings settings{o.screen_outliers, o.fix_after_n_points, o.recalculate_after, o.trend_run};
    std::vector<SegmentPlan> plans = plan_segments(values, rebase, settings);

    chart.points.resize(n);
    std::vector<int> segment_of_month(n, 0);
    // Present values of a segment, compacted so the rules see no gaps; one buffer per series.
    std::vector<double> compact;
    std::vector<Rule> compact_rules;
    compact.reserve(n);
    compact_rules.resize(n);
    chart.segments.reserve(plans.size());
    for (size_t s = 0; s < plans.size(); ++s) {
        const SegmentPlan& p = plans[s];
        Segment seg;
        seg.index = static_cast<int>(s);
        seg.start = in.start.plus(static_cast<int>(p.first));
        seg.end = in.start.plus(static_cast<int>(p.end) - 1);
        seg.detected = in.start.plus(static_cast<int>(p.detected));
        seg.reason = p.reason;
        seg.limits = p.limits;
        compact.clear();
        for (size_t i = p.first; i < p.end; ++i)
            if (!std::isnan(values[i])) compact.push_back(values[i]);
        seg.present_points = static_cast<int>(compact.size());
        seg.provisional = seg.present_points < o.min_points;
        chart.segments.push_back(seg);
        classify_segment(compact, p.limits, o.shift_run, o.trend_run,
                         std::span<Rule>(compact_rules).first(compact.size()));
        size_t k = 0;
        for (size_t i = p.first; i < p.end; ++i) {
            segment_of_month[i] = static_cast<int>(s);
            Point& pt = chart.points[i];
            pt.value = values[i];
            pt.segment = static_cast<int>(s);
            pt.rule = std::isnan(values[i]) ? Rule::none : compact_rules[k++];
            pt.type = point_type(pt.rule, in.improvement);
        }
    }
    Period month = in.start;
    for (size_t i = 0; i < n; ++i, month = month.month == 12 ? Period{month.year + 1, 1} : Period{month.year, month.month + 1})
        chart.points[i].period = month;

    chart.quarters = compute_quarters(in.start, values, in.aggregate, segment_of_month);

    // Summary.
    Summary& sum = chart.summary;
    if (const Point* latest = chart.latest_point()) {
        sum.latest = latest->period;
        sum.variation = latest->type;
    }
    if (!chart.segments.empty()) {
        const Segment& last = chart.segments.back();
        if (in.target && in.improvement != Improvement::neutral) {
            bool increase = in.improvement == Improvement::increase;
            if (*in.target > last.limits.ucl)
                sum.assurance = increase ? Assurance::consistent_fail : Assurance::consistent_pass;
            else if (*in.target < last.limits.lcl)
                sum.assurance = increase ? Assurance::consistent_pass : Assurance::consistent_fail;
            else
                sum.assurance = Assurance::inconsistent;
        }
        // Pending only when the next month on the same side would recalculate: the open
        // run of the last segment, counted as the recalculation scan counts it.
        const SegmentPlan& plan = plans.back();
        if (o.recalculate_after > 1 && plan.open_run == o.recalculate_after - 1)
            sum.recalculation_pending = RecalculationPending{plan.open_side, plan.open_run};
    }
    return chart;
}

}  // namespace scrutiny::spc
