// Derived data kept from one build to the next, by the digest of what it was made from (a
// commitment's search document by its words, ...), so a rebuild makes again only what an edit
// changed. Content-addressed: an entry is never stale, only missing, so a wrong entry can come
// only from a key that leaves out something the data was made from.
//
// `build` keeps it in a file beside the output (".public.scrutiny-cache", written under the
// output's lock); `serve` in memory. The file is written by the scrutiny binary that reads it:
// one written by another binary (or damaged) is ignored whole, and the build makes everything.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace scrutiny {

class DerivedCache {
public:
    DerivedCache() = default;  // empty, in memory
    // What the last build left in `file`; empty (and the file rewritten by save()) when there is
    // none, it was written by another scrutiny binary or it is damaged.
    static DerivedCache read(const std::string& file);
    // An empty cache that save() writes to `file` afresh (`build --clean`).
    static DerivedCache fresh(const std::string& file);

    // The data made from `key`, or nothing; marks the entry as used by this build. Entries stay
    // where they are while the cache lives, so the pointer stays good. Safe from several threads.
    const std::string* find(std::string_view key);
    // Keeps `data` made from `key` (the first put of a key wins). Safe from several threads.
    void put(std::string_view key, std::string data);

    // Lets go of the entries this build did not use, and starts the next build (serve).
    void forget_unused();
    // Writes the entries this build used or put to the file read() read, then starts the next
    // build: new entries are appended, and the file is written afresh when the entries no
    // longer used outweigh the rest. False when it cannot be written (the next build then makes
    // what it needs again: no harm).
    bool save();

    size_t size() const { return entries_.size(); }
    size_t found() const { return found_; }  // lookups this build that found their data

private:
    struct Entry {
        std::string data;
        bool used = false;
        bool in_file = false;
    };
    std::string file_;
    bool file_ok_ = false;  // the file holds exactly the in_file entries, in this binary's format
    std::unordered_map<std::string, Entry> entries_;
    std::unique_ptr<std::mutex> mutex_ = std::make_unique<std::mutex>();
    size_t found_ = 0;
};

}  // namespace scrutiny
