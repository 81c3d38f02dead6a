#include "publish/output_record.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <fstream>
#include <vector>

#define XXH_INLINE_ALL  // header only: xxHash's fastest form, and no library to link
#include <xxhash.h>

namespace fs = std::filesystem;

namespace scrutiny {

std::uint64_t OutputRecord::hash(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

fs::path OutputRecord::location(const fs::path& output) {
    return output.parent_path() / ("." + output.filename().string() + ".scrutiny-record");
}

// One line a file: hash (hex), size, modification time (ns), then the path to the end of the line.
OutputRecord OutputRecord::read(const fs::path& output) {
    OutputRecord record;
    std::ifstream in(location(output), std::ios::binary);
    for (std::string line; std::getline(in, line);) {
        Entry e;
        int used = 0;
        if (std::sscanf(line.c_str(), "%" SCNx64 " %" SCNu64 " %" SCNd64 " %n", &e.hash, &e.size, &e.mtime_ns, &used) != 3 ||
            used <= 0 || static_cast<size_t>(used) >= line.size())
            continue;  // a damaged line only means that file is written again
        record.entries_[line.substr(static_cast<size_t>(used))] = e;
    }
    return record;
}

bool OutputRecord::unchanged_since(const fs::path& path, const Entry& e) {
    struct stat st;
    return ::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) == e.size &&
           st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec == e.mtime_ns;
}

bool OutputRecord::describes(const fs::path& output) const {
    if (entries_.empty()) return false;
    std::error_code ec;
    size_t files = 0;
    for (auto it = fs::recursive_directory_iterator(output, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        const auto type = it->symlink_status(ec).type();
        if (type == fs::file_type::directory) continue;
        if (type != fs::file_type::regular) return false;  // a link or a device is not ours
        const Entry* entry = find(it->path().lexically_relative(output).generic_string());
        if (!entry || !unchanged_since(it->path(), *entry)) return false;
        ++files;
    }
    return !ec && files == entries_.size();
}

const OutputRecord::Entry* OutputRecord::find(const std::string& path) const {
    auto it = entries_.find(path);
    return it == entries_.end() ? nullptr : &it->second;
}

void OutputRecord::add(const std::string& path, const Entry& entry) {
    std::lock_guard lock(mutex_);
    entries_[path] = entry;
}

bool OutputRecord::write(const fs::path& output) const {
    std::vector<std::pair<std::string, Entry>> sorted(entries_.begin(), entries_.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string text;
    char head[80];
    for (const auto& [path, e] : sorted) {
        if (path.find('\n') != std::string::npos) continue;  // cannot be a line; written afresh next time
        std::snprintf(head, sizeof head, "%016" PRIx64 " %" PRIu64 " %" PRId64 " ", e.hash, e.size, e.mtime_ns);
        text += head;
        text += path;
        text += '\n';
    }
    const fs::path target = location(output);
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
