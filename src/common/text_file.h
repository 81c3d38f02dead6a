// Reading one site file as text: the single place that checks names and contents are UTF-8.
#pragma once

#include <optional>
#include <string>

#include "common/diagnostics.h"
#include "common/file_system.h"

namespace scrutiny {

// The text of a file with a UTF-8 byte-order mark removed, or nothing (and an error at the
// first bad byte) when it is not UTF-8.
std::optional<std::string> read_text_file(const FileSystem& fs, const std::string& path, Diagnostics& diags);

}  // namespace scrutiny
