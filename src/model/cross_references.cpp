#include "model/cross_references.h"

#include <cmath>
#include <set>

#include "common/spellcheck.h"
#include "model/site_model.h"

namespace scrutiny {

namespace {
template <typename T, typename KeyFn>
std::vector<std::string> keys_of(const std::vector<T>& items, KeyFn key) {
    std::vector<std::string> out;
    for (const auto& x : items) out.push_back(key(x));
    return out;
}

void check_ref(const std::set<std::string>& unreadable, const LocatedString& ref, const std::map<std::string, size_t>& index,
           const std::vector<std::string>& known, const std::string& what, const std::string& where_defined,
           Diagnostics& diags) {
    if (ref.value.empty() || index.count(ref.value)) return;
    const std::string kind = what == "commitment ref" ? "commitment" : what;
    if (unreadable.count(kind)) return;
    diags.error(ref.where, "unknown " + what + " `" + ref.value + "`" + did_you_mean(ref.value, known) +
                               (where_defined.empty() ? "" : " (" + what + "s are defined in " + where_defined + ")"));
}

}  // namespace

void check_cross_references(const SiteModel& m, Diagnostics& diags) {
    const auto& c = m.content;
    const auto objectives = keys_of(c.config.objectives, [](const Objective& o) { return o.id; });
    const auto areas = keys_of(c.config.areas, [](const Area& a) { return a.id; });
    const auto mechanisms = keys_of(c.mechanisms, [](const Mechanism& x) { return x.id; });
    const auto metrics = keys_of(c.metrics, [](const Metric& x) { return x.id; });
    const auto refs = keys_of(c.commitments, [](const Commitment& x) { return x.ref; });
    const std::string meetings_file = "content/glossary/meetings.toml";

    std::map<std::string, size_t> plan_index;
    for (size_t i = 0; i < c.config.plans.size(); ++i) plan_index[c.config.plans[i].id] = i;
    const auto plans = keys_of(c.config.plans, [](const Plan& p) { return p.id; });

    for (const auto& x : c.commitments) {
        check_ref(c.unreadable_kinds, x.objective_ref, m.objective_index, objectives, "objective", "site_config.toml", diags);
        // With several plans, a commitment's ref only means something within its plan.
        if (x.plan)
            check_ref(c.unreadable_kinds, *x.plan, plan_index, plans, "plan", "site_config.toml [[plans]]", diags);
        else if (!plans.empty())
            diags.error(x.where, "commitment `" + x.ref + "` names no plan; add `plan = \"" + plans.front() +
                                     "\"` (a plan id from site_config.toml [[plans]])");
        for (const auto& o : x.oversight) check_ref(c.unreadable_kinds, o, m.mechanism_index, mechanisms, "meeting", meetings_file, diags);
        for (const auto& o : x.metrics) check_ref(c.unreadable_kinds, o, m.metric_index, metrics, "metric", "content/metrics/", diags);
        for (const auto& o : x.see_also) {
            check_ref(c.unreadable_kinds, o, m.commitment_by_ref, refs, "commitment ref", "", diags);
            if (o.value == x.ref) diags.error(o.where, "commitment `" + x.ref + "` refers to itself in `see_also`; remove it");
        }
    }
    for (const auto& x : c.metrics) {
        if (x.objective) check_ref(c.unreadable_kinds, *x.objective, m.objective_index, objectives, "objective", "site_config.toml", diags);
        for (const auto& o : x.oversight) check_ref(c.unreadable_kinds, o, m.mechanism_index, mechanisms, "meeting", meetings_file, diags);
        for (const auto& s : x.series) {
            check_ref(c.unreadable_kinds, s.area, m.area_index, areas, "area", "site_config.toml", diags);
            if (s.values.size() == 1)
                diags.error(s.where, "the series for `" + s.area.value + "` has one month; a control chart needs at least 2, so add more months or remove it");
            if (!s.start || s.values.empty()) continue;
            const Month first = *s.start, last = first.plus(static_cast<int>(s.values.size()) - 1);
            for (const auto& r : s.rebase)
                if (r.month < first || r.month > last)
                    diags.error(r.where, "rebase period " + r.month.to_string() + " is outside the series (" +
                                             first.to_string() + " to " + last.to_string() + "); use a month inside it or remove it");
        }
    }
    for (const auto& n : c.config.national_measures)
        for (const auto& o : n.metrics) check_ref(c.unreadable_kinds, o, m.metric_index, metrics, "metric", "content/metrics/", diags);
    std::vector<std::string> objective_or_cross = objectives;
    objective_or_cross.push_back("cross-cutting");
    for (const auto& x : c.mechanisms) {
        if (x.objective.value.empty() || x.objective.value == "cross-cutting" || m.objective_index.count(x.objective.value)) continue;
        diags.error(x.objective.where, "unknown objective `" + x.objective.value + "`" +
                                           did_you_mean(x.objective.value, objective_or_cross) +
                                           " (an objective id from site_config.toml, or \"cross-cutting\")");
    }
    for (const auto& x : c.sessions) {
        check_ref(c.unreadable_kinds, x.series, m.mechanism_index, mechanisms, "meeting", meetings_file, diags);
        for (const auto& o : x.objectives) check_ref(c.unreadable_kinds, o, m.objective_index, objectives, "objective", "site_config.toml", diags);
    }
}

}  // namespace scrutiny
