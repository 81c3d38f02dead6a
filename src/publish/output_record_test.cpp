#include "publish/output_record.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace scrutiny;

TEST_CASE("an output record reads back as written, and a damaged line loses only its own file", "[publish]") {
    const fs::path dir = fs::temp_directory_path() / "scrutiny-record-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    OutputRecord written;
    written.add("index.html", {0x0123456789abcdefULL, 1234, 1764700000123456789LL, {}});
    written.add("commitments/a1/index.html", {42, 0, -5, std::string("\x01\xff key", 6)});
    written.add("a path with spaces/index.html", {7, 8, 9, "k"});
    REQUIRE(written.write_file(dir / "record"));
    const auto same = [](const OutputRecord::Entry* a, const OutputRecord::Entry& b) {
        return a && a->hash == b.hash && a->size == b.size && a->mtime_ns == b.mtime_ns && a->inputs_key == b.inputs_key;
    };
    const OutputRecord read = OutputRecord::read_file(dir / "record");
    CHECK(read.size() == 3);
    CHECK(same(read.find("index.html"), {0x0123456789abcdefULL, 1234, 1764700000123456789LL, {}}));
    CHECK(same(read.find("commitments/a1/index.html"), {42, 0, -5, std::string("\x01\xff key", 6)}));
    CHECK(same(read.find("a path with spaces/index.html"), {7, 8, 9, "k"}));

    std::stringstream text;
    text << std::ifstream(dir / "record").rdbuf();
    std::ofstream(dir / "damaged") << text.str() << "zz 1 2 - not-hex.html\n"
                                   << "0a 1 2 -\n"                      // no path
                                   << "0a x 2 - bad-size.html\n"
                                   << "0a 1 2 nothex bad-key.html\n"
                                   << "0a 1\n"
                                   << "\n";
    const OutputRecord damaged = OutputRecord::read_file(dir / "damaged");
    CHECK(damaged.size() == 3);
    CHECK(same(damaged.find("index.html"), {0x0123456789abcdefULL, 1234, 1764700000123456789LL, {}}));
    std::ofstream(dir / "older") << "# scrutiny output record 1\n" << text.str().substr(text.str().find('\n') + 1);
    CHECK(OutputRecord::read_file(dir / "older").size() == 0);  // another version's: not used
    CHECK(OutputRecord::read_file(dir / "missing").size() == 0);
    fs::remove_all(dir);
}
