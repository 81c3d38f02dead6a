// The built site: output path -> bytes. Rendering fills it; publishing writes it out; `serve`
// answers from it. Paths are checked so content can never write outside it. `build` streams:
// with a writer set, bytes go to the staging folder as they are made and only paths are kept,
// so a large site is never held in memory whole.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "common/diagnostics.h"
#include "common/text.h"

namespace scrutiny {

// Writes one file of the build (relative path, bytes in pieces) where it will be published; false
// when it could not. Called from every rendering thread at once.
using FileWriter = std::function<bool(const std::string& path, Pieces bytes)>;
// Writes `bytes` with `writer` as a file of one piece.
inline bool write_whole(const FileWriter& writer, const std::string& path, std::string_view bytes) {
    return writer(path, Pieces(&bytes, 1));
}

class OutputSet {
public:
    enum class Added { yes, unsafe_path, already_there };
    // Adds a file that must be new. The path is relative ("commitments/a3/index.html"); a path
    // that is absolute, empty, or climbs with ".." is refused, and so is a second file at a path
    // already taken (two pages must never silently overwrite each other).
    Added add(const std::string& path, std::string bytes);
    // Adds a file that must be new, its bytes shared with whoever else holds them (serve's render
    // cache keeps a page's HTML from one rebuild to the next): nothing is copied.
    using SharedBytes = std::shared_ptr<const std::string>;
    Added add_shared(const std::string& path, SharedBytes bytes);
    // Adds or replaces a file: for layered assets, where the site's own file wins over the
    // theme's. Returns false for an unsafe path.
    bool put(const std::string& path, std::string bytes);
    bool contains(const std::string& path) const { return files_.count(path) > 0; }
    // The bytes of a file held in memory; nothing for a file already handed to the writer.
    const std::string* find(const std::string& path) const;
    // Every file, by path; a file handed to the writer has empty bytes here (see written()). A
    // set holding shared files copies them in here on the first call after they were added: for
    // tests and tools; serve answers with find().
    const std::map<std::string, std::string>& files() const;
    size_t size() const { return files_.size(); }

    // From now on add() and put() hand bytes to `writer` at once and keep only the path.
    void write_through(FileWriter writer) { writer_ = std::move(writer); }
    const FileWriter& writer() const { return writer_; }
    // Records a file the caller has already handed to writer() itself (rendering threads write
    // pages as they finish; paths are then recorded in page order, so clashes are reported the
    // same way every time).
    Added add_written(const std::string& path);
    bool written(const std::string& path) const { return written_.count(path) > 0; }
    // The first file the writer failed to write, or empty.
    const std::string& write_failure() const { return write_failure_; }
    void note_write_failure(const std::string& path) {
        if (write_failure_.empty()) write_failure_ = path;
    }

private:
    bool hand_on(const std::string& path, const std::string& bytes);

    std::map<std::string, std::string> files_;  // a shared file's bytes are in shared_
    std::map<std::string, SharedBytes> shared_;
    mutable std::map<std::string, std::string> with_shared_;  // files_ with shared_'s bytes, made by files()
    mutable bool with_shared_stale_ = true;
    std::set<std::string> written_;
    FileWriter writer_;
    std::string write_failure_;
};

// True when `path` is a safe relative output path.
bool is_safe_output_path(const std::string& path);

}  // namespace scrutiny
