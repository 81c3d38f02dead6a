// A 128-bit digest (xxHash's XXH3) built from parts, each put in with its length, so no two
// different sequences of parts give the same bytes. For telling whether what something was
// made from has changed (a page's view, a page's inputs), not for security.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace scrutiny {

class Digest {
public:
    Digest();
    ~Digest();
    Digest(const Digest&) = delete;
    Digest& operator=(const Digest&) = delete;
    // A part, with its length.
    void add(std::string_view part);
    void add(long long number);
    // Bytes as they are, without a length (for parts that frame themselves).
    void add_raw(std::string_view bytes);
    std::string result() const;  // 16 bytes

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Bytes (a digest) as lower-case hex, for files people may read; and back (nothing when `text` is
// not such hex).
std::string hex(std::string_view bytes);
std::optional<std::string> unhex(std::string_view text);

}  // namespace scrutiny
