// Files compiled into the binary: the default theme (themes/default/...) and the built-in
// assets (assets/..., including the vendored Chart.js), used when a site folder lacks them.
#pragma once

#include <string_view>
#include <vector>

#include "common/file_system.h"

namespace scrutiny {

struct BuiltinFile {
    std::string_view path;
    std::string_view bytes;
};

const std::vector<BuiltinFile>& builtin_files();

// The built-in files as a read-only file system.
const FileSystem& builtin_file_system();

}  // namespace scrutiny
