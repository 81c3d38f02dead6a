// The commentary across a metric's areas (SPC.md section 6), declared in sentences.h.
#include <cmath>

#include "spc/sentences.h"

namespace scrutiny::spc {

namespace {

// Pending runs grouped so areas at the same count share one clause.
struct PendingGroup {
    int side, run;
    std::vector<std::string> names;
};

}  // namespace

Sentence<CommentaryClaims> commentary_sentence(const std::vector<AreaChart>& areas, const Writer& w) {
    const Translations& tr = w.tr();
    CommentaryClaims claims;
    bool any = false;
    for (const AreaChart& a : areas)
        if (const Point* p = a.chart->latest_point()) {
            if (!any || p->period > claims.period) claims.period = p->period;
            any = true;
        }
    if (!any) return {};

    std::vector<PendingGroup> pending;
    for (const AreaChart& a : areas) {
        const SeriesChart& c = *a.chart;
        const Point* latest = c.latest_point();
        // An area whose figures stop earlier is not described as of a month it has no figure for.
        if (!latest || latest->period != claims.period) continue;
        switch (latest->rule) {
            case Rule::above_ucl: claims.unusual_high.push_back(a.name); break;
            case Rule::below_lcl: claims.unusual_low.push_back(a.name); break;
            case Rule::shift_high:
            case Rule::trend_up: claims.sustained_rise.push_back(a.name); break;
            case Rule::shift_low:
            case Rule::trend_down: claims.sustained_fall.push_back(a.name); break;
            default: break;
        }
        // A new average that became known in the last three months.
        const Segment& last = c.segments.back();
        if (c.segments.size() >= 2 && last.detected.index() > claims.period.index() - 3) {
            const Segment& before = c.segments[c.segments.size() - 2];
            if (w.mean(before.limits.mean) != w.mean(last.limits.mean))
                claims.moved.push_back({a.name, before.limits.mean, last.limits.mean, last.start, last.provisional});
        }
        if (const auto& p = c.summary.recalculation_pending) {
            claims.pending.push_back({a.name, p->side, p->run});
            bool grouped = false;
            for (auto& g : pending)
                if (g.side == p->side && g.run == p->run) {
                    g.names.push_back(a.name);
                    grouped = true;
                }
            if (!grouped) pending.push_back({p->side, p->run, {a.name}});
        }
    }

    std::vector<std::string> parts;
    auto add = [&](const char* key, const std::vector<std::string>& names) {
        if (!names.empty()) parts.push_back(tr.text(key, {{"areas", w.list(names)}}));
    };
    add("spc.commentary_unusual_high", claims.unusual_high);
    add("spc.commentary_unusual_low", claims.unusual_low);
    add("spc.commentary_sustained_rise", claims.sustained_rise);
    add("spc.commentary_sustained_fall", claims.sustained_fall);
    for (const MovedAverage& m : claims.moved) {
        std::string part = tr.text(m.after > m.before ? "spc.commentary_average_up" : "spc.commentary_average_down",
                                   {{"area", m.area},
                                    {"before", w.mean(m.before)},
                                    {"after", w.mean(m.after)},
                                    {"per", w.is_count() ? tr.text("spc.commentary_per_month") : std::string()},
                                    {"period", w.month(m.start)}});
        if (m.provisional) part = tr.text("spc.commentary_average_provisional", {{"part", part}});
        parts.push_back(part);
    }
    for (const PendingGroup& g : pending)
        parts.push_back(tr.text(g.side > 0 ? "spc.commentary_pending_above" : "spc.commentary_pending_below",
                                {{"areas", w.list(g.names)}, {"ordinal", w.ordinal(g.run)}}));

    const std::string period = w.month(claims.period);
    if (parts.empty()) return {tr.text("spc.commentary_none", {{"period", period}}), claims};
    std::string joined;
    for (size_t i = 0; i < parts.size(); ++i) joined += (i ? tr.text("spc.commentary_separator") : "") + parts[i];
    return {tr.text("spc.commentary", {{"period", period}, {"parts", joined}}), claims};
}

}  // namespace scrutiny::spc
