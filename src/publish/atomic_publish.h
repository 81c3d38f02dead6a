// Publishing: write the output set into a fresh folder beside the output folder, then swap
// it in with one atomic rename. A failed or interrupted build leaves the old site as it was.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostics.h"
#include "publish/output_set.h"

namespace scrutiny {

class OutputRecord;

// Publishing replaces everything in the output folder, so this refuses one where that would
// destroy sources or someone's files: the site folder itself or a folder holding it, a folder
// inside content/, assets/ or themes/, a file, site_config.toml or .git, or a folder with any
// file an earlier build did not write (see build_marker.h). Symbolic links and ".."
// are resolved first; the resolved absolute folder is returned, and is the one to publish to.
// `named` says how the user chose the folder ("--output `x`"), `where` where (a config key).
// `look_for_foreign_files` false leaves out the walk through every folder of the output, for a
// caller that proves the output holds exactly the last build's files another way (build_stamp.h).
std::optional<std::string> checked_output_folder(const std::string& source_dir, const std::string& output_dir,
                                                 const std::string& named, const SourceLocation& where,
                                                 Diagnostics& diags, bool look_for_foreign_files = true);

// Where derived data kept between builds lives (common/derived_cache.h): beside the output
// folder `output` (as checked_output_folder() resolved it), ".public.scrutiny-cache" for public/.
// Written only while a StagingFolder holds the output's lock; it may be read at any time, since
// it is replaced whole or appended to, and its entries are content-addressed.
std::string derived_cache_location(const std::string& output);

// The new site's folder beside the output (".public.staging-PID"), written while the site is
// rendered and swapped in whole at the end. Builds into one output take turns: it holds a lock
// on the folder that holds the output from open() until it is destroyed. The site a publish
// replaces is kept as ".public.previous" (with the record of what it holds), and the next
// open() (unless `--clean`) takes that folder as its staging folder: files already as wanted
// stay, the rest are replaced (never written through: they may be the published files' other
// names) and files the new site lacks are removed at publish(), so an edit costs what it changed.
class StagingFolder {
public:
    // `output_dir` is a path on disk (absolute or relative to the working directory). Takes the
    // lock, checks the output folder again under it, removes leftovers of interrupted builds and
    // makes the staging folder; nothing (with an error) when any of that fails. With `reuse`, a
    // file whose bytes are those already published is a hard link to the published file (same
    // modification time; see output_record.h); without it (`build --clean`) every file is new.
    // With `foreign_files_checked_by_caller`, open() leaves out its own look for files the last
    // build did not write (a walk through every folder of the output: 0.15 s on a large site);
    // the caller must then call checked_output_folder() while it holds this folder, before
    // publishing, as `build` does to report the problem with the flag or setting that chose the folder.
    static std::unique_ptr<StagingFolder> open(const std::string& output_dir, Diagnostics& diags, bool reuse = true,
                                               bool foreign_files_checked_by_caller = false);
    ~StagingFolder();  // removes the staging folder unless it was published
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;

    // Writes one file into the staging folder; safe to call from several threads at once.
    bool write(const std::string& path, std::string_view bytes) const;
    // The same for bytes in pieces, written one after another (never joined in memory).
    bool write(const std::string& path, Pieces bytes) const;
    // A writer for OutputSet::write_through that writes into this folder.
    FileWriter writer() const;
    // Puts the published file at `path` into the staging folder (a hard link) when the last build
    // recorded it as made from inputs with `key` and it is still as published; false otherwise.
    // The caller then does not make it (see view/page_inputs.h). Safe from several threads at once.
    bool keep(const std::string& path, const std::string& key) const;
    // Records the inputs key of a page written at `path`, for the next build's keep().
    void note_inputs_key(const std::string& path, const std::string& key) const;
    // Writes the files `files` still holds in memory and the build marker (listing every file
    // of `files`), then swaps the staging folder in with one atomic rename. False (with an
    // error) when a write, including an earlier streamed one, or the swap failed; the old
    // output is then intact.
    bool publish(const OutputSet& files, Diagnostics& diags);
    // The record of what the output folder holds: the last build's, as open() read it (empty
    // with `reuse` false), until publish() succeeds; this build's after.
    const OutputRecord& published() const;

private:
    struct Impl;
    explicit StagingFolder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Stages `files` and publishes them in one go (StagingFolder::open, then publish).
bool publish_atomically(const OutputSet& files, const std::string& output_dir, Diagnostics& diags);

}  // namespace scrutiny
