// Reading one site file as text: the single place that checks names and contents are UTF-8.
#pragma once

#include <optional>
#include <string>

#include "common/diagnostics.h"
#include "common/file_system.h"
#include "common/text.h"

namespace scrutiny {

// Site files larger than this are refused unread: no real page, metric or glossary comes near it.
inline constexpr std::uintmax_t kMaxSiteFileBytes = 10'000'000;

// The text of a file with a UTF-8 byte-order mark removed, or nothing (and an error at the
// first bad byte) when it is larger than kMaxSiteFileBytes, not UTF-8, or holds a control
// character no page or feed may carry (see first_control_character).
std::optional<std::string> read_text_file(const FileSystem& fs, const std::string& path, Diagnostics& diags);
// The same in two steps, for a reader that knows some files' bytes were checked before (a
// rebuild's cache): the bytes (with a byte-order mark removed), or nothing (and an error) when
// the name is not UTF-8, the file is too large or cannot be read; then whether they are text.
std::optional<std::string> read_site_file(const FileSystem& fs, const std::string& path, Diagnostics& diags);
bool is_site_text(const std::string& text, const std::string& path, Diagnostics& diags);

// "the control character U+0000 cannot appear ...; delete it": one wording for files and values.
std::string control_character_problem(const ControlCharacter& c);

}  // namespace scrutiny
