// For unit tests: a site fixture of tests/fixtures/ copied into memory, to edit without touching
// the source tree.
#pragma once

#include <string>

#include "common/file_system.h"

namespace scrutiny {

inline MemoryFileSystem fixture_in_memory(const std::string& name) {
    DiskFileSystem disk(std::string(SCRUTINY_SOURCE_DIR) + "/tests/fixtures/" + name);
    MemoryFileSystem memory;
    for (const auto& path : disk.list_files("")) memory.write(path, *disk.read(path));
    return memory;
}

}  // namespace scrutiny
