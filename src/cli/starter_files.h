// Starter files: a commented commitment, metric, meeting record or page that builds as it is,
// made by `scrutiny new` and (a new metric) by `scrutiny import`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "common/file_system.h"
#include "content/entities.h"

namespace scrutiny {

// What a starter file needs from the site, so it refers only to ids that exist.
struct StarterContext {
    std::string objective;  // the first objective id
    std::string mechanism;  // the first oversight meeting id, empty when the glossary has none
    Date today;
    std::vector<std::string> mechanisms;  // every oversight body's id, so `new meeting` adds no twin
};

struct StarterFile {
    std::string path;  // site-relative
    std::string text;
    bool append = false;  // a block added to the end of an existing file (a glossary [[meeting]])
    std::string note;     // said to the user besides "created", e.g. about an old spelling
};

// The kinds `new` knows, in the order the help lists them.
const std::vector<std::string>& starter_kinds();

// The starter file for `kind` and `id`, or nothing with an error saying what to write instead.
std::optional<StarterFile> make_starter(const std::string& kind, const std::string& id, const StarterContext& context,
                                        Diagnostics& diags);

// "violence-with-injury" -> "Violence with injury".
std::string title_from_id(const std::string& id);

// The metric starter for `id`; with `series_toml`, those replace the commented example figures
// (used by `import` for a new metric). `percent` picks value_type and unit.
std::string metric_starter_text(const std::string& id, bool percent, const std::string& series_toml,
                                const StarterContext& context);

// The first objective and oversight meeting of a site folder, and today (the build date).
StarterContext read_starter_context(const FileSystem& site, Diagnostics& diags);

}  // namespace scrutiny
