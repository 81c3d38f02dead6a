#include "model/publishing_warnings.h"

#include <cmath>
#include <set>

#include "content/parsers.h"

namespace scrutiny {

FinancialQuarter quarter_before(FinancialQuarter q, int steps) {
    const int index = q.year * 4 + (q.quarter - 1) - steps;
    const int year = index >= 0 ? index / 4 : -((-index + 3) / 4);
    return {year, index - year * 4 + 1};
}

std::vector<Diagnostic> publishing_warnings(const SiteModel& model, const Date& today) {
    std::vector<Diagnostic> out;
    const FinancialQuarter current = financial_quarter_of(today);
    const FinancialQuarter oldest_fresh = quarter_before(current, 2);
    for (const auto& c : model.content.commitments) {
        if (c.status == Status::complete) continue;
        std::optional<FinancialQuarter> latest;
        for (const auto& u : c.updates)
            if (!latest || u.period > *latest) latest = u.period;
        if (latest && *latest >= oldest_fresh) continue;
        out.push_back({Severity::warning, c.where,
                       "commitment " + c.ref + " has no update for " + quarter_before(current, 2).label() + " or " +
                           quarter_before(current, 1).label() +
                           (latest ? " (the latest is for " + latest->label() + ")" : " (it has no updates)") +
                           "; add an [[updates]] entry, or set status = \"complete\" when it is done"});
    }
    const int today_month = today.year * 12 + (today.month - 1);
    for (const auto& m : model.content.metrics) {
        int latest = -1;
        for (const auto& s : m.series) {
            if (!is_month_period(s.start)) continue;
            const int first = std::stoi(s.start.substr(0, 4)) * 12 + std::stoi(s.start.substr(5, 2)) - 1;
            for (size_t i = s.values.size(); i-- > 0;)
                if (!std::isnan(s.values[i])) {
                    latest = std::max(latest, first + static_cast<int>(i));
                    break;
                }
        }
        if (latest < 0 || today_month - latest <= 3) continue;
        const std::string month = std::to_string(latest / 12) + "-" + (latest % 12 < 9 ? "0" : "") + std::to_string(latest % 12 + 1);
        out.push_back({Severity::warning, m.where,
                       "measure " + m.id + " has no figure after " + month + ", " + std::to_string(today_month - latest) +
                           " months ago; add the latest months (scrutiny import FILE.csv --metric " + m.id + ")"});
    }
    std::set<std::string> referenced;
    for (const auto& c : model.content.commitments)
        for (const auto& o : c.oversight) referenced.insert(o.value);
    for (const auto& m : model.content.metrics)
        for (const auto& o : m.oversight) referenced.insert(o.value);
    for (const auto& s : model.content.sessions) referenced.insert(s.series.value);
    for (const auto& mech : model.content.mechanisms)
        if (!referenced.count(mech.id))
            out.push_back({Severity::warning, mech.where,
                           "meeting `" + mech.id + "` (" + mech.name +
                               ") is not named by any commitment's or measure's `oversight`, nor by any meeting record's "
                               "`series`; link it from what it oversees, or remove it"});
    return out;
}

}  // namespace scrutiny
