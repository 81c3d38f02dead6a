#include "common/file_system.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace scrutiny;

TEST_CASE("a file system keeping its listings lists each folder as first walked, and one that does not sees files come and go",
          "[files]") {
    const fs::path root = fs::temp_directory_path() / "scrutiny-listings-test";
    fs::remove_all(root);
    fs::create_directories(root / "content/pages");
    std::ofstream(root / "content/pages/a.md") << "a";
    const DiskFileSystem serving(root.string());  // serve's: lives through many rebuilds
    const DiskFileSystem building(root.string());  // build's: one build
    building.keep_listings();
    const std::vector<std::string> first{"content/pages/a.md"};
    CHECK(serving.list_files("content") == first);
    CHECK(building.list_files("content") == first);
    std::ofstream(root / "content/pages/b.md") << "b";
    CHECK(serving.list_files("content") == std::vector<std::string>{"content/pages/a.md", "content/pages/b.md"});
    CHECK(building.list_files("content") == first);  // the build's one view of its inputs
    CHECK(building.list_files("content/pages") == std::vector<std::string>{"content/pages/a.md", "content/pages/b.md"});  // first walked now
    fs::remove_all(root);
}
