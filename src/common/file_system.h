// The file system as the pipeline sees it: paths relative to a site root, read-only.
// A real twin reads disk; an in-memory twin serves tests (and `serve` overlays).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_set>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/diagnostics.h"

namespace scrutiny {

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // The whole file, or nothing when it does not exist or cannot be read.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    virtual bool is_file(const std::string& path) const = 0;
    virtual bool is_directory(const std::string& path) const = 0;
    // Regular files below `dir` (recursively), as root-relative paths with '/', sorted.
    virtual std::vector<std::string> list_files(const std::string& dir) const = 0;
    // The file's size in bytes, so a huge file is refused before it is read.
    virtual std::optional<std::uintmax_t> size_of(const std::string& path) const = 0;
    // The whole file when it holds at most `limit` bytes; nothing when it is larger (`size` then
    // says how large, and nothing of it is read) or cannot be read (`size` 0).
    virtual std::optional<std::string> read_up_to(const std::string& path, std::uintmax_t limit, std::uintmax_t& size) const;
    // Reports every symbolic link the site may not follow (see DiskFileSystem).
    virtual void check_links(Diagnostics&) const {}
};

// The site folder on disk. Symbolic links are followed only where they stay inside the site
// folder; the one exception is a theme folder (themes/<name>) that is itself a link, to share a
// theme between sites: links inside it must then stay inside it. Anything else is never read
// (it looks absent), and check_links() reports it as an error naming the link. Paths that
// climb with ".." or are absolute are never read either.
class DiskFileSystem final : public FileSystem {
public:
    explicit DiskFileSystem(std::string root);
    std::optional<std::string> read(const std::string& path) const override;
    bool is_file(const std::string& path) const override;
    bool is_directory(const std::string& path) const override;
    std::vector<std::string> list_files(const std::string& dir) const override;
    std::optional<std::uintmax_t> size_of(const std::string& path) const override;
    // One look at the path's links, one open, one fstat and one read (a large site reads 10,000 files).
    std::optional<std::string> read_up_to(const std::string& path, std::uintmax_t limit, std::uintmax_t& size) const override;
    void check_links(Diagnostics& diags) const override;
    const std::string& root() const { return root_; }
    // From now on each folder is walked once and its listing kept (a build lists content/ for its
    // fingerprint, its loader and its inputs digest: at 10,000 commitments each walk is some 10
    // ms). For a file system that lives one build, not serve's, which must see files come and go.
    void keep_listings() const;

private:
    // The path on disk, or nothing when it is not one the site may read.
    std::optional<std::filesystem::path> full(const std::string& path) const;
    // True when no part of the path below the root is a link (so it cannot leave the site),
    // proved with one lstat per part not yet known; false means "resolve it the slow way".
    bool plain(const std::string& path) const;
    void remember_plain_folder(const std::string& path) const;
    std::string root_;
    std::filesystem::path real_root_;  // root_ with every link resolved
    // Folders below the root already found to be real folders reached without a link: a large
    // site reads 10,000 files from the same few folders, and resolving every path's links again
    // took a third of a no-op build's system calls. Guarded: the loader reads on every core.
    // Shared by copies of this file system (they have the same root).
    struct PlainFolders {
        std::mutex mutex;
        std::unordered_set<std::string> paths;
    };
    std::shared_ptr<PlainFolders> plain_folders_ = std::make_shared<PlainFolders>();
    struct Listings {
        std::mutex mutex;
        std::map<std::string, std::vector<std::string>> by_folder;
    };
    mutable std::shared_ptr<Listings> listings_;  // null: every listing walks the folder
    std::vector<std::string> walk(const std::string& dir) const;
};

class MemoryFileSystem final : public FileSystem {
public:
    void write(const std::string& path, std::string contents) { files_[path] = std::move(contents); }
    std::optional<std::string> read(const std::string& path) const override;
    bool is_file(const std::string& path) const override;
    bool is_directory(const std::string& path) const override;
    std::vector<std::string> list_files(const std::string& dir) const override;
    std::optional<std::uintmax_t> size_of(const std::string& path) const override;

private:
    std::map<std::string, std::string> files_;
};

// Files that have not changed for a while, each by its identity: a hash of its device, inode,
// size and modification and change times, taken when it was last looked at (cli/build_stamp.h).
// Like make and git, a reader may take a file with the same identity as unchanged. A file changed
// in the last two seconds has none: it could change again within the same clock tick.
using SettledFiles = std::unordered_map<std::string, std::uint64_t>;

// Files directly in `dir` whose names end with `extension` (e.g. ".md"), sorted.
std::vector<std::string> files_with_extension(const FileSystem& fs, const std::string& dir,
                                              const std::string& extension);

// "content/metrics/violence.toml" -> "violence".
std::string file_stem(const std::string& path);

// The running scrutiny binary as it stands for its code, its built-in theme and its version:
// its device, inode, size and modification time (from /proc/self/exe; Linux-only, like
// publishing). A new or rebuilt scrutiny gives other bytes. Nothing when it cannot be seen.
std::optional<std::string> running_binary_identity();

}  // namespace scrutiny
