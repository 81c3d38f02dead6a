#include "common/derived_cache.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <sys/mman.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdint>
#include <utility>
#include <vector>

#include "common/digest.h"
#include "common/file_system.h"

namespace scrutiny {

namespace {
// The first line of a cache file: its format and the binary that wrote it (its entries are that
// binary's output, so another binary's are never used).
const std::string& header() {
    static const std::string text = [] {
        return "scrutiny derived cache 2 " + hex(running_binary_identity().value_or("")) + "\n";
    }();
    return text;
}

// An entry as the file holds it: the key's length (4 bytes), the data's length (8 bytes), both
// little-endian, then the key and the data. Written with one write(), so appends by two builds
// never interleave.
std::string frame(std::string_view key, std::string_view data) {
    std::string out;
    out.reserve(12 + key.size() + data.size());
    const auto put = [&out](std::uint64_t n, int bytes) {
        for (int i = 0; i < bytes; ++i) out += static_cast<char>((n >> (8 * i)) & 0xff);
    };
    put(key.size(), 4);
    put(data.size(), 8);
    out += key;
    out += data;
    return out;
}

bool write_all(int fd, std::string_view bytes) {
    for (size_t done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

}  // namespace

// A file mapped for reading: its pages are the page cache's, not the build's own memory.
struct DerivedCache::Mapping {
    void* at = nullptr;
    size_t size = 0;
    explicit Mapping(const std::string& file) {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat st;
        if (::fstat(fd, &st) == 0 && st.st_size > 0) {
            void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
            if (p != MAP_FAILED) {
                at = p;
                size = static_cast<size_t>(st.st_size);
            }
        }
        ::close(fd);
    }
    ~Mapping() {
        if (at) ::munmap(at, size);
    }
    std::string_view bytes() const { return {static_cast<const char*>(at), size}; }

    // Calls each(key, data) for every entry after the first line; false when the bytes are not a
    // cache this binary wrote (nothing is then to be used).
    template <class Each>
    bool entries(const Each& each) const {
        const std::string_view all = bytes();
        if (!running_binary_identity() || all.substr(0, header().size()) != header()) return false;
        const auto number = [&all](size_t at, int width) {
            std::uint64_t n = 0;
            for (int i = width - 1; i >= 0; --i) n = (n << 8) | static_cast<unsigned char>(all[at + i]);
            return n;
        };
        for (size_t at = header().size(); at < all.size();) {
            if (all.size() - at < 12) return false;
            const std::uint64_t key_size = number(at, 4), data_size = number(at + 4, 8);
            at += 12;
            if (key_size > all.size() - at || data_size > all.size() - at - key_size) return false;
            each(all.substr(at, key_size), all.substr(at + key_size, data_size));
            at += key_size + data_size;
        }
        return true;
    }
};

DerivedCache::DerivedCache() = default;

DerivedCache::~DerivedCache() {
    if (made_fd_ >= 0) ::close(made_fd_);
}

DerivedCache::DerivedCache(DerivedCache&& other) noexcept { *this = std::move(other); }

DerivedCache& DerivedCache::operator=(DerivedCache&& other) noexcept {
    if (this == &other) return *this;
    if (made_fd_ >= 0) ::close(made_fd_);
    file_ = std::move(other.file_);
    mapping_ = std::move(other.mapping_);
    made_fd_ = std::exchange(other.made_fd_, -1);
    made_failed_ = other.made_failed_;
    entries_ = std::move(other.entries_);
    mutex_ = std::move(other.mutex_);
    found_ = other.found_;
    return *this;
}

DerivedCache DerivedCache::fresh(const std::string& file) {
    DerivedCache cache;
    cache.file_ = file;
    cache.made_failed_ = !running_binary_identity();  // no way to tell whose entries they would be
    return cache;
}

DerivedCache DerivedCache::read(const std::string& file) {
    DerivedCache cache = fresh(file);
    auto mapping = std::make_unique<Mapping>(file);
    Entries entries;
    // Sized once, for more entries than the file can hold at their usual size (some 3 KB): one
    // walk through the file, not a walk to count them first.
    entries.reserve(mapping->bytes().size() / 1024 + 16);
    const bool ok = mapping->entries([&](std::string_view key, std::string_view data) {
        Entry& e = entries[key];
        e.data = data;
        e.bytes = 12 + key.size() + data.size();
        e.held = true;
    });
    if (!ok) return cache;
    cache.mapping_ = std::move(mapping);
    cache.entries_ = std::move(entries);
    return cache;
}

const DerivedCache::Entry* DerivedCache::use(std::string_view key) {
    const auto it = entries_.find(key);
    if (it == entries_.end() || !it->second.held) return nullptr;
    it->second.used = true;
    ++found_;
    return &it->second;
}

std::optional<std::string_view> DerivedCache::find(std::string_view key) {
    std::lock_guard lock(*mutex_);
    const Entry* e = use(key);
    if (!e) return std::nullopt;
    return e->data;
}

std::optional<SharedText> DerivedCache::find_shared(std::string_view key) {
    std::lock_guard lock(*mutex_);
    const Entry* e = use(key);
    if (!e) return std::nullopt;
    if (e->own) return SharedText(e->data, e->own);
    return SharedText(e->data, mapping_);
}

void DerivedCache::put(std::string_view key, std::string data) {
    std::lock_guard lock(*mutex_);
    if (const auto it = entries_.find(key); it != entries_.end()) {
        it->second.used = true;
        return;
    }
    Entry e;
    e.used = true;
    e.bytes = 12 + key.size() + data.size();
    e.own_key = std::make_unique<std::string>(key);
    const std::string_view kept_key = *e.own_key;  // the heap string's bytes stay where they are
    if (file_.empty()) {
        e.own = std::make_shared<const std::string>(std::move(data));
        e.data = *e.own;
        e.held = true;
        entries_.emplace(kept_key, std::move(e));
        return;
    }
    if (made_fd_ < 0 && !made_failed_) {
        // Unnamed, in the folder the cache file lives in (so save() can give it that name), and
        // begun with the first line a cache file has.
        const std::string folder = file_.substr(0, file_.rfind('/') == std::string::npos ? 0 : file_.rfind('/'));
        made_fd_ = ::open(folder.empty() ? "." : folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0644);
        made_failed_ = made_fd_ < 0 || !write_all(made_fd_, header());
    }
    if (made_failed_ || !write_all(made_fd_, frame(key, data))) {
        made_failed_ = true;  // in no file: not noted, so save() does not count it
        return;
    }
    entries_.emplace(kept_key, std::move(e));
}

void DerivedCache::forget_unused() {
    std::erase_if(entries_, [](const auto& e) { return !e.second.used; });
    for (auto& [key, e] : entries_) e.used = false;
    found_ = 0;
}

namespace {
// Copies the bytes of `from` after its first `skip` to the end of `to`, a piece at a time.
bool copy_after(int from, off_t skip, int to) {
    std::vector<char> piece(1 << 20);
    for (off_t at = skip;;) {
        const ssize_t n = ::pread(from, piece.data(), piece.size(), at);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) return true;
        if (!write_all(to, std::string_view(piece.data(), static_cast<size_t>(n)))) return false;
        at += n;
    }
}
}  // namespace

bool DerivedCache::save() {
    if (file_.empty() || made_failed_) return false;
    size_t live = 0, dead = 0;
    for (const auto& [key, e] : entries_) (e.used ? live : dead) += e.bytes;
    const std::string temporary = file_ + ".tmp-" + std::to_string(::getpid());
    bool ok = true;
    if (mapping_ && dead <= live) {
        // Most of the file is still used: this build's entries are added to its end.
        if (made_fd_ >= 0) {
            const int fd = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
            ok = fd >= 0 && copy_after(made_fd_, static_cast<off_t>(header().size()), fd);
            if (fd >= 0) ok = ::close(fd) == 0 && ok;
        }
    } else if (!mapping_ && made_fd_ >= 0) {
        // Nothing of the old file is used: this build's own file becomes the cache, as it is.
        const std::string self = "/proc/self/fd/" + std::to_string(made_fd_);
        ::unlink(temporary.c_str());
        ok = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temporary.c_str(), AT_SYMLINK_FOLLOW) == 0 &&
             ::rename(temporary.c_str(), file_.c_str()) == 0;
    } else {
        // A new file: what this build used of the old one, then what it made, renamed over it.
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        ok = fd >= 0 && write_all(fd, header());
        for (const auto& [key, e] : entries_)
            if (ok && e.used && e.held) ok = write_all(fd, frame(key, e.data));
        if (ok && made_fd_ >= 0) ok = copy_after(made_fd_, static_cast<off_t>(header().size()), fd);
        if (fd >= 0) ok = ::close(fd) == 0 && ok;
        ok = ok && ::rename(temporary.c_str(), file_.c_str()) == 0;
    }
    if (!ok) ::unlink(temporary.c_str());
    if (made_fd_ >= 0) ::close(made_fd_);
    made_fd_ = -1;
    made_failed_ = true;  // a saved cache takes nothing more; the next build reads the file again
    return ok;
}

}  // namespace scrutiny
