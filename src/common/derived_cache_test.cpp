#include "common/derived_cache.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace scrutiny;

namespace {
std::string file_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("the derived cache gives the next build what this one used, and nothing it did not", "[cache]") {
    const fs::path dir = fs::temp_directory_path() / ("scrutiny-derived-cache-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string file = (dir / ".public.scrutiny-cache").string();

    // No file yet: nothing found; what this build makes is saved.
    DerivedCache first = DerivedCache::read(file);
    CHECK(first.find("a") == std::nullopt);
    first.put("a", "made from a");
    const std::string b_data = std::string("binary\0data", 11) + std::string(100, 'x');
    first.put(std::string("b\0key", 5), b_data);
    CHECK_FALSE(fs::exists(file));  // nothing appears beside the output until the build is published
    REQUIRE(first.save());
    CHECK(fs::exists(file));

    // The next build finds both, byte for byte; it uses only one and adds another.
    DerivedCache second = DerivedCache::read(file);
    REQUIRE(second.find("a") != std::nullopt);
    REQUIRE(second.find(std::string("b\0key", 5)) != std::nullopt);
    CHECK(*second.find(std::string("b\0key", 5)) == b_data);
    second.forget_unused();  // as if b had not been looked up: the next lookups are this build's
    CHECK(*second.find("a") == "made from a");
    CHECK(second.find("a") != std::nullopt);
    CHECK(second.found() == 2);  // two lookups of "a" since
    const auto size_before = fs::file_size(file);
    second.put("c", "made from c");
    second.put("a", "a second put of a key changes nothing");
    CHECK(fs::file_size(file) == size_before);  // put() leaves the file alone; save() writes it
    REQUIRE(second.save());
    CHECK(*second.find("a") == "made from a");

    // "b" was not used by the last build, so it is gone (the file was written afresh, the unused
    // entries outweighing the rest), and an append keeps what is there.
    DerivedCache third = DerivedCache::read(file);
    CHECK(third.size() == 2);
    CHECK(third.find(std::string("b\0key", 5)) == std::nullopt);
    CHECK(*third.find("c") == "made from c");
    CHECK(*third.find("a") == "made from a");
    third.put("d", "made from d");
    REQUIRE(third.save());
    DerivedCache fourth = DerivedCache::read(file);
    CHECK(fourth.size() == 3);
    CHECK(*fourth.find("d") == "made from d");

    SECTION("a damaged file is ignored whole and written afresh") {
        std::string bytes = file_bytes(file);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() - 3);
        DerivedCache damaged = DerivedCache::read(file);
        CHECK(damaged.size() == 0);
        damaged.put("e", "made from e");
        REQUIRE(damaged.save());
        DerivedCache after = DerivedCache::read(file);
        CHECK(after.size() == 1);
        CHECK(*after.find("e") == "made from e");
    }
    SECTION("a file another scrutiny wrote is ignored") {
        std::string bytes = file_bytes(file);
        bytes.replace(bytes.find("cache 1 ") + 8, 4, "0000");
        std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
        CHECK(DerivedCache::read(file).size() == 0);
    }
    SECTION("serve keeps the cache in memory and lets go of what a build did not use") {
        DerivedCache memory;
        memory.put("x", "1");
        memory.put("y", "2");
        memory.forget_unused();
        CHECK(memory.find("x") != std::nullopt);
        memory.forget_unused();
        CHECK(memory.size() == 1);
        CHECK(memory.find("y") == std::nullopt);
        CHECK_FALSE(memory.save());  // no file to write
    }
    fs::remove_all(dir);
}
