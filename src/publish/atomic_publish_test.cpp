#include "publish/atomic_publish.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace scrutiny;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("publishing swaps the whole folder and cleans up", "[publish]") {
    const fs::path dir = fs::temp_directory_path() / "scrutiny-publish-test";
    fs::remove_all(dir);
    fs::create_directories(dir / "public");
    std::ofstream(dir / "public/old.html") << "old";
    fs::create_directories(dir / ".public.staging-99999");  // left by an interrupted build

    OutputSet files;
    files.add("index.html", "new");
    files.add("a/b/c.txt", "deep");
    Diagnostics d;
    REQUIRE(publish_atomically(files, (dir / "public").string(), d));
    CHECK(slurp(dir / "public/index.html") == "new");
    CHECK(slurp(dir / "public/a/b/c.txt") == "deep");
    CHECK_FALSE(fs::exists(dir / "public/old.html"));
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
    CHECK(entries == 1);  // only public/: no staging or old folders left
    fs::remove_all(dir);
}
