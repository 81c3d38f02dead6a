// For unit tests below publish/ (which holds the embedded copy): the built-in English
// translation table read from the source tree, and the source tree as the built-in files.
#pragma once

#include "common/file_system.h"
#include "common/translations.h"

namespace scrutiny {

inline const FileSystem& source_tree_for_tests() {
    static const DiskFileSystem tree(SCRUTINY_SOURCE_DIR);
    return tree;
}

inline const Translations& english_for_tests() {
    static const Translations en =
        english_translations(*source_tree_for_tests().read("themes/default/i18n/en.toml"));
    return en;
}

}  // namespace scrutiny
