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
    std::ofstream(dir / "public/.scrutiny-build") << "# an earlier build\nold.html\n";
    fs::create_directories(dir / ".public.staging-99999");  // left by an interrupted build

    OutputSet files;
    files.put("index.html", "new");
    files.put("a/b/c.txt", "deep");
    Diagnostics d;
    REQUIRE(publish_atomically(files, (dir / "public").string(), d));
    CHECK(slurp(dir / "public/index.html") == "new");
    CHECK(slurp(dir / "public/a/b/c.txt") == "deep");
    CHECK_FALSE(fs::exists(dir / "public/old.html"));
    CHECK(slurp(dir / "public/.scrutiny-build").find("\na/b/c.txt\nindex.html\n") != std::string::npos);
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
    CHECK(entries == 1);  // only public/: no staging or old folders left
    fs::remove_all(dir);
}

TEST_CASE("refuses an output folder where building would destroy sources or other files", "[publish]") {
    const fs::path site = fs::temp_directory_path() / "scrutiny-output-check-test";
    const fs::path elsewhere = fs::temp_directory_path() / "scrutiny-output-check-elsewhere";
    fs::remove_all(site);
    fs::remove_all(elsewhere);
    fs::create_directories(site / "content/pages");
    fs::create_directories(site / "notes");
    fs::create_directories(elsewhere / "sub");
    fs::create_directories(elsewhere / "kept-content");
    std::ofstream(site / "site_config.toml") << "title = \"T\"";
    std::ofstream(site / "notes/todo.txt") << "keep me";
    fs::create_directories(site / "old-build");
    std::ofstream(site / "old-build/index.html") << "<p>earlier build</p>";
    fs::create_directories(site / "old-build/measures/x");
    std::ofstream(site / "old-build/measures/x/index.html") << "<p>chart</p>";
    std::ofstream(site / "old-build/.scrutiny-build") << "# marker\nindex.html\nmeasures/x/index.html\n";
    fs::create_directories(site / "home-page/photos");
    std::ofstream(site / "home-page/index.html") << "<p>someone's own page</p>";
    for (const char* name : {"a", "b", "c", "d", "e", "f"}) std::ofstream(site / "home-page/photos" / name) << name;
    fs::create_directories(site / "git-build/.git");
    std::ofstream(site / "git-build/index.html") << "<p>a build kept in git</p>";
    fs::create_directory_symlink(elsewhere / "sub", site / "link");           // site/link/.. is `elsewhere`
    fs::create_directory_symlink(elsewhere / "kept-content", site / "assets");  // assets kept outside the site
    const auto refusal = [&](const fs::path& output) {
        Diagnostics d;
        const auto ok = checked_output_folder(site.string(), output.string(), "--output `x`", {}, d);
        return ok ? std::string() : d.all().at(0).message;
    };
    CHECK(refusal(site) == "--output `x` holds the site's own files; choose a separate output folder, like public/");
    CHECK(refusal(site / ".").find("holds the site's own files") != std::string::npos);
    CHECK(refusal(site.parent_path()).find("holds the site's own files") != std::string::npos);
    CHECK(refusal(site / "content") == "--output `x` is inside the site's content/ folder, where the build would mix "
                                       "with the sources; choose a folder of its own, like public/");
    CHECK(refusal(site / "assets/out").find("inside the site's assets/ folder") != std::string::npos);
    CHECK(refusal(elsewhere / "kept-content/out").find("inside the site's assets/ folder") != std::string::npos);
    CHECK(refusal(site / "site_config.toml") == "--output `x` is a file, not a folder; choose a folder for the site, like public/");
    CHECK(refusal(site / "notes") == "--output `x` holds files scrutiny did not build (todo.txt; it has no .scrutiny-build "
                                     "marker), and building replaces everything in it; choose an empty or new folder, or "
                                     "move those files away (a site built by an older scrutiny: delete it once)");
    // An index.html does not make a folder an earlier build: only the marker does.
    CHECK(refusal(site / "home-page").find("(index.html and photos/; it has no .scrutiny-build marker)") != std::string::npos);
    std::ofstream(site / "home-page/.scrutiny-build") << "index.html\n";
    CHECK(refusal(site / "home-page").find("holds files the last build did not write (photos/)") != std::string::npos);
    std::ofstream(site / "home-page/.scrutiny-build") << "index.html\nphotos/a\n";
    CHECK(refusal(site / "home-page").find("(photos/b, photos/c, photos/d, photos/e and photos/f)") != std::string::npos);
    CHECK(refusal(site / "git-build").find("(site_config.toml or .git)") != std::string::npos);
    CHECK(refusal("").find("names no folder") != std::string::npos);
    fs::create_directory_symlink(elsewhere / "gone", site / "dangling");
    CHECK(refusal(site / "dangling") == "--output `x` is a link to " + (elsewhere / "gone").string() +
                                            ", which does not exist; create that folder or remove the link");
    CHECK(refusal(site / "public").empty());     // new
    CHECK(refusal(site / "old-build").empty());  // an earlier build
    fs::create_directories(site / "empty");
    CHECK(refusal(site / "empty").empty());

    // The folder returned is the resolved one: the same folder the checks looked at.
    Diagnostics d;
    CHECK(checked_output_folder(site.string(), (site / "link/../out").string(), "x", {}, d) == (elsewhere / "out").string());
    CHECK(checked_output_folder((site / "link/..").string(), (site / "link/../public").string(), "x", {}, d) ==
          (elsewhere / "public").string());
    CHECK(checked_output_folder(site.string(), (site / "public/").string(), "x", {}, d) == (site / "public").string());
    CHECK_FALSE(d.has_errors());
    fs::remove_all(site);
    fs::remove_all(elsewhere);
}
