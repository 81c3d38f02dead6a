#include "common/file_system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <limits>
#include <set>

namespace fs = std::filesystem;

namespace scrutiny {

namespace {
bool is_within(const fs::path& inner, const fs::path& outer) {
    const auto rel = inner.lexically_relative(outer);
    return !rel.empty() && *rel.begin() != "..";
}

// What a folder's entry is: a link or not, and (a link followed) a folder, a plain file or neither.
struct EntryKind {
    bool link = false, folder = false, file = false;
};

// Calls each(name, kind) for every entry of the folder `dir` but "." and "..", in the order the
// folder lists them, each one's kind from the listing itself where it says (a link is followed
// with one stat). Read with readdir rather than std::filesystem's iterator, which made a path of
// every entry: a large site's content/commitments has 10,000, listed three times a build (the
// links looked for twice, the files once), and the iterator took twice the time of the listing.
template <class Each>
void list_folder(const fs::path& dir, const Each& each) {
    DIR* folder = ::opendir(dir.c_str());
    if (!folder) return;
    const int fd = ::dirfd(folder);
    while (const dirent* entry = ::readdir(folder)) {
        const std::string_view name = entry->d_name;
        if (name == "." || name == "..") continue;
        unsigned char type = entry->d_type;
        struct stat st;
        if (type == DT_UNKNOWN)  // a file system whose listing does not say
            type = ::fstatat(fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? IFTODT(st.st_mode) : DT_UNKNOWN;
        EntryKind kind{type == DT_LNK, type == DT_DIR, type == DT_REG};
        if (kind.link && ::fstatat(fd, entry->d_name, &st, 0) == 0) {
            kind.folder = S_ISDIR(st.st_mode);
            kind.file = S_ISREG(st.st_mode);
        }
        each(name, kind);
    }
    ::closedir(folder);
}

// Relative, and never climbing: "content/../.." and "/etc/passwd" name nothing in a site.
bool stays_below(const std::string& path) {
    const fs::path p(path);
    if (p.is_absolute()) return false;
    for (const auto& part : p)
        if (part == "..") return false;
    return true;
}

// The folders and files a site is read from; check_links() looks only there (the output folder,
// .git or node_modules may hold links of their own that are none of the site's business).
constexpr const char* kSiteParts[] = {"site_config.toml", "content", "assets", "themes"};
}  // namespace

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)) {
    std::error_code ec;
    real_root_ = fs::weakly_canonical(fs::absolute(root_, ec), ec);
}

void DiskFileSystem::remember_plain_folder(const std::string& path) const {
    std::lock_guard lock(plain_folders_->mutex);
    plain_folders_->paths.insert(path);
}

bool DiskFileSystem::plain(const std::string& path) const {
    size_t start = 0;
    for (;;) {
        const size_t slash = path.find('/', start);
        const bool last = slash == std::string::npos;
        const std::string_view part(path.data() + start, (last ? path.size() : slash) - start);
        if (part.empty() || part == ".") return false;  // unusual spelling: leave it to the slow way
        const std::string prefix = path.substr(0, last ? path.size() : slash);
        bool known = false;
        if (!last) {
            std::lock_guard lock(plain_folders_->mutex);
            known = plain_folders_->paths.count(prefix) > 0;
        }
        if (!known) {
            struct stat st;
            if (::lstat((root_ + "/" + prefix).c_str(), &st) != 0) return errno == ENOENT;  // absent: nothing to follow
            if (S_ISLNK(st.st_mode)) return false;
            if (!last && S_ISDIR(st.st_mode)) remember_plain_folder(prefix);
        }
        if (last) return true;
        start = slash + 1;
    }
}

std::optional<fs::path> DiskFileSystem::full(const std::string& path) const {
    if (path.empty()) return fs::path(root_);
    if (!stays_below(path)) return std::nullopt;
    const fs::path on_disk = fs::path(root_) / path;
    if (plain(path)) return on_disk;
    std::error_code ec;
    const fs::path real = fs::weakly_canonical(on_disk, ec);
    if (ec) return std::nullopt;
    if (is_within(real, real_root_)) return on_disk;
    // A theme folder that is itself a link shares a theme kept elsewhere: what lies inside it is fine.
    const fs::path rel(path);
    auto part = rel.begin();
    if (part != rel.end() && *part == "themes" && ++part != rel.end()) {
        const fs::path theme = fs::path(root_) / "themes" / *part;
        if (fs::is_symlink(theme, ec) && is_within(real, fs::weakly_canonical(theme, ec))) return on_disk;
    }
    return std::nullopt;
}

std::optional<std::string> FileSystem::read_up_to(const std::string& path, std::uintmax_t limit, std::uintmax_t& size) const {
    size = size_of(path).value_or(0);
    if (size > limit) return std::nullopt;
    return read(path);
}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    std::uintmax_t size = 0;
    return read_up_to(path, std::numeric_limits<std::uintmax_t>::max(), size);
}

std::optional<std::string> DiskFileSystem::read_up_to(const std::string& path, std::uintmax_t limit, std::uintmax_t& size) const {
    size = 0;
    const auto disk = full(path);
    if (!disk) return std::nullopt;
    // One open, one fstat and one read for the whole file: the loader reads every file of the site.
    // O_NONBLOCK: a named pipe in the site folder must not hang the build (it is then not a file).
    const int fd = ::open(disk->c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return std::nullopt;
    std::optional<std::string> out;
    struct stat st;
    const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (regular) size = static_cast<std::uintmax_t>(st.st_size);
    if (regular && size <= limit) {
        std::string bytes(static_cast<size_t>(st.st_size), '\0');
        size_t have = 0;
        for (ssize_t n; have < bytes.size() && (n = ::read(fd, bytes.data() + have, bytes.size() - have)) > 0;)
            have += static_cast<size_t>(n);
        // A file that grew while being read is read on to its end; one that shrank is cut short.
        char more[4096];
        for (ssize_t n; have == bytes.size() && (n = ::read(fd, more, sizeof more)) > 0;) {
            bytes.append(more, static_cast<size_t>(n));
            have += static_cast<size_t>(n);
        }
        bytes.resize(have);
        out = std::move(bytes);
    }
    ::close(fd);
    return out;
}

bool DiskFileSystem::is_file(const std::string& path) const {
    std::error_code ec;
    const auto disk = full(path);
    return disk && fs::is_regular_file(*disk, ec);
}

bool DiskFileSystem::is_directory(const std::string& path) const {
    std::error_code ec;
    const auto disk = full(path);
    return disk && fs::is_directory(*disk, ec);
}

std::optional<std::uintmax_t> DiskFileSystem::size_of(const std::string& path) const {
    std::error_code ec;
    const auto disk = full(path);
    if (!disk) return std::nullopt;
    const auto size = fs::file_size(*disk, ec);
    if (ec) return std::nullopt;
    return size;
}

void DiskFileSystem::keep_listings() const {
    if (!listings_) listings_ = std::make_shared<Listings>();
}

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir) const {
    if (!listings_) return walk(dir);
    {
        std::lock_guard lock(listings_->mutex);
        if (const auto it = listings_->by_folder.find(dir); it != listings_->by_folder.end()) return it->second;
    }
    auto files = walk(dir);
    std::lock_guard lock(listings_->mutex);
    return listings_->by_folder.emplace(dir, std::move(files)).first->second;
}

std::vector<std::string> DiskFileSystem::walk(const std::string& dir) const {
    // Walked by hand so that links to folders inside the site are followed, each real folder once
    // (a link to a parent folder cannot loop), and nothing outside the site is ever listed. A
    // folder reached without a link has its entries' types from the listing itself, so a plain
    // file in it costs no further system call.
    std::vector<std::string> out;
    std::set<fs::path> visited;
    std::vector<std::pair<std::string, bool>> todo{{dir, dir.empty() || plain(dir)}};  // (folder, reached without a link)
    while (!todo.empty()) {
        const auto [rel, plain_folder] = todo.back();
        todo.pop_back();
        const auto disk = full(rel);
        std::error_code ec;
        if (!disk || !fs::is_directory(*disk, ec)) continue;
        const fs::path real = !plain_folder ? fs::weakly_canonical(*disk, ec) : rel.empty() ? real_root_ : real_root_ / rel;
        if (!visited.insert(real).second) continue;
        if (plain_folder && !rel.empty()) remember_plain_folder(rel);
        const std::string prefix = rel.empty() ? "" : rel + "/";
        list_folder(*disk, [&](std::string_view name, const EntryKind& kind) {
            std::string child = prefix;
            child += name;
            const bool plain_child = plain_folder && !kind.link;
            if (!plain_child && !full(child)) return;  // a link leaving the site: check_links() reports it
            if (kind.folder) todo.emplace_back(std::move(child), plain_child);
            else if (kind.file) out.push_back(std::move(child));
        });
    }
    std::sort(out.begin(), out.end());
    return out;
}

void DiskFileSystem::check_links(Diagnostics& diags) const {
    std::set<fs::path> visited;
    std::vector<std::string> todo(std::begin(kSiteParts), std::end(kSiteParts));
    while (!todo.empty()) {
        const std::string rel = todo.back();
        todo.pop_back();
        const fs::path disk = fs::path(root_) / rel;
        std::error_code ec;
        if (fs::is_symlink(disk, ec)) {
            const fs::path target = fs::read_symlink(disk, ec);
            if (!fs::exists(disk, ec)) {
                diags.error({rel, 0, 0}, "this symbolic link points to `" + target.string() +
                                             "`, which does not exist; fix the link or remove it");
                continue;
            }
            if (!full(rel)) {
                diags.error({rel, 0, 0}, "this symbolic link points to `" + target.string() +
                                             "`, outside the site folder, and scrutiny follows links only within the "
                                             "site (or a theme folder linked to a shared theme); copy what it points to "
                                             "into the site");
                continue;
            }
        }
        if (!fs::is_directory(disk, ec) || !visited.insert(fs::weakly_canonical(disk, ec)).second) continue;
        // Only links and folders need looking at; the listing says which without a system call
        // per file (a large site has 10,000 plain files here).
        list_folder(disk, [&](std::string_view name, const EntryKind& kind) {
            if (kind.link || kind.folder) todo.push_back(rel + "/" + std::string(name));
        });
    }
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

bool MemoryFileSystem::is_file(const std::string& path) const { return files_.count(path) > 0; }

bool MemoryFileSystem::is_directory(const std::string& path) const {
    const std::string prefix = path.empty() ? "" : path + "/";
    auto it = files_.lower_bound(prefix);
    return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

std::optional<std::uintmax_t> MemoryFileSystem::size_of(const std::string& path) const {
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second.size();
}

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir) const {
    const std::string prefix = dir.empty() ? "" : dir + "/";
    std::vector<std::string> out;
    for (auto it = files_.lower_bound(prefix);
         it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
        out.push_back(it->first);
    return out;
}

std::vector<std::string> files_with_extension(const FileSystem& fs, const std::string& dir,
                                              const std::string& extension) {
    std::vector<std::string> out;
    const std::string prefix = dir + "/";
    for (const auto& path : fs.list_files(dir)) {
        const std::string rest = path.substr(prefix.size());
        if (rest.find('/') != std::string::npos) continue;
        if (rest.size() > extension.size() &&
            rest.compare(rest.size() - extension.size(), extension.size(), extension) == 0)
            out.push_back(path);
    }
    return out;
}

std::string file_stem(const std::string& path) {
    const auto slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::optional<std::string> running_binary_identity() {
    struct stat st;
    if (::stat("/proc/self/exe", &st) != 0) return std::nullopt;
    const std::int64_t parts[] = {static_cast<std::int64_t>(st.st_dev), static_cast<std::int64_t>(st.st_ino),
                                  static_cast<std::int64_t>(st.st_size), st.st_mtim.tv_sec, st.st_mtim.tv_nsec};
    return std::string(reinterpret_cast<const char*>(parts), sizeof parts);
}

}  // namespace scrutiny
