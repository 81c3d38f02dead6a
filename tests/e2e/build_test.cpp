// End-to-end: the scrutiny binary building real sites from tests/fixtures/ and the demo.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "link_checker.h"
#include "run_binary.h"

namespace fs = std::filesystem;
using namespace scrutiny::test;

namespace {
// An invalid fixture is the valid minimal site with some files replaced (its overlay/).
void make_error_site(const std::string& name, const std::string& into) {
    copy_tree(fixture("valid-minimal"), into);
    copy_tree(fixture(name) + "/overlay", into);
}

const std::map<std::string, std::string> kFixedDate{{"SOURCE_DATE_EPOCH", "1700000000"}};
}  // namespace

TEST_CASE("builds every page kind of a small site", "[e2e]") {
    TempDir out;
    const auto r = run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "public"}, kFixedDate);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("built 18 pages") != std::string::npos);
    for (const char* path : {"index.html", "objectives/victims/index.html", "commitments/a1/index.html",
                             "measures/burglary/index.html", "glossary/index.html", "meetings/index.html",
                             "meetings/2021-02-01-performance/index.html", "about/index.html", "reports/index.html",
                             "reports/2020-q3/index.html", "search/index.html", "areas/index.html", "404.html", "feed.xml", "sitemap.xml",
                             "robots.txt", "data/metrics/burglary.json", "data/metrics/burglary.csv",
                             "assets/css/site.css"})
        CHECK(fs::exists(out / ("public/" + std::string(path))));
}

TEST_CASE("marks the first use of a glossary term on a page, in text only", "[e2e]") {
    TempDir out;
    REQUIRE(run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "p"}).status == 0);
    const std::string page = read_file(out / "p/commitments/a1/index.html");
    const std::string abbr = "<a href=\"../../glossary/#term-isva\"><abbr title=\"Independent Sexual Violence Adviser\">ISVA</abbr></a>";
    const auto first = page.find(abbr);
    REQUIRE(first != std::string::npos);
    CHECK(page.find(abbr, first + 1) == std::string::npos);  // only the first use
    CHECK(page.find("An " + abbr + " supports") != std::string::npos);  // the body comes first on the page
    CHECK(page.find("The ISVA service reported") != std::string::npos);  // the update's later use stays plain
    // A site-absolute Markdown link is made relative, so the site works under a sub-path.
    CHECK(page.find("href=\"../../glossary/\">glossary</a>") != std::string::npos);
}

TEST_CASE("fills in the build date from SOURCE_DATE_EPOCH", "[e2e]") {
    TempDir out;
    REQUIRE(run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "p"}, kFixedDate).status == 0);
    CHECK(read_file(out / "p/about/index.html").find("This site was built on 14 November 2023.") != std::string::npos);
}

TEST_CASE("each invalid site gets its located errors, exit status 1, and the old output untouched", "[e2e]") {
    // The catalogue of bad inputs: every error-* fixture, each with the exact messages it must produce.
    std::vector<std::string> cases;
    for (const auto& e : fs::directory_iterator(source_dir() + "/tests/fixtures"))
        if (e.path().filename().string().rfind("error-", 0) == 0) cases.push_back(e.path().filename().string());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 40);

    TempDir out;
    REQUIRE(run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "public"}).status == 0);
    const auto published = snapshot(out / "public");
    REQUIRE(published.size() > 10);
    size_t tried = 0;
    for (const auto& name : cases) {
        SECTION(name) {
            REQUIRE(fs::exists(fixture(name) + "/expected-stderr.txt"));
            TempDir site;
            make_error_site(name, site.path());
            const auto r = run_scrutiny({"build", "--source", site.path(), "--output", out / "public"});
            CHECK(r.status == 1);
            CHECK(r.err == read_file(fixture(name) + "/expected-stderr.txt"));
            CHECK(r.out.empty());
            CHECK(snapshot(out / "public") == published);
            // No staging folder is left behind.
            for (const auto& e : fs::directory_iterator(out.path()))
                CHECK(e.path().filename().string().find("staging") == std::string::npos);
            ++tried;
        }
    }
    static size_t total_tried = 0;  // Catch2 runs the test once per section
    total_tried += tried;
    if (total_tried == cases.size()) std::printf("tried %zu bad inputs from tests/fixtures/error-*\n", total_tried);
}

TEST_CASE("reports every error of a run, sorted by file and line", "[e2e]") {
    TempDir site;
    make_error_site("error-several", site.path());
    const auto r = run_scrutiny({"build", "--source", site.path(), "--output", site / "public"});
    CHECK(r.status == 1);
    CHECK(r.err.find("3 errors; nothing was published") != std::string::npos);
    CHECK(!fs::exists(site / "public"));
}

TEST_CASE("usage errors exit with status 2", "[e2e]") {
    TempDir empty;
    auto r = run_scrutiny({"build", "--source", empty / "missing"});
    CHECK(r.status == 2);
    CHECK(r.err.find("does not exist") != std::string::npos);
    r = run_scrutiny({"build", "--source", empty.path()});
    CHECK(r.status == 2);
    CHECK(r.err.find("no site_config.toml") != std::string::npos);
    r = run_scrutiny({"build", "--no-such-option"});
    CHECK(r.status == 2);
    r = run_scrutiny({});
    CHECK(r.status == 2);
}

TEST_CASE("every command that reads a site says the same words, with status 2, when there is none", "[e2e]") {
    TempDir empty;
    const std::string folder = empty.path(), missing = empty / "missing";
    const std::vector<std::vector<std::string>> commands = {
        {"build"}, {"check"}, {"serve", "--port", "0"}, {"new", "page", "about"}, {"import", "x.csv", "--metric", "m"}};
    for (const auto& command : commands) {
        auto args = command;
        args.insert(args.end(), {"--source", folder});
        auto r = run_scrutiny(args);
        INFO(command[0]);
        CHECK(r.status == 2);
        CHECK(r.err == "error: no site_config.toml in `" + folder + "`; run scrutiny in a site folder or pass --source DIR\n");
        args = command;
        args.insert(args.end(), {"--source", missing});
        r = run_scrutiny(args);
        CHECK(r.status == 2);
        CHECK(r.err == "error: source folder `" + missing + "` does not exist; pass --source DIR with a site folder\n");
    }
}

TEST_CASE("refuses an output folder that would destroy the sources or someone's files", "[e2e]") {
    TempDir site;
    copy_tree(fixture("valid-minimal"), site.path());
    write_file(site / "notes/keep.txt", "keep me");
    const auto before = snapshot(site.path());
    // The site itself, a folder above it, its content, a file, a folder of other files: usage errors (2).
    for (const std::string& output : {site.path(), site / ".", site / "..", site / "content", site / "site_config.toml",
                                      site / "notes", std::string()}) {
        INFO(output);
        const auto r = run_scrutiny({"build", "--source", site.path(), "--output", output});
        CHECK(r.status == 2);
        CHECK(r.err.rfind("error: --output `" + output + "` ", 0) == 0);
        CHECK(r.err.find("1 error; nothing was published") != std::string::npos);
        CHECK(snapshot(site.path()) == before);
    }
    const auto bad_url = run_scrutiny({"build", "--source", site.path(), "--base-url", "example.org/\"><script>"});
    CHECK(bad_url.status == 2);
    CHECK(bad_url.err.find("is not a web address") != std::string::npos);
    CHECK(snapshot(site.path()) == before);
}

TEST_CASE("a content file whose name is not UTF-8 is named in the error, with the bad byte shown", "[e2e]") {
    TempDir site;
    copy_tree(fixture("valid-minimal"), site.path());
    write_file(site / "content/pages/caf\xE9.md", "+++\ntitle = \"Caf\xC3\xA9\"\n+++\nMenu.\n");  // Latin-1 name
    const auto r = run_scrutiny({"build", "--source", site.path(), "--output", site / "public"});
    CHECK(r.status == 1);
    CHECK(r.err == "content/pages/caf\\xE9.md: error: this file's name is not valid UTF-8; rename it using plain letters, "
                   "digits and hyphens\n1 error; nothing was published\n");
    CHECK_FALSE(fs::exists(site / "public"));
}

TEST_CASE("a source reached through a symbolic link and .. publishes into the folder that was checked", "[e2e]") {
    TempDir top;
    copy_tree(fixture("valid-minimal"), top / "real");
    fs::create_directories(top / "real/sub");
    write_file(top / "demo/public/notes.txt", "precious");
    fs::create_directory_symlink(top / "real/sub", top / "demo/link");  // demo/link/.. is real/
    const auto r = run_scrutiny({"build", "--source", top / "demo/link/.."});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(fs::exists(top / "real/public/index.html"));
    CHECK(read_file(top / "demo/public/notes.txt") == "precious");
}

TEST_CASE("a rebuild replaces the old output completely", "[e2e]") {
    TempDir out;
    write_file(out / "public/index.html", "an earlier build");
    write_file(out / "public/stale.html", "old");
    write_file(out / "public/.scrutiny-build", "index.html\nstale.html\n");
    REQUIRE(run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "public"}).status == 0);
    CHECK(!fs::exists(out / "public/stale.html"));
    CHECK(fs::exists(out / "public/index.html"));
}

TEST_CASE("the demo site builds, twice byte-for-byte the same, with no broken internal links", "[e2e][demo]") {
    TempDir a, b;
    const auto r1 = run_scrutiny({"build", "--source", source_dir(), "--output", a / "public"}, kFixedDate);
    INFO(r1.err);
    REQUIRE(r1.status == 0);
    REQUIRE(run_scrutiny({"build", "--source", source_dir(), "--output", b / "public"}, kFixedDate).status == 0);
    const auto first = snapshot(a / "public"), second = snapshot(b / "public");
    CHECK(first.size() > 100);
    CHECK(first == second);
    const auto broken = broken_links(a / "public", "/performance/");
    for (const auto& b : broken) UNSCOPED_INFO(b);
    CHECK(broken.empty());
}

TEST_CASE("the link checker finds a broken link", "[e2e]") {
    TempDir site;
    write_file(site / "index.html", "<a href=\"missing/\">x</a> <a href=\"#nowhere\">y</a> <a href=\"page/\">ok</a>");
    write_file(site / "page/index.html", "<h1 id=\"top\">Page</h1><a href=\"../#top\">z</a>");
    const auto broken = broken_links(site.path(), "/");
    CHECK(broken.size() == 3);
}

TEST_CASE("the fixture site has no broken internal links", "[e2e]") {
    TempDir out;
    REQUIRE(run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "p"}).status == 0);
    CHECK(broken_links(out / "p", "/site/").empty());
}
