// A fixture site copied into memory, so a test can edit it without touching the files.
#pragma once

#include <string>

#include "common/file_system.h"

namespace scrutiny::testing {

inline MemoryFileSystem fixture_in_memory(const std::string& name) {
    DiskFileSystem disk(std::string(SCRUTINY_SOURCE_DIR) + "/tests/fixtures/" + name);
    MemoryFileSystem memory;
    for (const auto& path : disk.list_files("")) memory.write(path, *disk.read(path));
    return memory;
}

}  // namespace scrutiny::testing
