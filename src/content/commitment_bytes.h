// A parsed commitment as bytes and back, so a rebuild takes the commitment of a file it has
// parsed before, unchanged, from the derived-data cache (common/derived_cache.h) instead of
// parsing it again: at 10,000 commitments, parsing is most of a rebuild's time.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "content/entities.h"

namespace scrutiny {

std::string commitment_bytes(const Commitment& c);
// Nothing when `bytes` are not a commitment as commitment_bytes() writes one. With `keep`, which
// keeps `bytes` alive, its body and its updates' text are views of them, not copies.
std::optional<Commitment> commitment_from_bytes(std::string_view bytes, const std::shared_ptr<const void>& keep = {});

}  // namespace scrutiny
