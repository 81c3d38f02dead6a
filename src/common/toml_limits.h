// Limits checked before TOML is parsed. toml++ recurses once per dotted key part and per level
// of nested arrays and inline tables, so a line of tens of thousands of `a.a.a...` overflows the
// stack; no site file needs anything near these limits.
#pragma once

#include <string>

#include "common/diagnostics.h"

namespace scrutiny {

inline constexpr int kMostKeyParts = 32;    // a.b.c = 1 has three
inline constexpr int kDeepestNesting = 32;  // [[1]] is two deep

// False, with an error at the first place beyond a limit, when `text` has a key of more than
// kMostKeyParts dotted parts or values nested deeper than kDeepestNesting. Strings and comments
// are skipped; the scan is one pass, whatever the text.
bool within_toml_limits(const std::string& text, const std::string& file, int line_offset, Diagnostics& diags);

}  // namespace scrutiny
