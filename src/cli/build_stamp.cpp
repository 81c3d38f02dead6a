#include "cli/build_stamp.h"

#include <sys/stat.h>
#include <unistd.h>

#include <time.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <fstream>

#include "common/file_system.h"
#include "common/parallel.h"
#include "publish/output_record.h"

namespace fs = std::filesystem;

namespace scrutiny {

namespace {
// Hashes are folded in order, so the same inputs always give the same fingerprint.
struct Fold {
    std::string text;
    void add(std::string_view part) {
        text += part;
        text += '\0';
    }
    void add_hash(std::uint64_t h) { text.append(reinterpret_cast<const char*>(&h), sizeof h); }
};

}  // namespace

std::optional<std::uint64_t> input_fingerprint(const DiskFileSystem& site, const BuildInputs& inputs, SettledFiles* settled) {
    // A new or rebuilt scrutiny always builds afresh.
    const auto binary = running_binary_identity();
    if (!binary) return std::nullopt;
    Fold fold;
    fold.add_hash(OutputRecord::hash(*binary));
    fold.add(inputs.build_date.iso());
    fold.add(inputs.base_url ? "base-url " + *inputs.base_url : "");
    // Each file stands for itself by its identity and dates (device, inode, size, modification
    // and change times to the nanosecond), as make and git judge a file changed: reading and
    // hashing 80 MB of a large site's content took most of a no-op build. A file changed in the
    // last two seconds could be changed again within the same clock tick without its dates
    // moving ("racy", in git's word), so its bytes are hashed too; such a fingerprint never
    // matches a later one made from dates alone, so that build runs.
    struct timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const std::int64_t racy_after = (static_cast<std::int64_t>(now.tv_sec) - 2) * 1000000000LL + now.tv_nsec;
    const auto nanoseconds = [](const struct timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1000000000LL + t.tv_nsec; };
    std::vector<std::string> paths;
    for (const char* root : {"site_config.toml", "content", "themes", "assets"}) {
        std::vector<std::string> found = std::string_view(root) == "site_config.toml" ? std::vector<std::string>{root}
                                                                                       : site.list_files(root);
        std::sort(found.begin(), found.end());
        paths.insert(paths.end(), found.begin(), found.end());
    }
    // Looked at on every core (list_files has already kept to files inside the site, so
    // directly), folded in path order.
    std::vector<std::optional<std::uint64_t>> each(paths.size());
    std::vector<char> racy(paths.size());
    parallel_for(paths.size(), worker_count(), [&](size_t, size_t i) {
        const std::string disk = site.root() + "/" + paths[i];
        struct stat st;
        if (::stat(disk.c_str(), &st) != 0) return;
        const std::int64_t parts[] = {static_cast<std::int64_t>(st.st_dev), static_cast<std::int64_t>(st.st_ino),
                                      static_cast<std::int64_t>(st.st_size), nanoseconds(st.st_mtim), nanoseconds(st.st_ctim)};
        std::uint64_t h = OutputRecord::hash({reinterpret_cast<const char*>(parts), sizeof parts});
        if (std::max(parts[3], parts[4]) >= racy_after) {
            racy[i] = 1;
            const auto bytes = site.read(paths[i]);
            if (!bytes) return;
            h ^= OutputRecord::hash(*bytes) * 0x9E3779B97F4A7C15ULL;
        }
        each[i] = h;
    });
    for (size_t i = 0; i < paths.size(); ++i) {
        if (!each[i]) return std::nullopt;
        fold.add(paths[i]);
        fold.add_hash(*each[i]);
        if (settled && !racy[i]) settled->emplace(paths[i], *each[i]);
    }
    return OutputRecord::hash(fold.text);
}

fs::path stamp_location(const fs::path& output) {
    return output.parent_path() / ("." + output.filename().string() + ".scrutiny-stamp");
}

namespace {
std::optional<BuildStamp> read_stamp(const fs::path& output) {
    std::ifstream in(stamp_location(output));
    std::string line;
    if (!std::getline(in, line)) return std::nullopt;
    BuildStamp stamp;
    if (std::sscanf(line.c_str(), "%" SCNx64 " %zu %zu %" SCNx64, &stamp.fingerprint, &stamp.pages, &stamp.files,
                    &stamp.folders) != 4)
        return std::nullopt;
    return stamp;
}
}  // namespace

std::optional<BuildStamp> unchanged_build(const fs::path& output, std::uint64_t fingerprint) {
    const auto stamp = read_stamp(output);
    if (!stamp || stamp->fingerprint != fingerprint) return std::nullopt;
    if (!OutputRecord::read(output).describes(output, stamp->folders)) return std::nullopt;
    return stamp;
}

bool output_folders_as_published(const fs::path& output, const OutputRecord& record) {
    const auto stamp = read_stamp(output);
    return stamp && record.folders_fingerprint(output) == stamp->folders;
}

void write_stamp(const fs::path& output, const BuildStamp& built, const OutputRecord& record) {
    const auto folders = record.folders_fingerprint(output);
    if (!folders) return;
    BuildStamp stamp = built;
    stamp.folders = *folders;
    const fs::path target = stamp_location(output);
    const fs::path temporary = target.string() + ".new-" + std::to_string(::getpid());
    char line[120];
    std::snprintf(line, sizeof line, "%016" PRIx64 " %zu %zu %016" PRIx64 "\n", stamp.fingerprint, stamp.pages, stamp.files,
                  stamp.folders);
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << line;
        if (!out) return;
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) fs::remove(temporary, ec);
}

void remove_stamp(const fs::path& output) {
    std::error_code ec;
    fs::remove(stamp_location(output), ec);
}

}  // namespace scrutiny
