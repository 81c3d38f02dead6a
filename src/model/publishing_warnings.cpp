#include "model/publishing_warnings.h"

#include <cmath>
#include <set>


namespace scrutiny {

std::vector<Diagnostic> publishing_warnings(const SiteModel& model, const Date& today) {
    std::vector<Diagnostic> out;
    const FinancialQuarter current = FinancialQuarter::of(today);
    const FinancialQuarter oldest_fresh = current.minus(2);
    for (const auto& c : model.content.commitments) {
        if (c.status == Status::complete) continue;
        std::optional<FinancialQuarter> latest;
        for (const auto& u : c.updates)
            if (!latest || u.period > *latest) latest = u.period;
        if (latest && *latest >= oldest_fresh) continue;
        out.push_back({Severity::warning, c.where,
                       // Quarters as readers name them; the id only where it is to be typed.
                       "commitment " + c.ref + " has no update for " + current.minus(2).label_with_months() + " or " +
                           current.minus(1).label_with_months() +
                           (latest ? "; the latest is for " + latest->label_with_months() : "; it has no updates") +
                           "; add an [[updates]] entry with period = \"" + current.minus(1).id() +
                           "\", or set status = \"complete\" when it is done"});
    }
    const int today_month = Month::of(today).index();
    for (const auto& m : model.content.metrics) {
        int latest = -1;
        for (const auto& s : m.series) {
            if (!s.start) continue;
            const int first = s.start->index();
            for (size_t i = s.values.size(); i-- > 0;)
                if (!std::isnan(s.values[i])) {
                    latest = std::max(latest, first + static_cast<int>(i));
                    break;
                }
        }
        if (latest < 0 || today_month - latest <= 3) continue;
        const std::string month = Month::from_index(latest).to_string();
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
