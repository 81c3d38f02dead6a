// Derived data kept from one build to the next, by the digest of what it was made from (a
// commitment file's parse by its bytes, a commitment's search document by its words), so a
// rebuild makes again only what an edit changed. Content-addressed: an entry is never stale, only
// missing, so a wrong entry can come only from a key that leaves out something the data was made
// from.
//
// `build` keeps it in a file beside the output (".public.scrutiny-cache"), read through a
// mapping, not copied (at 10,000 commitments the file is some 120 MB). What a build makes goes,
// as it is made, into a file of its own that has no name yet (not held in memory, and nothing
// appears beside the output unless the build is published); save() then adds it to the cache
// file under the output's lock: appended, or, when most of the old file is no longer used, a new
// file renamed over the old one. The file only grows while it has its name, so a build reading it
// while another appends sees whole entries or a cut-short end, which is taken as no cache at all.
// It is written by the scrutiny binary that reads it: one another binary wrote, or a damaged
// one, is ignored whole and the build makes everything. `serve` keeps the cache in memory.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/shared_text.h"

namespace scrutiny {

class DerivedCache {
public:
    DerivedCache();  // in memory, empty
    ~DerivedCache();
    DerivedCache(DerivedCache&&) noexcept;
    DerivedCache& operator=(DerivedCache&&) noexcept;

    // What the last build left in `file` (nothing when there is none, another scrutiny binary
    // wrote it or it is damaged). Reads only: the file is written by save() alone.
    static DerivedCache read(const std::string& file);
    // Nothing found; save() replaces `file` (`build --clean`).
    static DerivedCache fresh(const std::string& file);

    // The data made from `key`, or nothing; marks the entry as used by this build. The view
    // stays good while the cache lives. Safe from several threads at once.
    std::optional<std::string_view> find(std::string_view key);
    // The same, with what keeps the data (the mapped file, or the data held in memory): good for as
    // long as it is held, after the cache is gone or has let the entry go (serve).
    std::optional<SharedText> find_shared(std::string_view key);
    // Keeps `data` made from `key`: in this build's own unnamed file (not held), or in memory.
    // The first put of a key wins. Safe from several threads at once.
    void put(std::string_view key, std::string data);

    // Ends a build in memory (serve): lets go of the entries it did not use.
    void forget_unused();
    // Ends a build with a file, once it is published, while the output's lock is held: adds what
    // this build made to the file, or writes the file afresh with only what this build used when
    // the entries it did not use outweigh the rest (or the file was not usable). False when it
    // could not be written (the next build then makes what it needs again: no harm).
    bool save();

    size_t size() const { return entries_.size(); }
    size_t found() const { return found_; }  // lookups this build that found their data

private:
    struct Entry {
        std::string_view data;                   // in the mapping or `own`, when `held`
        std::shared_ptr<const std::string> own;  // data held in memory (no file)
        std::unique_ptr<std::string> own_key;    // the key, when put by this build (else in the mapping)
        size_t bytes = 0;                        // the entry's size in the file
        bool held = false;                       // false: put by this build into the file alone
        bool used = false;
    };
    struct Mapping;
    // The entry for `key` with data, marked used; the mutex held.
    const Entry* use(std::string_view key);

    std::string file_;                        // empty: in memory
    std::shared_ptr<const Mapping> mapping_;  // the file as read; null when it was not usable
    int made_fd_ = -1;                        // this build's unnamed file: the first line, then what it put
    bool made_failed_ = false;                // that file could not be made or written: nothing more goes in
    // Keyed by views: of the mapping (a key read from the file is never copied: a large site's
    // cache has some 40,000) or of the entry's own_key.
    using Entries = std::unordered_map<std::string_view, Entry>;
    Entries entries_;
    std::unique_ptr<std::mutex> mutex_ = std::make_unique<std::mutex>();
    size_t found_ = 0;
};

}  // namespace scrutiny
