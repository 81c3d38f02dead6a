// For the tests of an entity's byte form (commitment_bytes.h, metric_bytes.h): bytes cut short,
// lengthened or of another format must be refused, never half read.
#pragma once

#include <catch2/catch.hpp>

#include <string>

namespace scrutiny {

template <class FromBytes>
void check_damaged_bytes_refused(const std::string& bytes, const FromBytes& from_bytes) {
    for (size_t cut : {size_t(0), size_t(7), bytes.size() / 2, bytes.size() - 1}) CHECK_FALSE(from_bytes(bytes.substr(0, cut)));
    CHECK_FALSE(from_bytes(bytes + "x"));
    std::string other = bytes;
    other[0] = 9;
    CHECK_FALSE(from_bytes(other));
}

}  // namespace scrutiny
