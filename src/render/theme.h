// Themes: Mustache templates, partials and static files in themes/<name>/. A theme may name
// a parent in themes/<name>/theme.toml (`extends = "default"`) and override only some files.
// The default theme is built into the binary, so a site folder needs no copy of it.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "common/diagnostics.h"
#include "common/file_system.h"

namespace scrutiny {

struct Theme {
    std::string name;
    std::map<std::string, std::string> templates;  // "home" -> text of templates/home.mustache
    std::map<std::string, std::string> template_files;  // "home" -> its path, for messages
    std::map<std::string, std::string> partials;   // "header" -> text of partials/header.mustache
    std::map<std::string, std::string> static_files;  // output path -> bytes (from static/)
    std::map<std::string, std::string> static_origin;  // output path -> its file, for messages
};

// Loads `name` from the site folder, or from `builtin` (the default theme and built-in assets
// compiled into the binary) when the site has no such folder.
std::optional<Theme> load_theme(const FileSystem& site, const FileSystem& builtin, const std::string& name,
                                const SourceLocation& named_at, Diagnostics& diags);

// The file system holding themes/<name>, the site's own before the built-in one; nullptr (with
// an error at `named_at`) when neither has it.
const FileSystem* find_theme(const FileSystem& site, const FileSystem& builtin, const std::string& name,
                             const SourceLocation& named_at, Diagnostics& diags);

}  // namespace scrutiny
