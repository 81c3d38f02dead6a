// End-to-end: a new office starts a site with `init`, edits two files, and builds it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "run_binary.h"

namespace fs = std::filesystem;
using namespace scrutiny::test;

namespace {
std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}
}  // namespace

TEST_CASE("init writes a starter site that, edited in two files, builds every page kind", "[e2e][init]") {
    TempDir dir;
    const auto init = run_scrutiny({"init", dir / "northshire", "--title", "Northshire \"plan\"", "--organisation",
                                    "Northshire OPCC"});
    INFO(init.err);
    REQUIRE(init.status == 0);
    CHECK(init.out.find("created a starter site in") != std::string::npos);

    // As it comes, the starter passes the strictest check today.
    const auto strict = run_scrutiny({"check", "--strict", "--source", dir / "northshire"});
    INFO(strict.out + strict.err);
    CHECK(strict.status == 0);

    // The two edits the README asks for: the config's areas, and the first commitment.
    const std::string config_path = dir / "northshire/site_config.toml";
    write_file(config_path, replace_once(read_file(config_path), "name = \"North district\"", "name = \"Northshire North\""));
    const std::string commitment_path = dir / "northshire/content/commitments/1-1.md";
    write_file(commitment_path, replace_once(read_file(commitment_path), "status = \"in-progress\"               #",
                                             "status = \"on-track\"                  #"));

    const auto build = run_scrutiny({"build", "--source", dir / "northshire"});
    INFO(build.err);
    REQUIRE(build.status == 0);
    const std::string out = dir / "northshire/public/";
    for (const char* path : {"index.html", "objectives/victims/index.html", "commitments/1-1/index.html",
                             "measures/victim-satisfaction/index.html", "glossary/index.html", "meetings/index.html",
                             "meetings/first-session/index.html", "about/index.html", "accessibility/index.html",
                             "reports/index.html", "search/index.html", "404.html", "feed.xml", "sitemap.xml"})
        CHECK(fs::exists(out + path));
    const std::string home = read_file(out + "index.html");
    CHECK(home.find("Northshire &quot;plan&quot;") != std::string::npos);
    CHECK(read_file(out + "commitments/1-1/index.html").find("On track") != std::string::npos);
    CHECK(read_file(out + "measures/victim-satisfaction/index.html").find("Northshire North") == std::string::npos);
}

TEST_CASE("init refuses a folder that is not empty", "[e2e][init]") {
    TempDir dir;
    write_file(dir / "site/notes.txt", "keep");
    const auto r = run_scrutiny({"init", dir / "site"});
    CHECK(r.status == 2);
    CHECK(r.err == dir / "site" + ": error: this folder is not empty, and init never overwrites; give a new folder name, like scrutiny init my-site\n");
    CHECK(snapshot(dir / "site").size() == 1);
}
