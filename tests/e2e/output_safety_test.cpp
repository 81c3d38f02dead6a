// End-to-end: publishing never loses anyone's files and two builds into one output never mix.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <future>
#include <random>
#include <thread>

#include "run_binary.h"

namespace fs = std::filesystem;
using namespace scrutiny::test;

namespace {
const std::map<std::string, std::string> kFixedDate{{"SOURCE_DATE_EPOCH", "1700000000"}};
}  // namespace

TEST_CASE("an output folder with an index.html and someone's files is refused, its files intact", "[e2e][publish]") {
    TempDir out;
    write_file(out / "docs/index.html", "<p>my own home page</p>");
    write_file(out / "docs/cv.pdf", "precious");
    write_file(out / "docs/photos/cat.jpg", "cat");
    const auto before = snapshot(out / "docs");
    const auto r = run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "docs"});
    CHECK(r.status == 2);
    CHECK(r.err == "error: --output `" + out / "docs" +
                       "` holds files scrutiny did not build (cv.pdf, index.html and photos/; it has no .scrutiny-build "
                       "marker), and building replaces everything in it; choose an empty or new folder, or move those "
                       "files away (a site built by an older scrutiny: delete it once)\n1 error; nothing was published\n");
    CHECK(snapshot(out / "docs") == before);
}

TEST_CASE("the default public/ as a link to someone's folder is refused, naming the folder", "[e2e][publish]") {
    TempDir site, elsewhere;
    copy_tree(fixture("valid-minimal"), site.path());
    write_file(elsewhere / "index.html", "<p>another site</p>");
    write_file(elsewhere / "notes.txt", "keep");
    fs::create_directory_symlink(elsewhere.path(), site / "public");
    const auto before = snapshot(elsewhere.path());
    const auto r = run_scrutiny({"build", "--source", site.path()});
    CHECK(r.status == 1);
    CHECK(r.err == "site_config.toml:1:1: error: output_dir `public` (" + elsewhere.path() +
                       ") holds files scrutiny did not build (index.html and notes.txt; it has no .scrutiny-build marker), "
                       "and building replaces everything in it; choose an empty or new folder, or move those files away "
                       "(a site built by an older scrutiny: delete it once)\n1 error; nothing was published\n");
    CHECK(snapshot(elsewhere.path()) == before);
}

TEST_CASE("a rebuild replaces its own earlier build, but not a file someone added to it", "[e2e][publish]") {
    TempDir out;
    REQUIRE(run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "public"}).status == 0);
    const std::string marker = read_file(out / "public/.scrutiny-build");
    CHECK(marker.find("\nindex.html\n") != std::string::npos);
    CHECK(marker.find("\nmeasures/burglary/index.html\n") != std::string::npos);
    REQUIRE(run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "public"}).status == 0);

    write_file(out / "public/CNAME", "performance.example.org");
    const auto before = snapshot(out / "public");
    const auto r = run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "public"});
    CHECK(r.status == 2);
    CHECK(r.err.find("` holds files the last build did not write (CNAME), and building replaces everything in it; "
                     "move them away (files to publish belong in the site's assets/)\n") != std::string::npos);
    CHECK(snapshot(out / "public") == before);
}

TEST_CASE("a file added deep in the output is found by an edited rebuild, which keeps most pages", "[e2e][publish]") {
    TempDir site, out;
    copy_tree(fixture("valid-minimal"), site.path());
    REQUIRE(run_scrutiny({"build", "--source", site.path(), "--output", out / "public"}).status == 0);
    std::string a1 = read_file(site / "content/commitments/a1.md");
    a1 += "\nOne more sentence.\n";
    write_file(site / "content/commitments/a1.md", a1);
    write_file(out / "public/measures/burglary/notes.txt", "someone's notes");
    const auto before = snapshot(out / "public");
    const auto r = run_scrutiny({"build", "--source", site.path(), "--output", out / "public"});
    CHECK(r.status == 2);
    CHECK(r.err.find("` holds files the last build did not write (measures/burglary/notes.txt)") != std::string::npos);
    CHECK(snapshot(out / "public") == before);
    fs::remove(out / "public/measures/burglary/notes.txt");
    const auto again = run_scrutiny({"build", "--source", site.path(), "--output", out / "public"});
    CHECK(again.status == 0);
    CHECK(read_file(out / "public/commitments/a1/index.html").find("One more sentence.") != std::string::npos);
}

TEST_CASE("two builds started a moment apart into one output leave exactly one complete site", "[e2e][publish]") {
    // Two sites that differ on every page (the title), so a mix of the two would show.
    TempDir a, b, reference;
    copy_tree(fixture("valid-minimal"), a.path());
    copy_tree(fixture("valid-minimal"), b.path());
    std::string config = read_file(b / "site_config.toml");
    const auto title = config.find("title = \"");
    REQUIRE(title != std::string::npos);
    config.insert(title + 9, "Other ");
    write_file(b / "site_config.toml", config);
    REQUIRE(run_scrutiny({"build", "--source", a.path(), "--output", reference / "a"}, kFixedDate).status == 0);
    REQUIRE(run_scrutiny({"build", "--source", b.path(), "--output", reference / "b"}, kFixedDate).status == 0);
    const auto site_a = snapshot(reference / "a"), site_b = snapshot(reference / "b");
    REQUIRE(site_a != site_b);

    std::mt19937 random(16);
    for (int round = 0; round < 20; ++round) {
        TempDir out;
        if (round % 2) REQUIRE(run_scrutiny({"build", "--source", a.path(), "--output", out / "public"}, kFixedDate).status == 0);
        const auto delay = std::chrono::milliseconds(random() % 300);
        auto first = std::async(std::launch::async, [&] {
            return run_scrutiny({"build", "--source", a.path(), "--output", out / "public"}, kFixedDate);
        });
        std::this_thread::sleep_for(delay);
        const auto second = run_scrutiny({"build", "--source", b.path(), "--output", out / "public"}, kFixedDate);
        const auto first_result = first.get();
        INFO("round " << round << ", second build started after " << delay.count() << " ms");
        INFO(first_result.err << second.err);
        CHECK(first_result.status == 0);
        CHECK(second.status == 0);
        const auto result = snapshot(out / "public");
        CHECK((result == site_a || result == site_b));
        size_t entries = 0;  // no staging or old folder left beside it
        for (const auto& e : fs::directory_iterator(out.path())) {  // the record, stamp and cache of what was published stay,
            const std::string name = e.path().filename().string();  // and the site it replaced, for the next build
            entries += name != ".public.scrutiny-record" && name != ".public.scrutiny-stamp" && name != ".public.scrutiny-cache" &&
                       name != ".public.previous";
        }
        CHECK(entries == 1);
    }
}
