// Test helpers: run the scrutiny binary like a user would, and look at folders it wrote.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace scrutiny::test {

struct RunResult {
    int status = -1;
    std::string out, err;
};

// Runs `scrutiny <args>` (arguments are shell-quoted), capturing both streams.
RunResult run_scrutiny(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {});

// A fresh, empty temporary folder, removed when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string operator/(const std::string& rel) const { return path_ + "/" + rel; }

private:
    std::string path_;
};

// Every file below `dir` (relative path -> bytes).
std::map<std::string, std::string> snapshot(const std::string& dir);

void copy_tree(const std::string& from, const std::string& to);
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& bytes);

std::string source_dir();        // the repository
std::string fixture(const std::string& name);  // tests/fixtures/<name>

}  // namespace scrutiny::test
