#include "view/page_inputs.h"

#include <algorithm>

namespace scrutiny {

namespace {
void add_location(Digest& d, const SourceLocation& where) {
    d.add(where.file);
    d.add(where.line);
    d.add(where.column);
}

void add_located(Digest& d, const LocatedString& s) {
    d.add(s.value);
    add_location(d, s.where);
}

void add_located(Digest& d, const std::vector<LocatedString>& list) {
    d.add(static_cast<long long>(list.size()));
    for (const auto& s : list) add_located(d, s);
}
}  // namespace

void add_commitment_outline(Digest& d, const Commitment& c) {
    // A field added to Commitment must be added here (or to its words) before this compiles again:
    // a field left out would be one a rebuild does not see change.
    static_assert(sizeof(Commitment) == 512, "Commitment changed: put its new field in the outline or the words");
    static_assert(sizeof(Update) == 176 && sizeof(Activity) == 112, "Update or Activity changed: put the new field in");
    for (const std::string* s : {&c.ref, &c.slug, &c.objective, &c.title, &c.source_file}) d.add(*s);
    d.add(static_cast<int>(c.owner));
    d.add(static_cast<int>(c.status));
    add_located(d, c.oversight);
    add_located(d, c.metrics);
    add_located(d, c.see_also);
    d.add(static_cast<long long>(c.activities.size()));
    for (const auto& a : c.activities) {
        d.add(a.ref);
        d.add(a.title);
        d.add(static_cast<int>(a.status));
        add_location(d, a.where);
    }
    d.add(static_cast<long long>(c.updates.size()));
    for (const auto& u : c.updates) {  // all but the text
        d.add(u.period.id());
        d.add(u.published ? u.published->iso() : "-");
        d.add(u.activity ? 1 : 0);
        if (u.activity) add_located(d, *u.activity);
        add_location(d, u.where);
    }
    add_located(d, c.objective_ref);
    d.add(c.plan ? 1 : 0);
    if (c.plan) add_located(d, *c.plan);
    add_location(d, c.where);
}

std::map<FinancialQuarter, std::string> report_words_digests(const SiteModel& model) {
    std::map<FinancialQuarter, Digest> digests;
    std::vector<FinancialQuarter> quarters;  // a commitment's, each once
    for (const Commitment& c : model.content.commitments) {
        quarters.clear();
        for (const auto& u : c.updates)
            if (std::find(quarters.begin(), quarters.end(), u.period) == quarters.end()) quarters.push_back(u.period);
        for (const auto& q : quarters) {
            Digest& d = digests.try_emplace(q).first->second;
            d.add(c.ref);
            for (const auto& u : c.updates)
                if (u.period == q) d.add(model.words_digest(c, u));
        }
    }
    std::map<FinancialQuarter, std::string> out;
    for (const auto& [q, d] : digests) out.emplace(q, d.result());
    return out;
}

std::string shown_updates_digest(const std::vector<SiteUpdate>& shown) {
    Digest d;
    d.add("home page's updates");
    for (const auto& [c, u] : shown) {
        d.add(c->ref);
        d.add(u->text_markdown);
    }
    return d.result();
}

std::string listed_commitments_digest(const std::vector<const Commitment*>& listed) {
    Digest d;
    d.add(static_cast<long long>(listed.size()));
    for (const Commitment* c : listed) d.add(c->ref);
    return d.result();
}

std::string page_inputs_key(std::string_view site_inputs, std::string_view own_inputs) {
    Digest d;
    d.add(site_inputs);
    d.add(own_inputs);
    return d.result();
}

}  // namespace scrutiny
