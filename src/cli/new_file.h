// `scrutiny new commitment|metric|meeting|page ID`: a commented starter file, in the right
// folder, that builds as it is. Never overwrites.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "common/file_system.h"
#include "content/entities.h"

namespace scrutiny {

struct NewCommandOptions {
    std::string kind;  // commitment | metric | meeting | page
    std::string id;    // a commitment's ref ("A3"); otherwise the file stem ("violence-with-injury")
    std::string source = ".";
};

// What a starter file needs from the site, so it refers only to ids that exist.
struct StarterContext {
    std::string objective;  // the first objective id
    std::string mechanism;  // the first oversight meeting id, empty when the glossary has none
    Date today;
};

struct StarterFile {
    std::string path;  // site-relative
    std::string text;
};

// The kinds `new` knows, in the order the help lists them.
const std::vector<std::string>& starter_kinds();

// The starter file for `kind` and `id`, or nothing with an error saying what to write instead.
std::optional<StarterFile> make_starter(const std::string& kind, const std::string& id, const StarterContext& context,
                                        Diagnostics& diags);

// "violence-with-injury" -> "Violence with injury".
std::string title_from_id(const std::string& id);

// Exit status: 0 written, 1 refused (file exists, unknown id), 2 usage errors.
int run_new(const NewCommandOptions& options, std::ostream& out, std::ostream& err);

// The metric starter for `id`; with `series_toml`, those replace the commented example figures
// (used by `import` for a new metric). `percent` picks value_type and unit.
std::string metric_starter_text(const std::string& id, bool percent, const std::string& series_toml,
                                const StarterContext& context);

// The first objective and oversight meeting of a site folder, and today (the build date).
StarterContext read_starter_context(const FileSystem& site, Diagnostics& diags);

}  // namespace scrutiny
