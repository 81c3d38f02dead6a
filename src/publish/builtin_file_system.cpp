#include "publish/builtin_files.h"

namespace scrutiny {

const FileSystem& builtin_file_system() {
    static const MemoryFileSystem fs = [] {
        MemoryFileSystem m;
        for (const auto& f : builtin_files()) m.write(std::string(f.path), std::string(f.bytes));
        return m;
    }();
    return fs;
}

}  // namespace scrutiny
