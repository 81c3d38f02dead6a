// Everyday slips in hand-written TOML (dates written 31/02/2022, `80%`, `1,234`, text without
// quotes, curly quotes pasted from Word, a row of figures pasted with tabs, a string or a
// """ text left open): when toml++ fails, look at the offending line and say what to write
// instead, with an example, since the parser's own words describe its state, not the fix.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scrutiny {

struct TomlSlip {
    int line = 0;    // 1-based, within `text`; may differ from the parser's (an open string is
    int column = 0;  // reported where it opens, not where the parser gave up)
    std::string message;
};

// Advice for the parse error toml++ reported at `line`:`column` (1-based) of `text`, or
// nothing when the line shows none of the slips this knows.
std::optional<TomlSlip> diagnose_toml_slip(std::string_view text, int line, int column);

}  // namespace scrutiny
