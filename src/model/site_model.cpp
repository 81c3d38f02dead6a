#include "model/site_model.h"

#include <algorithm>
#include <optional>

#include "common/digest.h"
#include "common/natural_order.h"
#include "common/parallel.h"
#include "model/cross_references.h"

namespace scrutiny {

namespace {
template <typename T>
const T* lookup(const std::map<std::string, size_t>& index, const std::vector<T>& items, const std::string& key) {
    auto it = index.find(key);
    return it == index.end() ? nullptr : &items[it->second];
}

template <typename T, typename KeyFn, typename WhereFn>
void index_unique(const std::vector<T>& items, std::map<std::string, size_t>& index, KeyFn key,
                  WhereFn where, const std::string& what, Diagnostics& diags) {
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string k = key(items[i]);
        if (k.empty()) continue;
        auto [it, inserted] = index.emplace(k, i);
        if (!inserted) {
            const SourceLocation& first = where(items[it->second]);
            diags.error(where(items[i]), what + " `" + k + "` is already used at " + first.file + ":" +
                                             std::to_string(first.line) + "; give each one its own");
        }
    }
}
}  // namespace

const Commitment* SiteModel::commitment(const std::string& ref) const { return lookup(commitment_by_ref, content.commitments, ref); }
const Metric* SiteModel::metric(const std::string& id) const { return lookup(metric_index, content.metrics, id); }
const Mechanism* SiteModel::mechanism(const std::string& id) const { return lookup(mechanism_index, content.mechanisms, id); }
const Objective* SiteModel::objective(const std::string& id) const { return lookup(objective_index, content.config.objectives, id); }
const Area* SiteModel::area(const std::string& id) const { return lookup(area_index, content.config.areas, id); }

std::string update_text_digest(const Update& u) {
    Digest d;
    d.add(u.text_markdown);
    return d.result();
}

namespace {
// The commitment's words digest from its updates' digests.
std::string words_digest_of(const Commitment& c, const std::vector<std::string>& updates) {
    Digest d;
    d.add(c.body_markdown);
    d.add(static_cast<long long>(updates.size()));
    for (const auto& u : updates) d.add(u);
    return d.result();
}

std::vector<std::string> update_digests(const Commitment& c) {
    std::vector<std::string> out;
    out.reserve(c.updates.size());
    for (const auto& u : c.updates) out.push_back(update_text_digest(u));
    return out;
}

// `c`'s place in `all`, when it is one of them.
std::optional<size_t> place_of(const std::vector<Commitment>& all, const Commitment& c) {
    if (all.empty() || &c < all.data() || &c >= all.data() + all.size()) return std::nullopt;
    return static_cast<size_t>(&c - all.data());
}
}  // namespace

std::string commitment_words_digest(const Commitment& c) { return words_digest_of(c, update_digests(c)); }

std::string SiteModel::words_digest(const Commitment& c) const {
    if (const auto i = place_of(content.commitments, c); i && *i < commitment_words.size()) return commitment_words[*i];
    return commitment_words_digest(c);
}

std::string SiteModel::words_digest(const Commitment& c, const Update& u) const {
    const auto i = place_of(content.commitments, c);
    if (i && *i < update_words.size() && !c.updates.empty() && &u >= c.updates.data() && &u < c.updates.data() + c.updates.size()) {
        const auto j = static_cast<size_t>(&u - c.updates.data());
        if (j < update_words[*i].size()) return update_words[*i][j];
    }
    return update_text_digest(u);
}

SiteModel build_site_model(SiteContent content, Diagnostics& diags) {
    SiteModel m;
    m.content = std::move(content);
    auto& c = m.content;
    for (size_t i = 0; i < c.config.objectives.size(); ++i) m.objective_index.emplace(c.config.objectives[i].id, i);
    for (size_t i = 0; i < c.config.areas.size(); ++i) m.area_index.emplace(c.config.areas[i].id, i);
    // Orders that do not depend on the order files were listed in: commitments by ref in natural
    // order (3.2 before 3.10, which file names sort the other way), so every list of them is in
    // plan order; sessions newest first (then by slug), pages by slug. Metrics stay in file-name
    // order (the loader lists files sorted); the views group them by objective, and the footer
    // orders pages by weight.
    std::stable_sort(c.commitments.begin(), c.commitments.end(),
                     [](const Commitment& a, const Commitment& b) { return natural_less(a.ref, b.ref); });
    std::stable_sort(c.sessions.begin(), c.sessions.end(), [](const Session& a, const Session& b) {
        return a.date != b.date ? a.date > b.date : a.slug < b.slug;
    });
    std::stable_sort(c.pages.begin(), c.pages.end(), [](const Page& a, const Page& b) {
        return a.slug < b.slug;
    });

    m.commitment_words.resize(c.commitments.size());
    m.update_words.resize(c.commitments.size());
    parallel_for(c.commitments.size(), worker_count(), [&](size_t, size_t i) {
        m.update_words[i] = update_digests(c.commitments[i]);
        m.commitment_words[i] = words_digest_of(c.commitments[i], m.update_words[i]);
    });

    index_unique(c.commitments, m.commitment_by_ref, [](const Commitment& x) { return x.ref; },
                 [](const Commitment& x) -> const SourceLocation& { return x.where; }, "commitment ref", diags);
    index_unique(c.metrics, m.metric_index, [](const Metric& x) { return x.id; },
                 [](const Metric& x) -> const SourceLocation& { return x.where; }, "metric id", diags);
    index_unique(c.mechanisms, m.mechanism_index, [](const Mechanism& x) { return x.id; },
                 [](const Mechanism& x) -> const SourceLocation& { return x.where; }, "meeting id", diags);
    std::map<std::string, size_t> term_index;  // only to report a term defined twice; nothing looks terms up
    index_unique(c.terms, term_index, [](const Term& x) { return x.term; },
                 [](const Term& x) -> const SourceLocation& { return x.where; }, "glossary term", diags);
    check_cross_references(m, diags);
    return m;
}

}  // namespace scrutiny
