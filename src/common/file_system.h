// The file system as the pipeline sees it: paths relative to a site root, read-only.
// A real twin reads disk; an in-memory twin serves tests (and `serve` overlays).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scrutiny {

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // The whole file, or nothing when it does not exist or cannot be read.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    virtual bool is_file(const std::string& path) const = 0;
    virtual bool is_directory(const std::string& path) const = 0;
    // Regular files below `dir` (recursively), as root-relative paths with '/', sorted.
    virtual std::vector<std::string> list_files(const std::string& dir) const = 0;
};

class DiskFileSystem final : public FileSystem {
public:
    explicit DiskFileSystem(std::string root);
    std::optional<std::string> read(const std::string& path) const override;
    bool is_file(const std::string& path) const override;
    bool is_directory(const std::string& path) const override;
    std::vector<std::string> list_files(const std::string& dir) const override;
    const std::string& root() const { return root_; }

private:
    std::string full(const std::string& path) const;
    std::string root_;
};

class MemoryFileSystem final : public FileSystem {
public:
    void write(const std::string& path, std::string contents) { files_[path] = std::move(contents); }
    std::optional<std::string> read(const std::string& path) const override;
    bool is_file(const std::string& path) const override;
    bool is_directory(const std::string& path) const override;
    std::vector<std::string> list_files(const std::string& dir) const override;

private:
    std::map<std::string, std::string> files_;
};

// Files directly in `dir` whose names end with `extension` (e.g. ".md"), sorted.
std::vector<std::string> files_with_extension(const FileSystem& fs, const std::string& dir,
                                              const std::string& extension);

// "content/metrics/violence.toml" -> "violence".
std::string file_stem(const std::string& path);

}  // namespace scrutiny
