// Publishing: write the output set into a fresh folder beside the output folder, then swap
// it in with one atomic rename. A failed or interrupted build leaves the old site as it was.
#pragma once

#include <string>

#include "common/diagnostics.h"
#include "publish/output_set.h"

namespace scrutiny {

// `output_dir` is a path on disk (absolute or relative to the working directory).
// Returns false (with an error) when staging or swapping failed; the old output is then intact.
bool publish_atomically(const OutputSet& files, const std::string& output_dir, Diagnostics& diags);

}  // namespace scrutiny
