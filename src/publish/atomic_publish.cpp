#include "publish/atomic_publish.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <sys/file.h>
#include <sys/stat.h>
#include <sys/uio.h>

#include <algorithm>
#include <climits>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>
#include <vector>

#include "publish/build_marker.h"
#include "publish/output_record.h"

namespace fs = std::filesystem;

namespace scrutiny {

namespace {
// Writes the pieces one after another, as many at a time as one writev takes.
bool write_pieces(int fd, Pieces pieces) {
    std::vector<struct iovec> all;
    all.reserve(pieces.size());
    for (std::string_view piece : pieces)
        if (!piece.empty()) all.push_back({const_cast<char*>(piece.data()), piece.size()});
    for (size_t first = 0; first < all.size();) {
        const int count = static_cast<int>(std::min<size_t>(all.size() - first, IOV_MAX));
        const ssize_t n = ::writev(fd, all.data() + first, count);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        // Past the pieces written whole; into the one written in part.
        for (size_t left = static_cast<size_t>(n); left > 0;) {
            struct iovec& piece = all[first];
            const size_t taken = std::min(left, piece.iov_len);
            piece.iov_base = static_cast<char*>(piece.iov_base) + taken;
            piece.iov_len -= taken;
            left -= taken;
            if (piece.iov_len == 0) ++first;
        }
    }
    return true;
}

// open, write, close: three system calls for most files (the folders are made only when the
// first open says they are missing), since a large site writes tens of thousands of files.
// `mtime_ns`, when given, receives the file's modification time (one fstat more).
bool write_file(const fs::path& path, Pieces bytes, std::int64_t* mtime_ns = nullptr) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0 && errno == ENOENT) {
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    }
    if (fd < 0) return false;
    if (!write_pieces(fd, bytes)) {
        ::close(fd);
        return false;
    }
    struct stat st;
    if (mtime_ns && ::fstat(fd, &st) == 0) *mtime_ns = st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec;
    return ::close(fd) == 0;
}

// A second name for the published file `from` in the staging folder; the folders on the way are
// made when missing.
bool link_file(const fs::path& from, const fs::path& to) {
    if (::link(from.c_str(), to.c_str()) == 0) return true;
    if (errno != ENOENT) return false;
    std::error_code ec;
    fs::create_directories(to.parent_path(), ec);
    return ::link(from.c_str(), to.c_str()) == 0;
}

// The folder a build keeps beside the output when it publishes: the site it replaced
// (".public.previous"), which the next build takes as its staging folder and brings up to date
// in place instead of linking every kept file into an empty folder. Inside it, the record of what
// it holds (taken out before the folder is used).
fs::path previous_site(const fs::path& output) {
    return output.parent_path() / ("." + output.filename().string() + ".previous");
}
constexpr const char* kPreviousRecord = ".scrutiny-previous-record";

// The record names exactly the files the folder's build marker lists (and the marker): else it
// is another build's record (one whose own record could not be written), and a file it does not
// name would never be removed from the folder.
bool record_lists(const OutputRecord& record, const std::optional<std::set<std::string>>& manifest) {
    if (!manifest || record.size() != manifest->size() + 1 || !record.find(kBuildMarker)) return false;
    return std::all_of(manifest->begin(), manifest->end(), [&](const std::string& path) { return record.find(path) != nullptr; });
}

// In a staging folder that holds an earlier site, clears what stands in the way of a file at
// `path`: a file where a folder on the way must go, or a folder where the file must go.
void clear_way(const fs::path& staging, const std::string& path) {
    std::error_code ec;
    fs::path at = staging;
    for (const auto& part : fs::path(path).parent_path()) {
        at /= part;
        if (fs::is_symlink(fs::symlink_status(at, ec)) || (fs::exists(at, ec) && !fs::is_directory(at, ec))) fs::remove(at, ec);
    }
    if (fs::is_directory(fs::symlink_status(staging / path, ec))) fs::remove_all(staging / path, ec);
}

// Removes the file `path` from `staging` and every folder above it that is left empty.
void remove_with_empty_folders(const fs::path& staging, const std::string& path) {
    if (::unlink((staging / path).c_str()) != 0 && errno != ENOENT) return;
    for (fs::path folder = fs::path(path).parent_path(); !folder.empty(); folder = folder.parent_path())
        if (::rmdir((staging / folder).c_str()) != 0) break;  // not empty: still holds files of the new site
}

// Staging folders left by interrupted builds (".public.staging-<pid>") are garbage.
void remove_stale_staging(const fs::path& parent, const std::string& name) {
    std::error_code ec;
    const std::string prefix = "." + name + ".staging-";
    const std::string old_prefix = "." + name + ".old-";
    const std::string cache_prefix = "." + name + ".scrutiny-cache.tmp-";  // a cache half written
    for (auto it = fs::directory_iterator(parent, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string entry = it->path().filename().string();
        if (entry.rfind(prefix, 0) == 0 || entry.rfind(old_prefix, 0) == 0 || entry.rfind(cache_prefix, 0) == 0)
            fs::remove_all(it->path(), ec);
    }
}
// Why publishing into `output` would destroy someone's files, or nothing.
std::string foreign_files_problem(const fs::path& output, const std::string& named) {
    const auto foreign = foreign_files(output.string());
    if (foreign.empty()) return {};
    std::error_code ec;
    if (!fs::exists(output / kBuildMarker, ec))
        return named + " holds files scrutiny did not build (" + first_few(foreign) + "; it has no " + kBuildMarker +
               " marker), and building replaces everything in it; choose an empty or new folder, or move those files "
               "away (a site built by an older scrutiny: delete it once)";
    return named + " holds files the last build did not write (" + first_few(foreign) +
           "), and building replaces everything in it; move them away (files to publish belong in the site's assets/)";
}

// Holds an exclusive lock on the folder that holds the output (flock on the folder itself: no
// lock file to leave behind), so two builds into one output publish one after the other and
// never mix or delete each other's staging folder. The lock dies with the process.
class OutputLock {
public:
    explicit OutputLock(const fs::path& parent) : fd_(::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}
    ~OutputLock() {
        if (fd_ >= 0) ::close(fd_);  // releases the lock
    }
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;
    // Waits up to `patience` for another build to finish publishing.
    bool acquire(std::chrono::seconds patience) {
        if (fd_ < 0) return false;
        const auto give_up = std::chrono::steady_clock::now() + patience;
        while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK || std::chrono::steady_clock::now() > give_up) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return true;
    }

private:
    int fd_;
};
}  // namespace

std::optional<std::string> checked_output_folder(const std::string& source_dir, const std::string& output_dir,
                                                 const std::string& named, const SourceLocation& where,
                                                 Diagnostics& diags, bool look_for_foreign_files) {
    std::error_code ec;
    // Every test below, and the publish after it, looks at the same resolved folder, so a
    // symbolic link or a ".." cannot make the check and the swap disagree.
    const fs::path source = fs::weakly_canonical(fs::absolute(source_dir, ec), ec);
    fs::path output = fs::weakly_canonical(fs::absolute(output_dir, ec), ec);
    if (!output.has_filename()) output = output.parent_path();
    const auto is_within = [](const fs::path& inner, const fs::path& outer) {
        const auto rel = inner.lexically_relative(outer);
        return !rel.empty() && *rel.begin() != "..";
    };
    std::string problem;
    fs::path as_written = fs::absolute(output_dir, ec).lexically_normal();
    if (!as_written.has_filename()) as_written = as_written.parent_path();
    if (output_dir.empty()) {
        problem = named + " names no folder; name one, like public/";
    } else if (fs::is_symlink(fs::symlink_status(as_written, ec)) && !fs::exists(as_written, ec)) {
        problem = named + " is a link to " + fs::read_symlink(as_written, ec).string() +
                  ", which does not exist; create that folder or remove the link";
    } else if (is_within(source, output)) {
        problem = named + " holds the site's own files; choose a separate output folder, like public/";
    } else {
        for (const char* folder : {"content", "assets", "themes"})
            if (is_within(output, fs::weakly_canonical(source / folder, ec)))
                problem = named + " is inside the site's " + folder + "/ folder, where the build would mix with the sources; "
                                  "choose a folder of its own, like public/";
    }
    if (problem.empty() && fs::exists(output, ec) && !fs::is_directory(output, ec))
        problem = named + " is a file, not a folder; choose a folder for the site, like public/";
    if (problem.empty() && (fs::exists(output / "site_config.toml", ec) || fs::exists(output / ".git", ec)))
        problem = named + " holds a site's sources or a git repository (site_config.toml or .git), and building "
                          "replaces everything in it; choose an empty or new folder";
    if (problem.empty() && look_for_foreign_files) {
        const std::string shown = output == as_written ? named : named + " (" + output.string() + ")";
        problem = foreign_files_problem(output, shown);
    }
    if (problem.empty()) return output.string();
    diags.error(where, problem);
    return std::nullopt;
}

struct StagingFolder::Impl {
    fs::path output, parent, staging;
    std::string output_dir;  // as given, for messages
    OutputLock lock;
    bool published = false;
    OutputRecord previous;  // what the published output holds
    OutputRecord next;      // what the staging folder holds
    // What the staging folder held when it was opened: empty for a new folder, the record of the
    // site before the published one when that was taken up (previous_site()).
    OutputRecord staged;
    bool reused = false;  // the staging folder holds an earlier site's files
    // The two folders held open, so looking at a file in them walks only its path inside.
    std::unique_ptr<OpenFolder> output_folder, staging_folder;
    // Puts the published file `path`, recorded as `entry`, into the staging folder; false when
    // it is not as recorded or cannot be linked.
    bool place_published(const std::string& path, const OutputRecord::Entry& entry) const;
    // Writes `bytes` as the staging folder's file `path`, a new file.
    bool write_new(const std::string& path, Pieces bytes, std::int64_t* mtime_ns) const;
    // Removes what the earlier site in a reused staging folder holds that the new one does not.
    void remove_leftovers() const;
    // Keeps `folder`, which holds the site just replaced (as `previous` records it), as
    // previous_site() for the next build; removes it when that fails. Called before this build's
    // record replaces the published one.
    void keep_as_previous(const fs::path& folder) const;
    Impl(fs::path out, std::string given)
        : output(std::move(out)), parent(output.parent_path()), output_dir(std::move(given)), lock(parent) {}
};

StagingFolder::StagingFolder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

StagingFolder::~StagingFolder() {
    std::error_code ec;
    if (!impl_->published) fs::remove_all(impl_->staging, ec);
}

std::unique_ptr<StagingFolder> StagingFolder::open(const std::string& output_dir, Diagnostics& diags, bool reuse,
                                                   bool foreign_files_checked_by_caller) {
    std::error_code ec;
    fs::path output = fs::absolute(output_dir, ec).lexically_normal();
    if (!output.has_filename()) output = output.parent_path();
    fs::create_directories(output.parent_path(), ec);
    auto impl = std::make_unique<Impl>(output, output_dir);
    if (!impl->lock.acquire(std::chrono::seconds(120))) {
        diags.error({output_dir, 0, 0}, "another scrutiny build has been publishing into " + output.string() +
                                            " for two minutes; wait for it to finish (or stop it), then build again");
        return nullptr;
    }
    // Checked again under the lock: what another build or a person put there since is never lost.
    if (const auto problem = foreign_files_checked_by_caller ? std::string() : foreign_files_problem(output, "the output folder " + output.string());
        !problem.empty()) {
        diags.error({output_dir, 0, 0}, problem);
        return nullptr;
    }
    const std::string name = output.filename().string();
    remove_stale_staging(impl->parent, name);
    impl->staging = impl->parent / ("." + name + ".staging-" + std::to_string(::getpid()));
    // The site before the published one becomes the staging folder, brought up to date file by
    // file: an edit then costs what it changed, not a link for every page of the site. Renamed
    // first, so an interrupted build leaves a staging folder (removed as garbage), never a
    // half-updated previous site. Its record is read beside the published site's (under the lock,
    // so neither changes meanwhile): at 10,000 commitments each has 12,000 lines.
    const fs::path previous = previous_site(output);
    std::future<OutputRecord> earlier;
    if (reuse && fs::exists(output / kBuildMarker, ec)) {
        earlier = std::async(std::launch::async, [&previous] { return OutputRecord::read_file(previous / kPreviousRecord); });
        impl->previous = OutputRecord::read(output);
    }
    OutputRecord staged = earlier.valid() ? earlier.get() : OutputRecord();
    if (impl->previous.size() > 0 && ::rename(previous.c_str(), impl->staging.c_str()) == 0) {
        impl->staged = std::move(staged);
        ::unlink((impl->staging / kPreviousRecord).c_str());
        impl->reused = record_lists(impl->staged, build_manifest(impl->staging));
        if (!impl->reused) fs::remove_all(impl->staging, ec);
    } else {
        fs::remove_all(previous, ec);  // --clean, or no site published: every file is written afresh
    }
    fs::create_directories(impl->staging, ec);
    if (ec) {
        diags.error({output_dir, 0, 0}, "cannot create a staging folder beside the output (" + ec.message() +
                                            "); check you may write to " + impl->parent.string());
        return nullptr;
    }
    impl->output_folder = std::make_unique<OpenFolder>(output);
    impl->staging_folder = std::make_unique<OpenFolder>(impl->staging);
    return std::unique_ptr<StagingFolder>(new StagingFolder(std::move(impl)));
}

bool StagingFolder::Impl::place_published(const std::string& path, const OutputRecord::Entry& entry) const {
    if (!OutputRecord::unchanged_since(output_folder->fd(), path, entry)) return false;
    const fs::path published = output / path, to = staging / path;
    if (!reused) return link_file(published, to);
    // The staging folder holds an earlier site: its file may already be this one.
    if (const OutputRecord::Entry* there = staged.find(path);
        there && there->hash == entry.hash && there->size == entry.size && there->mtime_ns == entry.mtime_ns &&
        OutputRecord::unchanged_since(staging_folder->fd(), path, entry))
        return true;
    ::unlink(to.c_str());
    if (link_file(published, to)) return true;
    clear_way(staging, path);
    return link_file(published, to);
}

bool StagingFolder::Impl::write_new(const std::string& path, Pieces bytes, std::int64_t* mtime_ns) const {
    const fs::path to = staging / path;
    if (!reused) return write_file(to, bytes, mtime_ns);
    // Never written through: the earlier site's file may be a link to a published one.
    ::unlink(to.c_str());
    if (write_file(to, bytes, mtime_ns)) return true;
    clear_way(staging, path);
    return write_file(to, bytes, mtime_ns);
}

bool StagingFolder::write(const std::string& path, std::string_view bytes) const { return write(path, Pieces(&bytes, 1)); }

bool StagingFolder::write(const std::string& path, Pieces bytes) const {
    size_t size = 0;
    for (std::string_view piece : bytes) size += piece.size();
    const OutputRecord::Entry now{OutputRecord::hash(bytes), size, 0, {}};
    if (const OutputRecord::Entry* before = impl_->previous.find(path);
        before && before->hash == now.hash && before->size == now.size && impl_->place_published(path, *before)) {
        impl_->next.add(path, *before);
        return true;
    }
    std::int64_t mtime_ns = 0;
    if (!impl_->write_new(path, bytes, &mtime_ns)) return false;
    impl_->next.add(path, {now.hash, now.size, mtime_ns, {}});
    return true;
}

bool StagingFolder::keep(const std::string& path, const std::string& key) const {
    const OutputRecord::Entry* before = impl_->previous.find(path);
    if (!before || key.empty() || before->inputs_key != key || !is_safe_output_path(path)) return false;
    if (!impl_->place_published(path, *before)) return false;
    impl_->next.add(path, *before);
    return true;
}

void StagingFolder::Impl::remove_leftovers() const {
    if (!reused) return;
    std::vector<std::string> gone;
    staged.for_each_path([&](const std::string& path) {
        if (!next.find(path)) gone.push_back(path);
    });
    for (const auto& path : gone) remove_with_empty_folders(staging, path);
}

void StagingFolder::Impl::keep_as_previous(const fs::path& folder) const {
    std::error_code ec;
    // What it holds is what the published record says, as this build read it: that file is given
    // a second name while it still has its own (before this build's record replaces it, by a
    // rename), else written out again.
    const fs::path record = folder / kPreviousRecord;
    if (previous.size() == 0 ||
        (::link(OutputRecord::location(output).c_str(), record.c_str()) != 0 && !previous.write_file(record)) ||
        ::rename(folder.c_str(), previous_site(output).c_str()) != 0)
        fs::remove_all(folder, ec);
}

std::string derived_cache_location(const std::string& output) {
    const fs::path out(output);
    return (out.parent_path() / ("." + out.filename().string() + ".scrutiny-cache")).string();
}

const OutputRecord& StagingFolder::published() const { return impl_->published ? impl_->next : impl_->previous; }

void StagingFolder::note_inputs_key(const std::string& path, const std::string& key) const {
    impl_->next.set_inputs_key(path, key);
}

FileWriter StagingFolder::writer() const {
    return [this](const std::string& path, Pieces bytes) { return write(path, bytes); };
}

bool StagingFolder::publish(const OutputSet& files, Diagnostics& diags) {
    const fs::path &output = impl_->output, &parent = impl_->parent, &staging = impl_->staging;
    const std::string& output_dir = impl_->output_dir;
    std::error_code ec;
    if (!files.write_failure().empty()) {
        diags.error({output_dir, 0, 0}, "cannot write " + files.write_failure() + " into the staging folder; check the disk has space");
        return false;
    }
    for (const auto& [path, bytes] : files.files()) {
        if (files.written(path)) continue;  // streamed while rendering
        if (!write(path, bytes)) {
            diags.error({output_dir, 0, 0}, "cannot write " + path + " into the staging folder; check the disk has space");
            return false;
        }
    }
    if (!write(kBuildMarker, build_marker_text(files))) {  // kept, like any file, when unchanged
        diags.error({output_dir, 0, 0}, std::string("cannot write ") + kBuildMarker + " into the staging folder; check the disk has space");
        return false;
    }
    impl_->remove_leftovers();
    if (fs::exists(output, ec)) {
        // Exchange the two folders in one step: readers see the old site or the new one, never neither.
        if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, output.c_str(), RENAME_EXCHANGE) != 0) {
            // Filesystems without RENAME_EXCHANGE: move the old site aside, then move the new one in.
            const fs::path old = parent / ("." + output.filename().string() + ".old-" + std::to_string(::getpid()));
            fs::rename(output, old, ec);
            if (!ec) fs::rename(staging, output, ec);
            if (ec) {
                diags.error({output_dir, 0, 0}, "cannot swap the new site into place (" + ec.message() + ")");
                if (!fs::exists(output)) fs::rename(old, output, ec);
                return false;
            }
            impl_->published = true;
            impl_->keep_as_previous(old);
            impl_->next.write(output);
            return true;
        }
        impl_->published = true;  // the staging folder now holds the previous site
        impl_->keep_as_previous(staging);
        impl_->next.write(output);
        return true;
    }
    fs::rename(staging, output, ec);
    if (ec) {
        diags.error({output_dir, 0, 0}, "cannot move the new site into place (" + ec.message() + ")");
        return false;
    }
    impl_->published = true;
    impl_->next.write(output);  // without it the next build writes every file again: no harm
    return true;
}

bool publish_atomically(const OutputSet& files, const std::string& output_dir, Diagnostics& diags) {
    const auto staging = StagingFolder::open(output_dir, diags);
    return staging && staging->publish(files, diags);
}

}  // namespace scrutiny
