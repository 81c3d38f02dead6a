// What the last build published, file by file (a hash of the bytes, the size and the
// modification time), so the next build can keep every file whose bytes have not changed: a
// hard link to the published file instead of a new copy. Unchanged files then keep their
// modification time, so an upload with rsync or to a CDN moves only what changed, and a
// rebuild writes only what changed. The record lives beside the output folder
// (".public.scrutiny-record" for public/), never in it, so it is not published.
#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace scrutiny {

// A folder held open (O_PATH) for looking at many paths below it; fd() is -1 when it could not
// be opened (a plain folder, not a link, is required), and then every look below it fails.
class OpenFolder {
public:
    explicit OpenFolder(const std::filesystem::path& folder);
    ~OpenFolder();
    OpenFolder(const OpenFolder&) = delete;
    OpenFolder& operator=(const OpenFolder&) = delete;
    int fd() const { return fd_; }

private:
    int fd_ = -1;
};

class OutputRecord {
public:
    struct Entry {
        std::uint64_t hash = 0, size = 0;
        std::int64_t mtime_ns = 0;
        std::string inputs_key;  // for a page made from known inputs (view/page_inputs.h): their key
    };
    static std::uint64_t hash(std::string_view bytes);
    // The hash of the pieces' bytes one after another (as hash() of them joined).
    static std::uint64_t hash(std::span<const std::string_view> pieces);
    // Where the record of `output` lives.
    static std::filesystem::path location(const std::filesystem::path& output);
    // The record of `output`; empty when there is none or it cannot be read.
    static OutputRecord read(const std::filesystem::path& output);
    // The record kept in the file `file`; empty when there is none or it cannot be read.
    static OutputRecord read_file(const std::filesystem::path& file);

    OutputRecord() = default;
    OutputRecord(OutputRecord&& other) noexcept : entries_(std::move(other.entries_)) {}
    OutputRecord& operator=(OutputRecord&& other) noexcept {  // the mutex stays; only entries move
        entries_ = std::move(other.entries_);
        return *this;
    }

    // The file at `path` below the folder open as `folder` (an OpenFolder's fd) is still the one
    // `entry` describes: nobody replaced or edited it since (a plain file of the same size and
    // modification time). Relative to the open folder, the kernel walks only the path's own parts
    // (a large site's rebuild looks at 12,000 files this way).
    static bool unchanged_since(int folder, const std::string& path, const Entry& entry);

    const Entry* find(const std::string& path) const;
    // The folders that hold the recorded files, the output folder itself and every folder between
    // (each one's path, inode and modification time): a file or folder added to, removed from or
    // renamed in any of them changes it, seen without listing a folder (a large site's output has
    // 11,000, and listing them took most of a no-op build). Nothing when one is missing.
    std::optional<std::uint64_t> folders_fingerprint(const std::filesystem::path& output) const;
    // `output` holds exactly the files of this record, every one unchanged since: no file missing,
    // edited or added, judged by each file's size and modification time and by `folders`, the
    // folders_fingerprint() taken when the output was published. False for an empty record.
    bool describes(const std::filesystem::path& output, std::uint64_t folders) const;
    void add(const std::string& path, const Entry& entry);  // safe from several threads at once
    // Notes the inputs key of the page recorded at `path`; safe from several threads at once.
    void set_inputs_key(const std::string& path, const std::string& key);
    size_t size() const { return entries_.size(); }
    template <class F>
    void for_each_path(F&& f) const {
        for (const auto& [path, entry] : entries_) f(path);
    }
    // Replaces the record of `output` in one rename; false when it could not be written.
    bool write(const std::filesystem::path& output) const;
    // Writes the record into the file `file` (replaced in one rename); false when it could not be.
    bool write_file(const std::filesystem::path& file) const;

private:
    std::unordered_map<std::string, Entry> entries_;
    std::mutex mutex_;
};

}  // namespace scrutiny
