#include "content/commitment_bytes.h"

#include <cstdint>

namespace scrutiny {

namespace {
// Every field, in declaration order: strings with their length, numbers as 8 bytes.
class Writer {
public:
    void number(long long n) {
        for (int i = 0; i < 8; ++i) out_ += static_cast<char>((static_cast<unsigned long long>(n) >> (8 * i)) & 0xff);
    }
    void text(std::string_view s) {
        number(static_cast<long long>(s.size()));
        out_ += s;
    }
    void where(const SourceLocation& w) {
        text(w.file);
        number(w.line);
        number(w.column);
    }
    void located(const LocatedString& s) {
        text(s.value);
        where(s.where);
    }
    void located(const std::vector<LocatedString>& list) {
        number(static_cast<long long>(list.size()));
        for (const auto& s : list) located(s);
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

// Reads what Writer wrote; any read past the end (or a count that cannot be) makes it fail,
// and every later read gives nothing.
class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool ok() const { return ok_ && at_ == in_.size(); }
    long long number() {
        if (!ok_ || in_.size() - at_ < 8) return fail();
        unsigned long long n = 0;
        for (int i = 7; i >= 0; --i) n = (n << 8) | static_cast<unsigned char>(in_[at_ + i]);
        at_ += 8;
        return static_cast<long long>(n);
    }
    int small() { return static_cast<int>(number()); }
    size_t count() {
        const long long n = number();
        if (n < 0 || static_cast<unsigned long long>(n) > in_.size() - at_) return static_cast<size_t>(fail());
        return static_cast<size_t>(n);
    }
    std::string text() {
        const size_t n = count();
        if (!ok_) return {};
        std::string s(in_.substr(at_, n));
        at_ += n;
        return s;
    }
    SourceLocation where() {
        SourceLocation w;
        w.file = text();
        w.line = small();
        w.column = small();
        return w;
    }
    LocatedString located() {
        LocatedString s;
        s.value = text();
        s.where = where();
        return s;
    }
    std::vector<LocatedString> located_list() {
        std::vector<LocatedString> list(count());
        for (auto& s : list) s = located();
        return list;
    }

private:
    long long fail() {
        ok_ = false;
        return 0;
    }
    std::string_view in_;
    size_t at_ = 0;
    bool ok_ = true;
};

constexpr long long kFormat = 1;  // changed with the fields below
}  // namespace

std::string commitment_bytes(const Commitment& c) {
    // A field added to Commitment, Update or Activity stops compilation until it is written and
    // read here: a field left out would come back empty from the cache.
    static_assert(sizeof(Commitment) == 512, "Commitment changed: write and read its new field here");
    static_assert(sizeof(Update) == 176 && sizeof(Activity) == 112, "Update or Activity changed: write and read the new field here");
    Writer w;
    w.number(kFormat);
    for (const std::string* s : {&c.ref, &c.slug, &c.objective, &c.title, &c.body_markdown}) w.text(*s);
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

std::optional<Commitment> commitment_from_bytes(std::string_view bytes) {
    Reader r(bytes);
    if (r.number() != kFormat) return std::nullopt;
    Commitment c;
    for (std::string* s : {&c.ref, &c.slug, &c.objective, &c.title, &c.body_markdown}) *s = r.text();
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
        u.text_markdown = r.text();
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
