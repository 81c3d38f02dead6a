#include "view/view_index.h"

#include <string.h>

#include <algorithm>

#include "view/page_common.h"
#include "common/natural_order.h"
#include "common/parallel.h"
#include "common/text.h"

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

namespace {
bool is_word_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// True when lower-case `text` holds `name` (lower case) as whole words: "Shropshire" in
// "in Shropshire's towns" but not in "Shropshireshire".
bool names(std::string_view text, std::string_view name) {
    for (const char* at = text.data(); text.end() - at >= static_cast<std::ptrdiff_t>(name.size());) {
        const void* hit = ::memmem(at, static_cast<size_t>(text.end() - at), name.data(), name.size());
        if (!hit) return false;
        const char* start = static_cast<const char*>(hit);
        const char* end = start + name.size();
        if ((start == text.data() || !is_word_character(start[-1])) && (end == text.end() || !is_word_character(*end))) return true;
        at = start + 1;
    }
    return false;
}

// Marks in `found` (one char an area) which of `areas` (names in lower case) the texts `parts`
// name. Each part is looked at on its own, which is the same as looking at them joined by line
// breaks (no name holds one), without joining them; `lower` is the caller's buffer, reused.
template <class Parts>
void mark_areas_named(const Parts& parts, const std::vector<std::string>& areas, std::string& lower, char* found) {
    for (const std::string* part : parts) {
        lower.assign(*part);
        for (char& ch : lower)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        for (size_t a = 0; a < areas.size(); ++a)
            if (!found[a] && names(lower, areas[a])) found[a] = 1;
    }
}

void index_area_mentions(const SiteModel& m, ViewIndex& x) {
    std::vector<const Area*> areas;
    std::vector<std::string> lower_names;
    for (const auto& a : m.config().areas)
        if (!a.total && !a.name.empty()) {
            areas.push_back(&a);
            lower_names.push_back(ascii_lower(a.name));
        }
    if (areas.empty()) return;
    // Every commitment's words are read (some 30 MB on a 10,000-commitment site): on every core.
    const auto& commitments = m.content.commitments;
    const size_t n = areas.size();
    std::vector<char> named(commitments.size() * n);
    std::vector<std::string> buffers(worker_count());
    parallel_for(commitments.size(), worker_count(), [&](size_t worker, size_t i) {
        const Commitment& c = commitments[i];
        std::vector<const std::string*> parts{&c.title, &c.body_markdown};
        for (const auto& a : c.activities) parts.push_back(&a.title);
        for (const auto& u : c.updates) parts.push_back(&u.text_markdown);
        mark_areas_named(parts, lower_names, buffers[worker], &named[i * n]);
    });
    for (size_t i = 0; i < commitments.size(); ++i)
        for (size_t a = 0; a < n; ++a)
            if (named[i * n + a]) x.commitments_naming_area[areas[a]->id].push_back(&commitments[i]);
    std::vector<char> found(n);
    for (const auto& s : m.content.sessions) {
        std::fill(found.begin(), found.end(), 0);
        mark_areas_named(std::initializer_list<const std::string*>{&s.title, &s.body_markdown}, lower_names, buffers[0], found.data());
        for (size_t a = 0; a < n; ++a)
            if (found[a]) x.sessions_naming_area[areas[a]->id].push_back(&s);
    }
}
}  // namespace

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
    index_area_mentions(m, x);
    x.updates_newest_first = site_updates_newest_first(m);
    for (const auto& p : m.content.pages)
        if (p.weight) x.footer_pages.push_back(&p);
    std::stable_sort(x.footer_pages.begin(), x.footer_pages.end(), [](const Page* a, const Page* b) { return *a->weight < *b->weight; });
    x.nav = std::move(nav);
    x.search = std::move(search);
    x.words = theme_words(m.translations);
    return x;
}

}  // namespace scrutiny
