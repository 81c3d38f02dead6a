#include "common/derived_cache.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <sys/stat.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <vector>

#include "common/file_system.h"

namespace scrutiny {

namespace {
// The first line of a cache file: its format and the binary that wrote it (its entries are that
// binary's output, so another binary's are never used).
std::string header() {
    static const std::string text = [] {
        std::string out = "scrutiny derived cache 1 ";
        static const char* hex = "0123456789abcdef";
        for (unsigned char c : running_binary_identity().value_or("")) {
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        return out + "\n";
    }();
    return text;
}

// An entry as the file holds it: the key's length (4 bytes), the data's length (8 bytes), both
// little-endian, then the key and the data.
void append_entry(std::string& out, std::string_view key, std::string_view data) {
    const auto put = [&out](std::uint64_t n, int bytes) {
        for (int i = 0; i < bytes; ++i) out += static_cast<char>((n >> (8 * i)) & 0xff);
    };
    put(key.size(), 4);
    put(data.size(), 8);
    out += key;
    out += data;
}

bool read_whole(const std::string& path, std::string& out) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st;
    bool ok = ::fstat(fd, &st) == 0;
    if (ok) {
        out.resize(static_cast<size_t>(st.st_size));
        for (size_t done = 0; ok && done < out.size();) {
            const ssize_t n = ::read(fd, out.data() + done, out.size() - done);
            if (n < 0 && errno == EINTR) continue;
            ok = n > 0;
            if (ok) done += static_cast<size_t>(n);
        }
    }
    ::close(fd);
    return ok;
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

DerivedCache DerivedCache::fresh(const std::string& file) {
    DerivedCache nothing;  // nothing in it is used, and save() writes the file afresh
    nothing.file_ = file;
    return nothing;
}

DerivedCache DerivedCache::read(const std::string& file) {
    DerivedCache cache;
    cache.file_ = file;
    std::string bytes;
    const std::string head = header();
    if (!running_binary_identity() || !read_whole(file, bytes) || bytes.compare(0, head.size(), head) != 0) return cache;
    const auto number = [&bytes](size_t at, int width) {
        std::uint64_t n = 0;
        for (int i = width - 1; i >= 0; --i) n = (n << 8) | static_cast<unsigned char>(bytes[at + i]);
        return n;
    };
    for (size_t at = head.size(); at < bytes.size();) {
        if (bytes.size() - at < 12) return fresh(file);
        const std::uint64_t key_size = number(at, 4), data_size = number(at + 4, 8);
        at += 12;
        if (key_size > bytes.size() - at || data_size > bytes.size() - at - key_size) return fresh(file);
        Entry& e = cache.entries_[bytes.substr(at, key_size)];
        e.data.assign(bytes, at + key_size, data_size);
        e.in_file = true;
        at += key_size + data_size;
    }
    cache.file_ok_ = true;
    return cache;
}

const std::string* DerivedCache::find(std::string_view key) {
    std::lock_guard lock(*mutex_);
    const auto it = entries_.find(std::string(key));
    if (it == entries_.end()) return nullptr;
    it->second.used = true;
    ++found_;
    return &it->second.data;
}

void DerivedCache::put(std::string_view key, std::string data) {
    std::lock_guard lock(*mutex_);
    auto [it, added] = entries_.try_emplace(std::string(key));
    if (added) it->second.data = std::move(data);
    it->second.used = true;
}

void DerivedCache::forget_unused() {
    std::erase_if(entries_, [](const auto& e) { return !e.second.used; });
    for (auto& [key, e] : entries_) e.used = false;
    found_ = 0;
}

bool DerivedCache::save() {
    if (file_.empty() || !running_binary_identity()) return false;
    size_t live = 0, dead = 0;
    for (const auto& [key, e] : entries_) (e.used ? live : dead) += key.size() + e.data.size();
    const bool append = file_ok_ && dead <= live;
    std::string out = append ? std::string() : header();
    for (const auto& [key, e] : entries_)
        if (e.used && (!append || !e.in_file)) append_entry(out, key, e.data);
    bool ok = false;
    if (append) {
        const int fd = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
        ok = fd >= 0 && write_all(fd, out);
        if (fd >= 0) ok = ::close(fd) == 0 && ok;
    } else {
        // Written beside and renamed over, so a build stopped half-way leaves the old file whole.
        const std::string temporary = file_ + ".tmp-" + std::to_string(::getpid());
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        ok = fd >= 0 && write_all(fd, out);
        if (fd >= 0) ok = ::close(fd) == 0 && ok;
        ok = ok && ::rename(temporary.c_str(), file_.c_str()) == 0;
        if (!ok) ::unlink(temporary.c_str());
    }
    if (!append) std::erase_if(entries_, [](const auto& e) { return !e.second.used; });
    for (auto& [key, e] : entries_) {
        e.in_file = ok && (e.in_file || e.used);
        e.used = false;
    }
    // After a failed write the file's entries are not known: the next save writes it afresh.
    file_ok_ = ok;
    found_ = 0;
    return ok;
}

}  // namespace scrutiny
