// Loads a whole site folder through a FileSystem: reads each file once, checks it is UTF-8,
// and hands it to the parser for its kind.
#pragma once

#include <optional>

#include "common/derived_cache.h"
#include "common/diagnostics.h"
#include "common/file_system.h"
#include "content/entities.h"

namespace scrutiny {

// site_config.toml read and parsed; nothing (with the reason reported) when it is missing or unusable.
std::optional<SiteConfig> load_site_config(const FileSystem& fs, Diagnostics& diags);

// Every problem in every file is reported; returns the content (possibly with some entities
// missing when their files had errors), or nothing when site_config.toml is unusable. With
// `cache`, a commitment file parsed before without a word to say (no warning, no error) is taken
// from there when its bytes are unchanged, and each one parsed afresh is put there. With
// `settled` too, such a file whose identity is the one it had when it was last read is not even
// read (a rebuild of a large site reads only the commitment files that changed).
std::optional<SiteContent> load_site(const FileSystem& fs, Diagnostics& diags, DerivedCache* cache = nullptr,
                                     const SettledFiles* settled = nullptr);

}  // namespace scrutiny
