#include "spc/sentences.h"

#include <cmath>

#include "common/number_format.h"
#include "common/text.h"

namespace scrutiny::spc {

namespace {

std::string capitalise(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string title_of(const Wording& w) { return w.title.empty() ? "Value" : capitalise(w.title); }

// A level with its unit: "81.7%", "13.2 minutes", "2,762 offences".
std::string format_value(double v, const Wording& w) {
    switch (w.value_type) {
        case ValueType::percent: return format_percent(v, 1);
        case ValueType::rate:
        case ValueType::minutes: return format_decimal(v, 1) + (w.noun.empty() ? "" : " " + w.noun);
        case ValueType::count: break;
    }
    return format_count(v);
}

// A mean in a "from .. to .." phrase: counts as whole numbers (one decimal below 10).
std::string format_mean(double v, const Wording& w) {
    switch (w.value_type) {
        case ValueType::percent: return format_percent(v, 1);
        case ValueType::rate:
        case ValueType::minutes: return format_decimal(v, 1);
        case ValueType::count: break;
    }
    return format_statistic(v);
}

std::string volumes_noun(const Wording& w) {
    switch (w.value_type) {
        case ValueType::percent:
        case ValueType::rate: return "rates";
        case ValueType::minutes: return "times";
        case ValueType::count: break;
    }
    return "volumes";
}

// +1, -1, or 0 when the relative change is under kComparableChange.
int change_direction(double now, double before) {
    if (before == 0) return now == 0 ? 0 : (now > 0 ? 1 : -1);
    double rel = (now - before) / std::fabs(before);
    if (std::fabs(rel) < kComparableChange) return 0;
    return rel > 0 ? 1 : -1;
}

int sign(double d) { return d > 0 ? 1 : (d < 0 ? -1 : 0); }

// "a" or "an" before a whole percentage written in digits ("an 8%", "an 11%", "an 18%").
std::string article_for(const std::string& number) {
    if (!number.empty() && number[0] == '8') return "an";
    std::string digits;
    for (char c : number) {
        if (c == ',') continue;
        if (c < '0' || c > '9') break;
        digits += c;
    }
    if ((digits.size() % 3 == 2) && (digits.compare(0, 2, "11") == 0 || digits.compare(0, 2, "18") == 0))
        return "an";
    return "a";
}

// "exceptionally above", "significantly below", "above", "at".
std::string position_phrase(double x, const Limits& l) {
    if (x > l.ucl) return "exceptionally above";
    if (x < l.lcl) return "exceptionally below";
    if (x > l.near_ucl) return "significantly above";
    if (x < l.near_lcl) return "significantly below";
    if (x > l.mean) return "above";
    if (x < l.mean) return "below";
    return "at";
}

const char* conjunction(int change, int side) { return change == 0 || side == 0 || change == side ? "and" : "but"; }

// Whether `p` lies in the calendar quarter starting at `q`.
bool in_quarter(Period p, Period q) { return p.index() >= q.index() && p.index() < q.index() + 3; }

}  // namespace

std::string month_sentence(const SeriesChart& chart, const Wording& w) {
    const Point* latest = chart.latest_point();
    if (!latest) return "";
    const Segment& seg = chart.segments[static_cast<size_t>(latest->segment)];
    const double x = latest->value;
    const Point* prev = chart.point_at(latest->period.plus(-1));
    const bool has_prev = prev && !std::isnan(prev->value);
    const std::string average = seg.provisional ? "the provisional monthly average" : "monthly average";
    const std::string position = position_phrase(x, seg.limits) + " " + average;
    const int side = sign(x - seg.limits.mean);

    if (w.value_type == ValueType::count) {
        if (!has_prev) return capitalise(position);
        int change = change_direction(x, prev->value);
        std::string head = change > 0   ? "Increased volumes on previous month"
                           : change < 0 ? "Decreased volumes on previous month"
                                        : "Volumes comparable with the previous month";
        return head + " " + conjunction(change, side) + " " + position;
    }
    const std::string title = title_of(w);
    const std::string value = format_value(x, w);
    if (!has_prev) return title + " at " + value + ", " + position;
    int change = change_direction(x, prev->value);
    if (change == 0)
        return title + " at " + value + ", comparable with the previous month " + conjunction(change, side) +
               " " + position;
    return title + (change > 0 ? " rose to " : " fell to ") + value + " from " + format_value(prev->value, w) +
           " " + conjunction(change, side) + " " + position;
}

std::string quarter_sentence(const SeriesChart& chart, const Wording& w) {
    if (chart.quarters.empty() || chart.points.empty()) return "";
    const Quarter& q = chart.quarters.back();
    // "last quarter" when it is the series' most recent calendar quarter, else its label.
    Period last_month = chart.points.back().period;
    Period last_full = last_month.plus(-2).quarter_start();
    if (last_full.plus(2) > last_month) last_full = last_full.plus(-3);
    const std::string when = q.first == last_full ? "last quarter" : "in " + calendar_quarter_label(q.first);

    const bool count = w.value_type == ValueType::count;
    auto fmt = [&](double v) { return count ? format_count(v) : format_value(v, w); };
    auto fmt_avg = [&](double v) { return count ? format_statistic(v) : format_value(v, w); };

    const bool just_one = count && format_count(q.total) == "1";
    std::string out = count ? format_count(q.total) + " " + (just_one ? singular_noun(w.noun) + " was" : w.noun + " were") +
                                  " recorded " + when
                            : title_of(w) + " averaged " + format_value(q.total, w) + " " + when;
    int change = 0;
    if (q.previous) {
        change = change_direction(q.total, *q.previous);
        std::string prev = "the previous quarter (" + fmt(*q.previous) + ")";
        if (change == 0) {
            out += ", comparable to " + prev;
        } else {
            const char* dir = change > 0 ? "increase" : "decrease";
            if (w.value_type == ValueType::percent || *q.previous == 0) {
                out += std::string(change > 0 ? ", an " : ", a ") + dir + " compared to " + prev;
            } else {
                std::string pct = format_change_percent((q.total - *q.previous) / std::fabs(*q.previous));
                out += ", " + article_for(pct) + " " + pct + " " + dir + " compared to " + prev;
            }
        }
    }
    if (!q.quarter_average) return out + ".";
    int side = sign(q.total - *q.quarter_average);
    std::string avg = side > 0 ? "above" : (side < 0 ? "below" : "in line with");
    avg += " the quarter average (" + fmt_avg(*q.quarter_average) + ")";
    out += q.previous ? std::string(" ") + conjunction(change, side) + " " + avg : ", " + avg;
    return out + ".";
}

namespace {

std::string pending_text(int side, int run, const std::string& where) {
    return ordinal(run) + " consecutive month " + (side > 0 ? "above" : "below") + " the monthly average" +
           where + "; if this continues next month the monthly average will be recalculated";
}

std::string in_areas(const std::vector<std::string>& names) {
    std::vector<std::string> named;
    for (const auto& n : names)
        if (!n.empty()) named.push_back(n);
    return named.empty() ? "" : " in " + join_with_and(named);
}

}  // namespace

std::string pending_sentence(const SeriesChart& chart) {
    const auto& p = chart.summary.recalculation_pending;
    if (!p) return "";
    return capitalise(pending_text(p->side, p->run, ""));
}

std::string commentary_sentence(const std::vector<AreaChart>& areas, const Wording& w) {
    std::vector<std::string> exceptional;
    std::vector<std::string> moved[2];  // [0] increase, [1] decrease: "Name (from a to b per month)"
    struct PendingGroup { int side, run; std::vector<std::string> names; };
    std::vector<PendingGroup> pending;

    for (const AreaChart& a : areas) {
        const SeriesChart& c = *a.chart;
        if (const Point* latest = c.latest_point())
            if (latest->rule == Rule::above_ucl || latest->rule == Rule::below_lcl) exceptional.push_back(a.name);
        if (!c.quarters.empty()) {
            Period q = c.quarters.back().first;
            for (size_t s = c.segments.size(); s-- > 1;) {
                const Segment& seg = c.segments[s];
                if (seg.reason == SegmentReason::initial || !in_quarter(seg.detected, q)) continue;
                double before = c.segments[s - 1].limits.mean, after = seg.limits.mean;
                if (before == after) break;
                std::string range = "from " + format_mean(before, w) + " to " + format_mean(after, w);
                if (w.value_type == ValueType::count) range += " per month";
                else if (w.value_type != ValueType::percent && !w.noun.empty()) range += " " + w.noun;
                moved[after > before ? 0 : 1].push_back((a.name.empty() ? "" : a.name + " ") + "(" + range + ")");
                break;
            }
        }
        if (const auto& p = c.summary.recalculation_pending) {
            bool grouped = false;
            for (auto& g : pending)
                if (g.side == p->side && g.run == p->run) { g.names.push_back(a.name); grouped = true; }
            if (!grouped) pending.push_back({p->side, p->run, {a.name}});
        }
    }

    std::vector<std::string> parts;
    if (!exceptional.empty()) parts.push_back("exceptional " + volumes_noun(w) + in_areas(exceptional));
    for (int d = 0; d < 2; ++d)
        if (!moved[d].empty())
            parts.push_back(std::string(d == 0 ? "increase" : "decrease") + " in the monthly average " +
                            (moved[d].size() == 1 && moved[d][0].front() == '(' ? "" : "in ") +
                            join_with_and(moved[d]));
    for (const auto& g : pending) parts.push_back(pending_text(g.side, g.run, in_areas(g.names)));
    if (parts.empty()) parts.push_back("no exceptional " + volumes_noun(w));

    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : " and ") + parts[i];
    return capitalise(out);
}

}  // namespace scrutiny::spc
