#include "publish/output_record.h"

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

bool OutputRecord::unchanged_since(const fs::path& path, const Entry& e) {
    struct stat st;
    return ::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) == e.size &&
           st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec == e.mtime_ns;
}

std::optional<std::uint64_t> OutputRecord::folders_fingerprint(const fs::path& output) const {
    std::set<std::string> unique{""};
    for (const auto& [path, entry] : entries_)
        for (size_t slash = path.rfind('/'); slash != std::string::npos && slash > 0; slash = path.rfind('/', slash - 1))
            if (!unique.insert(path.substr(0, slash)).second) break;  // and so every folder above it
    const std::vector<std::string> folders(unique.begin(), unique.end());
    // Looked at on every core (a system call each), folded in path order.
    std::vector<std::array<std::int64_t, 2>> seen(folders.size());
    std::atomic<bool> all_there{true};
    const std::string root = output.string();
    parallel_for(folders.size(), worker_count(), [&](size_t, size_t i) {
        struct stat st;
        const std::string disk = folders[i].empty() ? root : root + "/" + folders[i];
        if (::lstat(disk.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) all_there = false;
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
    std::vector<std::pair<std::string, const Entry*>> files;
    files.reserve(entries_.size());
    const std::string root = output.string() + "/";
    for (const auto& [path, entry] : entries_) files.emplace_back(root + path, &entry);
    std::atomic<bool> unchanged{true};
    parallel_for(files.size(), worker_count(), [&](size_t, size_t i) {
        if (unchanged.load(std::memory_order_relaxed) && !unchanged_since(files[i].first, *files[i].second)) unchanged = false;
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
