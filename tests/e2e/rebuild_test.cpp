// End-to-end: a rebuild after an edit publishes exactly what a clean build of the edited site
// does, and every file the edit did not change is left as it was (same file, same date), so an
// upload moves only what changed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <chrono>
#include <functional>
#include <thread>

#include "run_binary.h"

namespace fs = std::filesystem;
using namespace scrutiny::test;

namespace {
const std::map<std::string, std::string> kFixedDate{{"SOURCE_DATE_EPOCH", "1700000000"}};

std::map<std::string, fs::file_time_type> dates(const std::string& dir) {
    std::map<std::string, fs::file_time_type> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) out[fs::relative(e.path(), dir).generic_string()] = e.last_write_time();
    return out;
}

void replace_in(const std::string& file, const std::string& from, const std::string& to) {
    std::string text = read_file(file);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    write_file(file, text.replace(at, from.size(), to));
}
}  // namespace

TEST_CASE("a rebuild after each kind of edit equals a clean build and leaves unchanged files untouched", "[e2e][publish]") {
    using Edit = std::function<void(const std::string& site)>;
    const std::vector<std::pair<std::string, Edit>> edits = {
        {"a commitment", [](const std::string& site) {
             replace_in(site + "/content/commitments/a1.md", "Terms of reference were drafted.", "Terms of reference were agreed.");
         }},
        {"a commitment's title, which another commitment's page shows", [](const std::string& site) {
             replace_in(site + "/content/commitments/a1.md", "title = \"Set up a Victims' Board\"", "title = \"Set up a Victims' Panel\"");
         }},
        {"a metric figure", [](const std::string& site) {
             replace_in(site + "/content/metrics/burglary.toml", "values = [40, 42, 38,", "values = [40, 42, 58,");
         }},
        {"a glossary term", [](const std::string& site) {
             replace_in(site + "/content/glossary/terms.toml", "Supports victims of sexual violence.", "Supports people after sexual violence.");
         }},
        {"a theme template", [](const std::string& site) {
             replace_in(site + "/themes/mine/templates/page.mustache", "<h1>{{title}}</h1>", "<h1 class=\"page-title\">{{title}}</h1>");
         }},
        {"a deleted file", [](const std::string& site) { fs::remove(site + "/content/meetings/2021-02-01-performance.md"); }},
        {"a renamed file", [](const std::string& site) { fs::rename(site + "/content/pages/about.md", site + "/content/pages/about-us.md"); }},
    };
    for (const auto& [what, edit] : edits) {
        SECTION(what) {
            TempDir dir;
            const std::string site = dir / "site", out = dir / "out", clean = dir / "clean";
            copy_tree(fixture("valid-minimal"), site);
            write_file(site + "/themes/mine/templates/page.mustache", read_file(source_dir() + "/themes/default/templates/page.mustache"));
            write_file(site + "/site_config.toml", "theme = \"mine\"\n" + read_file(site + "/site_config.toml"));
            REQUIRE(run_scrutiny({"build", "--quiet", "--source", site, "--output", out}, kFixedDate).status == 0);
            const auto bytes_before = snapshot(out);
            const auto dates_before = dates(out);

            edit(site);
            const auto rebuilt = run_scrutiny({"build", "--quiet", "--source", site, "--output", out}, kFixedDate);
            INFO(rebuilt.err);
            REQUIRE(rebuilt.status == 0);
            REQUIRE(run_scrutiny({"build", "--quiet", "--clean", "--source", site, "--output", clean}, kFixedDate).status == 0);
            const auto bytes_after = snapshot(out);
            CHECK(bytes_after == snapshot(clean));  // byte for byte what a clean build gives

            const auto dates_after = dates(out);
            size_t kept = 0, changed = 0;
            for (const auto& [path, bytes] : bytes_after) {
                const auto before = bytes_before.find(path);
                if (before == bytes_before.end() || before->second != bytes) {
                    ++changed;
                    continue;
                }
                INFO(path);
                CHECK(dates_after.at(path) == dates_before.at(path));  // untouched
                ++kept;
            }
            CHECK(changed > 0);  // the edit shows
            CHECK(kept > 0);     // and most of the site is left alone
        }
    }
}

TEST_CASE("a rebuild keeps the pages whose inputs did not change, unless the published page was altered", "[e2e][publish]") {
    TempDir dir;
    const std::string site = dir / "site", out = dir / "out", clean = dir / "clean";
    copy_tree(fixture("valid-minimal"), site);
    // The number of pages kept, as `build --verbose` tells it.
    const auto kept = [&] {
        const auto r = run_scrutiny({"build", "--verbose", "--source", site, "--output", out}, kFixedDate);
        INFO(r.err);
        REQUIRE(r.status == 0);
        const std::string said = "pages kept from the last build (their inputs unchanged): ";
        const auto at = r.out.find(said);
        REQUIRE(at != std::string::npos);
        return std::stoul(r.out.substr(at + said.size()));
    };
    CHECK(kept() == 0);
    size_t pages = 0;
    for (const auto& [path, bytes] : snapshot(out)) pages += path.ends_with(".html");
    REQUIRE(pages > 12);

    // A1's 2020-Q2 update changes: its page and that quarter's report are made again; every other
    // page (the home page too: it shows A1's 2020-Q3 update) is kept as published, with its date.
    const auto b1_date = fs::last_write_time(out + "/commitments/b1/index.html");
    const auto measure_date = fs::last_write_time(out + "/measures/burglary/index.html");
    const auto home_date = fs::last_write_time(out + "/index.html");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    replace_in(site + "/content/commitments/a1.md", "Terms of reference were drafted.", "Terms of reference were agreed.");
    CHECK(kept() == pages - 2);
    CHECK(fs::last_write_time(out + "/index.html") == home_date);
    CHECK(read_file(out + "/commitments/a1/index.html").find("Terms of reference were agreed.") != std::string::npos);
    CHECK(read_file(out + "/reports/2020-q2/index.html").find("Terms of reference were agreed.") != std::string::npos);
    CHECK(fs::last_write_time(out + "/commitments/b1/index.html") == b1_date);
    CHECK(fs::last_write_time(out + "/measures/burglary/index.html") == measure_date);

    // Someone alters the published B1 page; the next rebuild makes it again instead of keeping it.
    write_file(out + "/commitments/b1/index.html", read_file(out + "/commitments/b1/index.html") + "<!-- altered -->");
    replace_in(site + "/content/commitments/a1.md", "Terms of reference were agreed.", "Terms of reference were signed.");
    CHECK(kept() == pages - 3);
    REQUIRE(run_scrutiny({"build", "--quiet", "--clean", "--source", site, "--output", clean}, kFixedDate).status == 0);
    CHECK(snapshot(out) == snapshot(clean));

    // --clean keeps nothing.
    replace_in(site + "/content/commitments/a1.md", "Terms of reference were signed.", "Terms of reference were sealed.");
    const auto cleaned = run_scrutiny({"build", "--verbose", "--clean", "--source", site, "--output", out}, kFixedDate);
    CHECK(cleaned.out.find("pages kept from the last build (their inputs unchanged): 0\n") != std::string::npos);
}

TEST_CASE("a rebuild with nothing changed says so and touches nothing, and any change builds again", "[e2e][publish]") {
    TempDir dir;
    const std::string site = dir / "site", out = dir / "out";
    copy_tree(fixture("valid-minimal"), site);
    auto build = [&](const std::vector<std::string>& extra = {},
                     const std::map<std::string, std::string>& env = kFixedDate) {
        std::vector<std::string> args{"build", "--source", site, "--output", out};
        args.insert(args.end(), extra.begin(), extra.end());
        return run_scrutiny(args, env);
    };
    const auto first = build();
    REQUIRE(first.status == 0);
    CHECK(first.out.find("nothing changed") == std::string::npos);
    const auto dates_before = dates(out);

    const auto again = build();
    INFO(again.err);
    CHECK(again.status == 0);
    CHECK(again.out.find(" ms (nothing changed since the last build)\n") != std::string::npos);
    CHECK(again.out.substr(0, again.out.find(" in ")) == first.out.substr(0, first.out.find(" in ")));  // same counts
    CHECK(dates(out) == dates_before);

    SECTION("an edited content file") {
        replace_in(site + "/content/commitments/a1.md", "Terms of reference were drafted.", "Terms of reference were agreed.");
        const auto edited = build();
        CHECK(edited.out.find("nothing changed") == std::string::npos);
        CHECK(read_file(out + "/commitments/a1/index.html").find("Terms of reference were agreed.") != std::string::npos);
        CHECK(build().out.find("nothing changed") != std::string::npos);  // and then it is current again
    }
    SECTION("another build date") {
        CHECK(build({}, {{"SOURCE_DATE_EPOCH", "1800000000"}}).out.find("nothing changed") == std::string::npos);
    }
    SECTION("another --base-url") {
        CHECK(build({"--base-url", "https://other.example/"}).out.find("nothing changed") == std::string::npos);
    }
    SECTION("--clean") {
        CHECK(build({"--clean"}).out.find("nothing changed") == std::string::npos);
    }
    SECTION("a published file edited or removed by hand is put back") {
        write_file(out + "/index.html", "defaced");
        CHECK(build().out.find("nothing changed") == std::string::npos);
        CHECK(read_file(out + "/index.html") != "defaced");
        fs::remove(out + "/feed.xml");
        CHECK(build().out.find("nothing changed") == std::string::npos);
        CHECK(fs::exists(out + "/feed.xml"));
    }
    SECTION("a file added to the output is refused, as by any build") {
        write_file(out + "/notes.txt", "mine");
        const auto refused = build();
        CHECK(refused.status == 2);  // an unusable --output is a usage error
        CHECK(refused.err.find("notes.txt") != std::string::npos);
        CHECK(read_file(out + "/notes.txt") == "mine");
    }
    SECTION("a file added deep in the output is refused too: the no-op check sees its folder change") {
        write_file(out + "/commitments/a1/notes.txt", "mine");
        const auto refused = build();
        CHECK(refused.out.find("nothing changed") == std::string::npos);
        CHECK(refused.status == 2);
        CHECK(refused.err.find("notes.txt") != std::string::npos);
    }
    SECTION("a published file replaced by hand with the same bytes and date is still noticed (its folder changed)") {
        const std::string page = out + "/commitments/a1/index.html";
        const std::string bytes = read_file(page);
        const auto date = fs::last_write_time(page);
        fs::remove(page);
        write_file(page, bytes);
        fs::last_write_time(page, date);
        CHECK(build().out.find("nothing changed") == std::string::npos);
        CHECK(read_file(page) == bytes);
    }
}

// Inputs older than two seconds are judged by their size and dates alone, not read: an edit
// that keeps a file's size and puts its modification time back still changes its change time.
TEST_CASE("a rebuild judges old inputs by their dates, and an edit that keeps size and modification time is still seen",
          "[e2e][publish]") {
    TempDir dir;
    const std::string site = dir / "site", out = dir / "out";
    copy_tree(fixture("valid-minimal"), site);
    auto build = [&] { return run_scrutiny({"build", "--source", site, "--output", out}, kFixedDate); };
    auto wait_past_racy_window = [] { std::this_thread::sleep_for(std::chrono::milliseconds(2100)); };
    wait_past_racy_window();
    REQUIRE(build().status == 0);
    CHECK(build().out.find("nothing changed") != std::string::npos);  // dates alone: the same

    const std::string file = site + "/content/commitments/a1.md";
    const auto date = fs::last_write_time(file);
    replace_in(file, "Terms of reference were drafted.", "Terms of reference were DRAFTED.");  // same size
    fs::last_write_time(file, date);
    wait_past_racy_window();
    const auto edited = build();
    CHECK(edited.out.find("nothing changed") == std::string::npos);
    CHECK(read_file(out + "/commitments/a1/index.html").find("were DRAFTED.") != std::string::npos);
}
