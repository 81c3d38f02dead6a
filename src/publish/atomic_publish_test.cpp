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
    files.put("index.html", "new");
    files.put("a/b/c.txt", "deep");
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

TEST_CASE("refuses an output folder where building would destroy sources or other files", "[publish]") {
    const fs::path site = fs::temp_directory_path() / "scrutiny-output-check-test";
    fs::remove_all(site);
    fs::create_directories(site / "content/pages");
    fs::create_directories(site / "notes");
    std::ofstream(site / "site_config.toml") << "title = \"T\"";
    std::ofstream(site / "notes/todo.txt") << "keep me";
    fs::create_directories(site / "old-build");
    std::ofstream(site / "old-build/index.html") << "<p>earlier build</p>";
    const SourceLocation where{"--output", 0, 0};
    const auto refusal = [&](const fs::path& output) {
        Diagnostics d;
        const bool ok = check_output_folder(site.string(), output.string(), where, d);
        return ok ? std::string() : d.all().at(0).message;
    };
    const std::string at = "`" + site.string();
    CHECK(refusal(site) == at + "` holds the site's own files; choose a separate output folder, like public/");
    CHECK(refusal(site / ".") == at + "/.` holds the site's own files; choose a separate output folder, like public/");
    CHECK(refusal(site.parent_path()).find("holds the site's own files") != std::string::npos);
    CHECK(refusal(site / "content") == at + "/content` is inside the site's content/ folder, where the build would mix "
                                            "with the sources; choose a folder of its own, like public/");
    CHECK(refusal(site / "assets/out").find("inside the site's assets/ folder") != std::string::npos);
    CHECK(refusal(site / "site_config.toml") == at + "/site_config.toml` is a file, not a folder; choose a folder for "
                                                     "the site, like public/");
    CHECK(refusal(site / "notes") == at + "/notes` already holds files that are not a built site, and building replaces "
                                          "everything in it; choose an empty or new folder, or empty it yourself");
    CHECK(refusal(site / "public").empty());    // new
    CHECK(refusal(site / "old-build").empty());  // an earlier build
    fs::create_directories(site / "empty");
    CHECK(refusal(site / "empty").empty());
    fs::remove_all(site);
}
