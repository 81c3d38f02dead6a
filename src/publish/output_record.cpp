#include "publish/output_record.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cinttypes>
#include <cstdio>
#include <fstream>
#include <set>
#include <vector>

#define XXH_INLINE_ALL  // header only: xxHash's fastest form, and no library to link
#include <xxhash.h>

#include "common/digest.h"
#include "common/parallel.h"

namespace fs = std::filesystem;

namespace scrutiny {

std::uint64_t OutputRecord::hash(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::uint64_t OutputRecord::hash(std::span<const std::string_view> pieces) {
    if (pieces.size() == 1) return hash(pieces.front());
    XXH3_state_t state;
    XXH3_64bits_reset(&state);
    for (std::string_view piece : pieces) XXH3_64bits_update(&state, piece.data(), piece.size());
    return XXH3_64bits_digest(&state);
}

fs::path OutputRecord::location(const fs::path& output) {
    return output.parent_path() / ("." + output.filename().string() + ".scrutiny-record");
}

namespace {
// The record's first line; a record without it (an older scrutiny's) is not used, so every file
// is written afresh once.
constexpr std::string_view kHeader = "# scrutiny output record 2";

}  // namespace

// One line a file: hash (hex), size, modification time (ns), the inputs key (hex, or "-"), then
// the path to the end of the line.
OutputRecord OutputRecord::read(const fs::path& output) { return read_file(location(output)); }

OutputRecord OutputRecord::read_file(const fs::path& file) {
    OutputRecord record;
    std::ifstream in(file, std::ios::binary);
    std::string line;
    if (!std::getline(in, line) || line != kHeader) return record;
    while (std::getline(in, line)) {
        Entry e;
        char key[80];
        int used = 0;
        if (std::sscanf(line.c_str(), "%" SCNx64 " %" SCNu64 " %" SCNd64 " %79s %n", &e.hash, &e.size, &e.mtime_ns, key, &used) != 4 ||
            used <= 0 || static_cast<size_t>(used) >= line.size())
            continue;  // a damaged line only means that file is written again
        if (std::string_view(key) != "-") {
            const auto bytes = unhex(key);
            if (!bytes) continue;
            e.inputs_key = *bytes;
        }
        record.entries_[line.substr(static_cast<size_t>(used))] = std::move(e);
    }
    return record;
}

OpenFolder::OpenFolder(const fs::path& folder)
    : fd_(::open(folder.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) {}

OpenFolder::~OpenFolder() {
    if (fd_ >= 0) ::close(fd_);
}

bool OutputRecord::unchanged_since(int folder, const std::string& path, const Entry& e) {
    struct stat st;
    return folder >= 0 && ::fstatat(folder, path.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
           static_cast<std::uint64_t>(st.st_size) == e.size && st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec == e.mtime_ns;
}

std::optional<std::uint64_t> OutputRecord::folders_fingerprint(const fs::path& output) const {
    std::set<std::string> unique{""};
    for (const auto& [path, entry] : entries_)
        for (size_t slash = path.rfind('/'); slash != std::string::npos && slash > 0; slash = path.rfind('/', slash - 1))
            if (!unique.insert(path.substr(0, slash)).second) break;  // and so every folder above it
    const std::vector<std::string> folders(unique.begin(), unique.end());
    // Looked at on every core (a system call each), folded in path order.
    std::vector<std::array<std::int64_t, 2>> seen(folders.size());
    // Each below the output folder held open, so the kernel walks only the folder's own path.
    const OpenFolder root(output);
    if (root.fd() < 0) return std::nullopt;
    std::atomic<bool> all_there{true};
    parallel_for(folders.size(), worker_count(), [&](size_t, size_t i) {
        struct stat st;
        const int looked = folders[i].empty() ? ::fstat(root.fd(), &st)
                                              : ::fstatat(root.fd(), folders[i].c_str(), &st, AT_SYMLINK_NOFOLLOW);
        if (looked != 0 || !S_ISDIR(st.st_mode)) all_there = false;
        else seen[i] = {static_cast<std::int64_t>(st.st_ino), st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec};
    });
    if (!all_there) return std::nullopt;
    std::string fold;
    for (size_t i = 0; i < folders.size(); ++i) {
        fold += folders[i];
        fold += '\0';
        fold.append(reinterpret_cast<const char*>(seen[i].data()), sizeof seen[i]);
    }
    return hash(fold);
}

bool OutputRecord::describes(const fs::path& output, std::uint64_t folders) const {
    if (entries_.empty()) return false;
    std::vector<std::pair<const std::string*, const Entry*>> files;
    files.reserve(entries_.size());
    for (const auto& [path, entry] : entries_) files.emplace_back(&path, &entry);
    const OpenFolder root(output);
    std::atomic<bool> unchanged{true};
    parallel_for(files.size(), worker_count(), [&](size_t, size_t i) {
        if (unchanged.load(std::memory_order_relaxed) && !unchanged_since(root.fd(), *files[i].first, *files[i].second))
            unchanged = false;
    });
    return unchanged && folders_fingerprint(output) == folders;
}

const OutputRecord::Entry* OutputRecord::find(const std::string& path) const {
    auto it = entries_.find(path);
    return it == entries_.end() ? nullptr : &it->second;
}

void OutputRecord::add(const std::string& path, const Entry& entry) {
    std::lock_guard lock(mutex_);
    entries_[path] = entry;
}

void OutputRecord::set_inputs_key(const std::string& path, const std::string& key) {
    std::lock_guard lock(mutex_);
    entries_[path].inputs_key = key;
}

bool OutputRecord::write(const fs::path& output) const { return write_file(location(output)); }

bool OutputRecord::write_file(const fs::path& target) const {
    std::vector<std::pair<std::string, Entry>> sorted(entries_.begin(), entries_.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string text(kHeader);
    text += '\n';
    char head[80];
    for (const auto& [path, e] : sorted) {
        if (path.find('\n') != std::string::npos) continue;  // cannot be a line; written afresh next time
        std::snprintf(head, sizeof head, "%016" PRIx64 " %" PRIu64 " %" PRId64 " ", e.hash, e.size, e.mtime_ns);
        text += head;
        text += e.inputs_key.empty() ? "-" : hex(e.inputs_key);
        text += ' ';
        text += path;
        text += '\n';
    }
    const fs::path temporary = target.string() + ".new-" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out) return false;
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) fs::remove(temporary, ec);
    return !ec;
}

}  // namespace scrutiny
