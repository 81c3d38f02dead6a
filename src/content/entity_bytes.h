// The byte form the derived-data cache keeps parsed entities in (content/commitment_bytes.h,
// content/metric_bytes.h): every field in declaration order, strings with their length, numbers
// as 8 bytes, little-endian.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/entities.h"

namespace scrutiny {

// Every field, in declaration order: strings with their length, numbers as 8 bytes.
class EntityWriter {
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
    void real(double x) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &x, sizeof bits);
        number(static_cast<long long>(bits));
    }
    void maybe(const std::optional<int>& n) {
        number(n ? 1 : 0);
        if (n) number(*n);
    }
    void maybe(const std::optional<bool>& b) { number(b ? (*b ? 2 : 1) : 0); }
    void maybe(const std::optional<double>& x) {
        number(x ? 1 : 0);
        if (x) real(*x);
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

// Reads what EntityWriter wrote; any read past the end (or a count that cannot be) makes it fail,
// and every later read gives nothing.
class EntityReader {
public:
    explicit EntityReader(std::string_view in) : in_(in) {}
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
    // The next text as a view of the bytes read, not a copy: shared with whatever keeps them.
    SharedText shared_text(const std::shared_ptr<const void>& keep) {
        const size_t n = count();
        if (!ok_) return {};
        const std::string_view s = in_.substr(at_, n);
        at_ += n;
        return SharedText(s, keep);
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
    double real() {
        const auto bits = static_cast<std::uint64_t>(number());
        double x = 0;
        std::memcpy(&x, &bits, sizeof x);
        return x;
    }
    std::optional<int> maybe_int() {
        if (!number()) return std::nullopt;
        return small();
    }
    std::optional<bool> maybe_bool() {
        const long long n = number();
        if (n == 0) return std::nullopt;
        return n == 2;
    }
    std::optional<double> maybe_real() {
        if (!number()) return std::nullopt;
        return real();
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


}  // namespace scrutiny
