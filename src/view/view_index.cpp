#include "view/view_index.h"

#include <algorithm>
#include <array>
#include <set>

#include "view/page_common.h"
#include "common/derived_cache.h"
#include "common/digest.h"
#include "common/natural_order.h"
#include "common/parallel.h"
#include "common/text.h"

namespace scrutiny {

std::vector<SiteUpdate> site_updates_newest_first(const SiteModel& m, size_t at_most) {
    // Each commitment's place in the natural order of refs, found once (10,000 refs), rather
    // than comparing refs for every pair of updates sorted (some 45,000 updates).
    const auto& commitments = m.content.commitments;
    std::vector<size_t> by_ref(commitments.size());
    for (size_t i = 0; i < by_ref.size(); ++i) by_ref[i] = i;
    std::stable_sort(by_ref.begin(), by_ref.end(),
                     [&](size_t a, size_t b) { return natural_less(commitments[a].ref, commitments[b].ref); });
    std::vector<size_t> rank(commitments.size());
    for (size_t r = 0; r < by_ref.size(); ++r) rank[by_ref[r]] = r;
    // Sorted by whole numbers: newest quarter, then newest publication date (none last), then
    // the commitment's rank, then the update's place in the site (as a stable sort would keep
    // it), so every key differs and a partial sort gives the first of the same order.
    struct Ranked {
        std::array<long long, 4> key;
        SiteUpdate update;
    };
    std::vector<Ranked> ranked;
    for (size_t i = 0; i < commitments.size(); ++i)
        for (const auto& u : commitments[i].updates) {
            const Date d = u.published.value_or(Date{});
            ranked.push_back({{-(u.period.year * 4LL + u.period.quarter), -(d.year * 10000LL + d.month * 100LL + d.day),
                               static_cast<long long>(rank[i]), static_cast<long long>(ranked.size())},
                              {&commitments[i], &u}});
        }
    const auto by_key = [](const Ranked& a, const Ranked& b) { return a.key < b.key; };
    const size_t kept = std::min(at_most, ranked.size());
    if (kept < ranked.size()) std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(kept), ranked.end(), by_key);
    else std::sort(ranked.begin(), ranked.end(), by_key);
    std::vector<SiteUpdate> out;
    out.reserve(kept);
    for (size_t i = 0; i < kept; ++i) out.push_back(ranked[i].update);
    return out;
}

std::vector<SiteUpdate> home_latest_updates(const ViewIndex& index) {
    std::vector<SiteUpdate> out;
    std::set<const Commitment*> shown;
    for (const SiteUpdate& su : index.updates_newest_first) {
        if (out.size() == 6) break;
        if (shown.insert(su.commitment).second) out.push_back(su);
    }
    return out;
}

namespace {
// Letters, digits and any byte of a UTF-8 sequence: what a name's neighbours must not be.
constexpr std::array<bool, 256> kWordCharacter = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    return t;
}();

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The areas' names in lower case, looked up by their first character (either case).
struct AreaNames {
    std::vector<std::string> names;
    std::array<std::vector<size_t>, 256> starting_with;
    std::array<bool, 256> starts{};  // some name starts with this character
    explicit AreaNames(std::vector<std::string> lower_names) : names(std::move(lower_names)) {
        for (size_t a = 0; a < names.size(); ++a) {
            const char first = names[a][0];
            starting_with[static_cast<unsigned char>(first)].push_back(a);
            starts[static_cast<unsigned char>(first)] = true;
            if (first >= 'a' && first <= 'z') {
                starting_with[static_cast<unsigned char>(first - 'a' + 'A')].push_back(a);
                starts[static_cast<unsigned char>(first - 'a' + 'A')] = true;
            }
        }
    }
};

// Marks in `found` (one char an area) which areas the texts `parts` name as whole words, in any
// case: "Shropshire" in "in shropshire's towns" but not in "Shropshireshire". One pass over each
// text: at each place a name could start (the start, or after a character that is not part of a
// word) only the names beginning with that character are tried, and a word is skipped whole.
// Looking at each part on its own is the same as looking at them joined by line breaks.
template <class Parts>
void mark_areas_named(const Parts& parts, const AreaNames& areas, char* found) {
    const auto word = [](char c) { return kWordCharacter[static_cast<unsigned char>(c)]; };
    for (const std::string_view text : parts) {
        const size_t n = text.size();
        for (size_t i = 0; i < n;) {
            if (areas.starts[static_cast<unsigned char>(text[i])]) {
                for (size_t a : areas.starting_with[static_cast<unsigned char>(text[i])]) {
                    const std::string& name = areas.names[a];
                    if (found[a] || n - i < name.size()) continue;
                    size_t k = 1;
                    while (k < name.size() && lower(text[i + k]) == name[k]) ++k;
                    if (k == name.size() && (i + k == n || !word(text[i + k]))) found[a] = 1;
                }
            }
            if (!word(text[i])) {
                ++i;
                continue;
            }
            while (i < n && word(text[i])) ++i;  // the rest of the word, then the character after it
            ++i;
        }
    }
}

void index_area_mentions(const SiteModel& m, ViewIndex& x, DerivedCache* cache) {
    std::vector<const Area*> areas;
    std::vector<std::string> lower_names;
    for (const auto& a : m.config().areas)
        if (!a.total && !a.name.empty()) {
            areas.push_back(&a);
            lower_names.push_back(ascii_lower(a.name));
        }
    if (areas.empty()) return;
    Digest names_digest;  // what a commitment's marks are made from besides its words
    names_digest.add("areas named 1");
    for (const auto& name : lower_names) names_digest.add(name);
    const std::string names_key = names_digest.result();
    const AreaNames names(std::move(lower_names));
    // Every commitment's words are read (some 60 MB on a 10,000-commitment site) unless the cache
    // has its marks: on every core.
    const auto& commitments = m.content.commitments;
    const size_t n = areas.size();
    std::vector<char> named(commitments.size() * n);
    parallel_for(commitments.size(), worker_count(), [&](size_t, size_t i) {
        const Commitment& c = commitments[i];
        std::string found(n, '\0');  // not marked in `named` directly: its lines are shared by the cores
        std::string key;
        bool kept = false;
        if (cache) {  // the words' digest stands for the body and updates (made once, in the model)
            Digest d;
            d.add(names_key);
            d.add(c.title);
            d.add(m.words_digest(c));
            d.add(static_cast<long long>(c.activities.size()));
            for (const auto& a : c.activities) d.add(a.title);
            key = d.result();
            if (const auto marks = cache->find(key); marks && marks->size() == n) {
                found.assign(marks->data(), n);
                kept = true;
            }
        }
        if (!kept) {
            std::vector<std::string_view> parts{c.title, c.body_markdown};
            for (const auto& a : c.activities) parts.push_back(a.title);
            for (const auto& u : c.updates) parts.push_back(u.text_markdown);
            mark_areas_named(parts, names, found.data());
            if (cache) cache->put(key, found);
        }
        std::copy(found.begin(), found.end(), named.begin() + static_cast<std::ptrdiff_t>(i * n));
    });
    for (size_t i = 0; i < commitments.size(); ++i)
        for (size_t a = 0; a < n; ++a)
            if (named[i * n + a]) x.commitments_naming_area[areas[a]->id].push_back(&commitments[i]);
    std::vector<char> found(n);
    for (const auto& s : m.content.sessions) {
        std::fill(found.begin(), found.end(), 0);
        mark_areas_named(std::initializer_list<std::string_view>{s.title, s.body_markdown}, names, found.data());
        for (size_t a = 0; a < n; ++a)
            if (found[a]) x.sessions_naming_area[areas[a]->id].push_back(&s);
    }
}
}  // namespace

ViewIndex index_for_views(const SiteModel& m, std::vector<NavEntry> nav, std::vector<SearchItem> search, DerivedCache* cache) {
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
    index_area_mentions(m, x, cache);
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
