#include "common/digest.h"

#define XXH_INLINE_ALL  // header only, as in publish/output_record.cpp
#include <xxhash.h>

#include <cstring>

namespace scrutiny {

struct Digest::State {
    XXH3_state_t xxh;
};

Digest::Digest() : state_(std::make_unique<State>()) { XXH3_128bits_reset(&state_->xxh); }
Digest::~Digest() = default;

void Digest::add_raw(std::string_view bytes) { XXH3_128bits_update(&state_->xxh, bytes.data(), bytes.size()); }

void Digest::add(std::string_view part) {
    const std::uint64_t size = part.size();
    add_raw({reinterpret_cast<const char*>(&size), sizeof size});
    add_raw(part);
}

void Digest::add(long long number) { add_raw({reinterpret_cast<const char*>(&number), sizeof number}); }

std::string Digest::result() const {
    const XXH128_hash_t h = XXH3_128bits_digest(&state_->xxh);
    std::string out(sizeof h.low64 + sizeof h.high64, '\0');
    std::memcpy(out.data(), &h.low64, sizeof h.low64);
    std::memcpy(out.data() + sizeof h.low64, &h.high64, sizeof h.high64);
    return out;
}

std::string hex(std::string_view bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

std::optional<std::string> unhex(std::string_view text) {
    if (text.size() % 2) return std::nullopt;
    std::string out;
    for (size_t i = 0; i < text.size(); i += 2) {
        const auto value = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
        const int high = value(text[i]), low = value(text[i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        out += static_cast<char>(high * 16 + low);
    }
    return out;
}

}  // namespace scrutiny
