#include "publish/output_record.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string_view>
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

namespace {
// The next field of `line` up to a space, taken off the front; empty when there is none.
std::string_view next_field(std::string_view& line) {
    const size_t space = line.find(' ');
    if (space == std::string_view::npos || space == 0) return {};
    const std::string_view field = line.substr(0, space);
    line.remove_prefix(space + 1);
    return field;
}

template <class Number>
bool parse_number(std::string_view text, Number& n, int base) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n, base);
    return error == std::errc() && end == text.data() + text.size();
}

// One line of the record, parsed into `path` and `e`; false for a damaged line.
bool parse_line(std::string_view line, std::string_view& path, OutputRecord::Entry& e) {
    const std::string_view hash = next_field(line), size = next_field(line), mtime = next_field(line), key = next_field(line);
    if (key.empty() || line.empty() || !parse_number(hash, e.hash, 16) || !parse_number(size, e.size, 10) ||
        !parse_number(mtime, e.mtime_ns, 10))
        return false;
    if (key != "-") {
        auto bytes = unhex(key);
        if (!bytes) return false;
        e.inputs_key = std::move(*bytes);
    }
    path = line;
    return true;
}
}  // namespace

OutputRecord OutputRecord::read_file(const fs::path& file) {
    OutputRecord record;
    // Read whole and parsed in place: a large site's record has 12,000 lines, read twice a build.
    std::string text;
    {
        std::ifstream in(file, std::ios::binary);
        if (!in) return record;
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    std::string_view rest = text;
    const size_t first_end = rest.find('\n');
    if (first_end == std::string_view::npos || rest.substr(0, first_end) != kHeader) return record;
    rest.remove_prefix(first_end + 1);
    record.entries_.reserve(static_cast<size_t>(std::count(rest.begin(), rest.end(), '\n')));
    while (!rest.empty()) {
        const size_t end = std::min(rest.find('\n'), rest.size());
        std::string_view path;
        Entry e;
        if (parse_line(rest.substr(0, end), path, e))  // a damaged line only means that file is written again
            record.entries_.insert_or_assign(std::string(path), std::move(e));
        rest.remove_prefix(std::min(end + 1, rest.size()));
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
    // Every folder above a file, once, in path order: views of the record's own paths, sorted
    // (a set of copies cost more than the look at the folders).
    std::vector<std::string_view> folders{""};
    folders.reserve(2 * entries_.size() + 1);
    for (const auto& [path, entry] : entries_)
        for (size_t slash = path.rfind('/'); slash != std::string::npos && slash > 0; slash = path.rfind('/', slash - 1))
            folders.push_back(std::string_view(path).substr(0, slash));
    std::sort(folders.begin(), folders.end());
    folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
    // Looked at on every core (a system call each), folded in path order.
    std::vector<std::array<std::int64_t, 2>> seen(folders.size());
    // Each below the output folder held open, so the kernel walks only the folder's own path.
    const OpenFolder root(output);
    if (root.fd() < 0) return std::nullopt;
    std::atomic<bool> all_there{true};
    parallel_for(folders.size(), worker_count(), [&](size_t, size_t i) {
        struct stat st;
        const int looked = folders[i].empty() ? ::fstat(root.fd(), &st)
                                              : ::fstatat(root.fd(), std::string(folders[i]).c_str(), &st, AT_SYMLINK_NOFOLLOW);
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
    std::vector<const std::pair<const std::string, Entry>*> sorted;
    sorted.reserve(entries_.size());
    for (const auto& entry : entries_) sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    std::string text(kHeader);
    text += '\n';
    char head[80];
    for (const auto* entry : sorted) {
        const auto& [path, e] = *entry;
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
