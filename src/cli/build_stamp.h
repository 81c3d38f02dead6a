// A rebuild with nothing to do: when every input (the site's files, the scrutiny binary, the
// build date and the flags that change the output) is as it was for the last published build,
// and the output folder still holds exactly what that build wrote, `build` says so and stops in
// milliseconds instead of reading, rendering and comparing the whole site again.
//
// The stamp lives beside the output folder (".public.scrutiny-stamp" for public/), like the
// output record (publish/output_record.h), so it is never published. A build with warnings
// writes no stamp, so its warnings are printed again next time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "common/calendar.h"
#include "common/file_system.h"

namespace scrutiny {

class OutputRecord;

struct BuildInputs {
    std::optional<std::string> base_url;  // --base-url
    Date build_date;
};

// The fingerprint of everything a build reads: site_config.toml, content/, themes/ and assets/
// (each file's path, device, inode, size, modification and change times; and its bytes when it
// changed in the last two seconds), the running binary (which file, its size and date), the build
// date and --base-url. Nothing when a file cannot be read (the build then runs and reports it).
// A tool that rewrites a file keeping its size and both its dates would go unseen: `--clean` builds afresh.
// With `settled`, also each file's identity when it is not racy (common/file_system.h).
std::optional<std::uint64_t> input_fingerprint(const DiskFileSystem& site, const BuildInputs& inputs,
                                               SettledFiles* settled = nullptr);

struct BuildStamp {
    std::uint64_t fingerprint = 0;
    std::size_t pages = 0, files = 0;  // what the last build reported
    std::uint64_t folders = 0;         // the output's folders as published (OutputRecord::folders_fingerprint)
};

std::filesystem::path stamp_location(const std::filesystem::path& output);
// The stamp of `output`, when it matches `fingerprint` and the folder holds exactly the files
// its output record lists, each with the recorded size and modification time.
std::optional<BuildStamp> unchanged_build(const std::filesystem::path& output, std::uint64_t fingerprint);
// The output's folders are as the last build that wrote a stamp published them (whatever its
// inputs): no file or folder added, removed or renamed in any of them since, so it holds no file
// that build did not write (build_marker.h) without a walk through every folder of it. `record`
// is the output's record (StagingFolder::published(): already read, not read again).
bool output_folders_as_published(const std::filesystem::path& output, const OutputRecord& record);
// Written after a successful publish (taking the output's folders_fingerprint then, from
// `record`, what the publish wrote); a failure only means the next build does the work.
void write_stamp(const std::filesystem::path& output, const BuildStamp& stamp, const OutputRecord& record);
// Removed before a build publishes, so a build that fails halfway is never taken as current.
void remove_stamp(const std::filesystem::path& output);

}  // namespace scrutiny
