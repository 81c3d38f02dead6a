#include "view/view_index.h"

#include <algorithm>

#include "common/natural_order.h"

namespace scrutiny {

std::vector<SiteUpdate> site_updates_newest_first(const SiteModel& m) {
    std::vector<SiteUpdate> out;
    for (const auto& c : m.content.commitments)
        for (const auto& u : c.updates) out.push_back({&c, &u});
    std::stable_sort(out.begin(), out.end(), [](const SiteUpdate& a, const SiteUpdate& b) {
        if (a.update->period != b.update->period) return a.update->period > b.update->period;
        if (a.update->published != b.update->published)
            return a.update->published.value_or(Date{}) > b.update->published.value_or(Date{});
        return natural_less(a.commitment->ref, b.commitment->ref);
    });
    return out;
}

ViewIndex index_for_views(const SiteModel& m, std::vector<NavEntry> nav, std::vector<SearchItem> search) {
    ViewIndex x;
    for (const auto& c : m.content.commitments) {
        x.commitments_by_objective[c.objective].push_back(&c);
        for (const auto& ref : c.see_also) x.named_in_see_also_by[ref.value].push_back(&c);
        for (const auto& ref : c.metrics) x.commitments_by_metric[ref.value].push_back(&c);
        for (const auto& u : c.updates) {
            auto& list = x.commitments_by_quarter[u.period];
            if (list.empty() || list.back() != &c) list.push_back(&c);
        }
    }
    for (const auto& metric : m.content.metrics)
        x.metrics_by_objective[metric.objective ? metric.objective->value : ""].push_back(&metric);
    for (const auto& s : m.content.sessions) ++x.sessions_by_mechanism[s.series.value];
    x.updates_newest_first = site_updates_newest_first(m);
    for (const auto& p : m.content.pages)
        if (p.weight) x.footer_pages.push_back(&p);
    std::stable_sort(x.footer_pages.begin(), x.footer_pages.end(), [](const Page* a, const Page* b) { return *a->weight < *b->weight; });
    x.nav = std::move(nav);
    x.search = std::move(search);
    return x;
}

}  // namespace scrutiny
