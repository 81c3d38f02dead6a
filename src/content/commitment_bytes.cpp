#include "content/commitment_bytes.h"

#include <cstdint>

#include "content/entity_bytes.h"

namespace scrutiny {

namespace {
constexpr long long kFormat = 1;  // changed with the fields below
}  // namespace

std::string commitment_bytes(const Commitment& c) {
    // A field added to Commitment, Update or Activity stops compilation until it is written and
    // read here: a field left out would come back empty from the cache.
    static_assert(sizeof(Commitment) == 512, "Commitment changed: write and read its new field here");
    static_assert(sizeof(Update) == 176 && sizeof(Activity) == 112, "Update or Activity changed: write and read the new field here");
    EntityWriter w;
    w.number(kFormat);
    for (const std::string* s : {&c.ref, &c.slug, &c.objective, &c.title}) w.text(*s);
    w.text(c.body_markdown);
    w.number(static_cast<int>(c.owner));
    w.number(static_cast<int>(c.status));
    w.located(c.oversight);
    w.located(c.metrics);
    w.located(c.see_also);
    w.number(static_cast<long long>(c.activities.size()));
    for (const auto& a : c.activities) {
        w.text(a.ref);
        w.text(a.title);
        w.number(static_cast<int>(a.status));
        w.where(a.where);
    }
    w.number(static_cast<long long>(c.updates.size()));
    for (const auto& u : c.updates) {
        w.number(u.period.year);
        w.number(u.period.quarter);
        w.number(u.published ? 1 : 0);
        if (u.published) {
            w.number(u.published->year);
            w.number(u.published->month);
            w.number(u.published->day);
        }
        w.number(u.activity ? 1 : 0);
        if (u.activity) w.located(*u.activity);
        w.text(u.text_markdown);
        w.where(u.where);
    }
    w.located(c.objective_ref);
    w.number(c.plan ? 1 : 0);
    if (c.plan) w.located(*c.plan);
    w.text(c.source_file);
    w.where(c.where);
    return w.take();
}

std::optional<Commitment> commitment_from_bytes(std::string_view bytes, const std::shared_ptr<const void>& keep) {
    EntityReader r(bytes);
    if (r.number() != kFormat) return std::nullopt;
    Commitment c;
    // The words (most of the bytes) as views when something keeps the bytes, else copies.
    const auto words = [&r, &keep] { return keep ? r.shared_text(keep) : SharedText(r.text()); };
    for (std::string* s : {&c.ref, &c.slug, &c.objective, &c.title}) *s = r.text();
    c.body_markdown = words();
    c.owner = static_cast<Owner>(r.small());
    c.status = static_cast<Status>(r.small());
    c.oversight = r.located_list();
    c.metrics = r.located_list();
    c.see_also = r.located_list();
    c.activities.resize(r.count());
    for (auto& a : c.activities) {
        a.ref = r.text();
        a.title = r.text();
        a.status = static_cast<Status>(r.small());
        a.where = r.where();
    }
    c.updates.resize(r.count());
    for (auto& u : c.updates) {
        u.period.year = r.small();
        u.period.quarter = r.small();
        if (r.number()) {
            Date d;
            d.year = r.small();
            d.month = r.small();
            d.day = r.small();
            u.published = d;
        }
        if (r.number()) u.activity = r.located();
        u.text_markdown = words();
        u.where = r.where();
    }
    c.objective_ref = r.located();
    if (r.number()) c.plan = r.located();
    c.source_file = r.text();
    c.where = r.where();
    if (!r.ok()) return std::nullopt;
    return c;
}

}  // namespace scrutiny
