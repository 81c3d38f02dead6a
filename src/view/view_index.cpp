#include "view/view_index.h"

#include <algorithm>

#include "view/page_common.h"
#include "common/natural_order.h"
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
    for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        const size_t end = at + name.size();
        if ((at == 0 || !is_word_character(text[at - 1])) && (end == text.size() || !is_word_character(text[end]))) return true;
    }
    return false;
}

std::string commitment_words(const Commitment& c) {
    std::string words = c.title + "\n" + c.body_markdown;
    for (const auto& a : c.activities) words += "\n" + a.title;
    for (const auto& u : c.updates) words += "\n" + u.text_markdown;
    return ascii_lower(words);
}

void index_area_mentions(const SiteModel& m, ViewIndex& x) {
    std::vector<std::pair<const Area*, std::string>> areas;  // each with its name in lower case
    for (const auto& a : m.config().areas)
        if (!a.total && !a.name.empty()) areas.push_back({&a, ascii_lower(a.name)});
    if (areas.empty()) return;
    for (const auto& c : m.content.commitments) {
        const std::string words = commitment_words(c);
        for (const auto& [a, name] : areas)
            if (names(words, name)) x.commitments_naming_area[a->id].push_back(&c);
    }
    for (const auto& s : m.content.sessions) {
        const std::string words = ascii_lower(s.title + "\n" + s.body_markdown);
        for (const auto& [a, name] : areas)
            if (names(words, name)) x.sessions_naming_area[a->id].push_back(&s);
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
