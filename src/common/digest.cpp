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

}  // namespace scrutiny
