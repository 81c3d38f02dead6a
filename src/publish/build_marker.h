// The marker every build leaves in its output folder: the list of files it wrote. Publishing
// replaces the whole folder, so it only ever replaces a folder that holds this marker and
// nothing the marker does not list: anyone else's files are never lost.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "publish/output_set.h"

namespace scrutiny {

inline constexpr const char* kBuildMarker = ".scrutiny-build";

// The marker's text for a build of `files` (deterministic: sorted paths, no dates).
std::string build_marker_text(const OutputSet& files);

// The files the marker in `folder` lists, or nothing when the folder has no marker.
std::optional<std::set<std::string>> build_manifest(const std::filesystem::path& folder);

// What in `folder` publishing would destroy, as paths relative to it ("notes.txt", "drafts/"),
// sorted: every entry when there is no marker, otherwise every file the marker does not list.
// An absent or empty folder has none.
std::vector<std::string> foreign_files(const std::string& folder);

// "a.txt, b/ and 3 more": the first few of `paths`, for messages.
std::string first_few(const std::vector<std::string>& paths, size_t shown = 5);

}  // namespace scrutiny
