// Publishing: write the output set into a fresh folder beside the output folder, then swap
// it in with one atomic rename. A failed or interrupted build leaves the old site as it was.
#pragma once

#include <optional>
#include <string>

#include "common/diagnostics.h"
#include "publish/output_set.h"

namespace scrutiny {

// Publishing replaces everything in the output folder, so this refuses one where that would
// destroy sources or someone's files: the site folder itself or a folder holding it, a folder
// inside content/, assets/ or themes/, a file, site_config.toml or .git, or a folder with any
// file an earlier build did not write (see build_marker.h). Symbolic links and ".."
// are resolved first; the resolved absolute folder is returned, and is the one to publish to.
// `named` says how the user chose the folder ("--output `x`"), `where` where (a config key).
std::optional<std::string> checked_output_folder(const std::string& source_dir, const std::string& output_dir,
                                                 const std::string& named, const SourceLocation& where,
                                                 Diagnostics& diags);

// `output_dir` is a path on disk (absolute or relative to the working directory). Builds into
// one output take turns (a lock on the folder that holds it), the folder is checked again under
// the lock, and the new folder carries the build marker. Returns false (with an error) when staging or swapping failed; the old output is then intact.
bool publish_atomically(const OutputSet& files, const std::string& output_dir, Diagnostics& diags);

}  // namespace scrutiny
