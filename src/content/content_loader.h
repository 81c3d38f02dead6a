// Loads a whole site folder through a FileSystem: reads each file once, checks it is UTF-8,
// and hands it to the parser for its kind.
#pragma once

#include <optional>

#include "common/diagnostics.h"
#include "common/file_system.h"
#include "model/entities.h"

namespace scrutiny {

// Every problem in every file is reported; returns the content (possibly with some entities
// missing when their files had errors), or nothing when site_config.toml is unusable.
std::optional<SiteContent> load_site(const FileSystem& fs, Diagnostics& diags);

// The text of a file with a UTF-8 byte-order mark removed, or nothing (and an error at the
// first bad byte) when it is not UTF-8.
std::optional<std::string> read_text_file(const FileSystem& fs, const std::string& path, Diagnostics& diags);

}  // namespace scrutiny
