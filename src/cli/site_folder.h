// The site folder a command works on, checked the same way, in the same words, by every
// command that reads one (build, check, serve, new, import).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "common/file_system.h"

namespace scrutiny {

// The exit status of a usage error: a wrong flag, or no site where the command was pointed.
inline constexpr int kUsageError = 2;

// The folder `source` as a file system, or nothing (with the reason written to `err`) when it
// is not a folder or has no site_config.toml; the command then exits with kUsageError.
std::optional<DiskFileSystem> open_site_folder(const std::string& source, std::ostream& err);

}  // namespace scrutiny
