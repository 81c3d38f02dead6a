// End-to-end: input written carelessly or with hostile intent gets a located error or a safe
// result, never a crash, a hang, a lost file or a read outside the site.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "run_binary.h"

namespace fs = std::filesystem;
using namespace scrutiny::test;

namespace {
// The minimal site in `into`/site, ready to be spoiled.
std::string minimal_site(const TempDir& top) {
    copy_tree(fixture("valid-minimal"), top / "site");
    return top / "site";
}

const std::string kLinkOutside =
    "`, outside the site folder, and scrutiny follows links only within the site (or a theme folder linked to a "
    "shared theme); copy what it points to into the site";
}  // namespace

TEST_CASE("a SOURCE_DATE_EPOCH that is not a plausible time stamp stops the build", "[e2e][hostile]") {
    TempDir out;
    for (const std::string& value : {"garbage", "1700000000x", "-5", "1e9", "99999999999999999999", "253402300800"}) {
        INFO(value);
        const auto r = run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "p"},
                                    {{"SOURCE_DATE_EPOCH", value}});
        CHECK(r.status == 2);
        CHECK(r.err == "error: SOURCE_DATE_EPOCH `" + value +
                           "` is not a time stamp; set it to whole seconds since 1970-01-01 UTC (like the output of "
                           "`git log -1 --format=%ct`), or unset it to date the build today\n");
        CHECK_FALSE(fs::exists(out / "p"));
    }
    // The last second of year 9999 is still a date; an empty value means "not set".
    auto r = run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "p"},
                          {{"SOURCE_DATE_EPOCH", "253402300799"}});
    CHECK(r.status == 0);
    CHECK(read_file(out / "p/about/index.html").find("This site was built on 31 December 9999.") != std::string::npos);
    r = run_scrutiny({"build", "--source", fixture("valid-minimal"), "--output", out / "q"}, {{"SOURCE_DATE_EPOCH", ""}});
    CHECK(r.status == 0);
    r = run_scrutiny({"check", "--source", fixture("valid-minimal")}, {{"SOURCE_DATE_EPOCH", "soon"}});
    CHECK(r.status == 2);
    CHECK(r.err.rfind("error: SOURCE_DATE_EPOCH `soon` is not a time stamp", 0) == 0);
}

TEST_CASE("the feed and sitemap parse as XML whatever the text holds", "[e2e][hostile]") {
    REQUIRE(std::system("xmllint --version >/dev/null 2>&1") == 0);  // Debian's libxml2-utils (scripts/install-deps)
    TempDir site, out;
    copy_tree(fixture("valid-minimal"), site.path());
    std::string a1 = read_file(site / "content/commitments/a1.md");
    a1.replace(a1.find("Set up a Victims' Board"), 23, "Set up <b>&</b> ]]> \\u00A0 \\uFFFD \\U0001F600 \\u2028 board");
    a1.replace(a1.find("The Board met in December."), 26, "It met <script>alert(1)</script> & ]]> '\"");
    write_file(site / "content/commitments/a1.md", a1);
    const auto r = run_scrutiny({"build", "--source", site.path(), "--output", out / "p"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::string feed = read_file(out / "p/feed.xml");
    CHECK(feed.find("Set up &lt;b&gt;&amp;&lt;/b&gt; ]]&gt;") != std::string::npos);
    for (const char* file : {"feed.xml", "sitemap.xml"}) {
        INFO(file);
        CHECK(std::system(("xmllint --noout '" + out / "p/" + file + "'").c_str()) == 0);
    }
    CHECK(std::system(("xmllint --noout --html '" + out / "p/commitments/a1/index.html" + "' 2>/dev/null").c_str()) == 0);
}


TEST_CASE("a link in content/pages/ to a file outside the site is an error naming it, and nothing of it is read",
          "[e2e][hostile]") {
    TempDir top;
    const std::string site = minimal_site(top);
    write_file(top / "outside/secret.md", "+++\ntitle = \"Secret\"\n+++\nTOP SECRET text\n");
    fs::create_symlink(top / "outside/secret.md", site + "/content/pages/secret.md");
    const auto r = run_scrutiny({"build", "--source", site, "--output", top / "out"});
    CHECK(r.status == 1);
    CHECK(r.err == "content/pages/secret.md: error: this symbolic link points to `" + top / "outside/secret.md" +
                       kLinkOutside + "\n1 error; nothing was published\n");
    CHECK(r.err.find("TOP SECRET") == std::string::npos);
    CHECK_FALSE(fs::exists(top / "out"));
}

TEST_CASE("content/ as a link outside the site is an error, and as a link inside it builds", "[e2e][hostile]") {
    TempDir top;
    const std::string site = minimal_site(top);
    fs::rename(site + "/content", top / "elsewhere");
    fs::create_directory_symlink(top / "elsewhere", site + "/content");
    auto r = run_scrutiny({"check", "--source", site});
    CHECK(r.status == 1);
    CHECK(r.err.rfind("content: error: this symbolic link points to `" + top / "elsewhere" + kLinkOutside + "\n", 0) == 0);

    fs::remove(site + "/content");
    fs::rename(top / "elsewhere", site + "/sources");
    fs::create_directory_symlink("sources", site + "/content");  // relative, and inside the site
    r = run_scrutiny({"build", "--source", site, "--output", top / "out"});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(fs::exists(top / "out/commitments/a1/index.html"));
    CHECK(fs::exists(top / "out/about/index.html"));
}

TEST_CASE("a link that loops or dangles is named, never followed for ever", "[e2e][hostile]") {
    TempDir top;
    const std::string site = minimal_site(top);
    fs::create_directory_symlink("..", site + "/content/pages/loop");     // inside the site: listed once
    fs::create_symlink(top / "gone.md", site + "/content/pages/gone.md");  // nowhere
    const auto r = run_scrutiny({"build", "--source", site, "--output", top / "out"});
    CHECK(r.status == 1);
    CHECK(r.err.find("content/pages/gone.md: error: this symbolic link points to `" + top / "gone.md" +
                     "`, which does not exist; fix the link or remove it\n") != std::string::npos);
}

TEST_CASE("a theme whose extends climbs out of themes/ is not read, and a theme folder may link to a shared theme",
          "[e2e][hostile]") {
    TempDir top;
    const std::string site = minimal_site(top);
    std::string config = read_file(site + "/site_config.toml");
    config.insert(config.find("\n[[objectives]]"), "\ntheme = \"mine\"\n");
    write_file(site + "/site_config.toml", config);
    write_file(site + "/themes/mine/theme.toml", "extends = \"../../../outside\"\n");
    write_file(top / "outside/templates/home.mustache", "STOLEN");
    auto r = run_scrutiny({"build", "--source", site, "--output", top / "out"});
    CHECK(r.status == 1);
    CHECK(r.err == "themes/mine/theme.toml:1:11: error: theme `../../../outside` not found: there is no folder "
                   "themes/../../../outside; create it, or use theme = \"default\"\n1 error; nothing was published\n");

    // A shared theme kept outside the site, linked in as themes/mine.
    fs::remove_all(site + "/themes/mine");
    write_file(top / "shared/templates/page.mustache", "<p>shared theme</p>");
    fs::create_directory_symlink(top / "shared", site + "/themes/mine");
    r = run_scrutiny({"build", "--source", site, "--output", top / "out"});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(read_file(top / "out/about/index.html").find("<p>shared theme</p>") != std::string::npos);
}

TEST_CASE("a metric with 20,000 unknown keys prints a hundred errors and a count of the rest", "[e2e][hostile]") {
    TempDir top;
    const std::string site = minimal_site(top);
    std::string metric = read_file(site + "/content/metrics/burglary.toml");
    std::string keys;
    for (int i = 0; i < 20000; ++i) keys += "k" + std::to_string(i) + " = 1\n";
    metric.insert(0, keys);
    write_file(site + "/content/metrics/burglary.toml", metric);
    const auto r = run_scrutiny({"check", "--source", site});
    CHECK(r.status == 1);
    CHECK(r.err.rfind("content/metrics/burglary.toml:1:1: error: unknown key `k0`", 0) == 0);
    CHECK(r.err.find("content/metrics/burglary.toml: note: ... and 19,900 more errors in this file (only the first "
                     "100 are shown); fix those and build again\n") != std::string::npos);
    size_t lines = 0;
    for (char c : r.err) lines += c == '\n';
    CHECK(lines < 110);
}

TEST_CASE("a TOML line of forty thousand dotted key parts is a located error, not a stack overflow", "[e2e][hostile]") {
    TempDir top;
    const std::string site = minimal_site(top);
    std::string key = "a";
    for (int i = 0; i < 40000; ++i) key += ".a";
    write_file(site + "/content/pages/deep.md", "+++\ntitle = \"Deep\"\n" + key + " = 1\n+++\nText.\n");
    const auto r = run_scrutiny({"build", "--source", site, "--output", top / "out"});
    CHECK(r.status == 1);
    CHECK(r.err == "content/pages/deep.md:3:64: error: this key has more than 32 dotted parts; use fewer, or a [table] "
                   "header for the common part\n1 error; nothing was published\n");
}

TEST_CASE("a figure too large to add up in a CSV beside a metric is a located error", "[e2e][hostile]") {
    TempDir top;
    const std::string site = minimal_site(top);
    std::string metric = read_file(site + "/content/metrics/burglary.toml");
    write_file(site + "/content/metrics/burglary.toml", metric.substr(0, metric.find("[[series]]")));
    write_file(site + "/content/metrics/burglary.csv",
               "period,area,value\n2018-04,county,40\n2018-05,county,123456789012345678901\n");
    const auto r = run_scrutiny({"build", "--source", site, "--output", top / "out"});
    CHECK(r.status == 1);
    CHECK(r.err == "content/metrics/burglary.csv:3:16: error: `123456789012345678901` is too large to add up and draw; "
                   "figures must lie between -1,000,000,000,000,000 and 1,000,000,000,000,000\n1 error; nothing was published\n");
}

TEST_CASE("scrutiny new with a very long name is a usage error, and writes nothing", "[e2e][hostile]") {
    TempDir top;
    const std::string site = minimal_site(top);
    const auto before = snapshot(site);
    const auto r = run_scrutiny({"new", "page", std::string(5000, 'x'), "--source", site});
    CHECK(r.status == 2);
    CHECK(r.err == "error: the id `xxxxxxxxxxxxxxxxxxxx...` is 5000 characters long; use at most 100, like "
                   "violence-with-injury\n");
    CHECK(snapshot(site) == before);
}

TEST_CASE("a site file over 10 MB is refused before it is read, naming its size", "[e2e][hostile]") {
    TempDir top, out;
    const std::string site = minimal_site(top);
    // Valid Markdown all through, so only its size can be the problem.
    write_file(fs::path(site) / "content/commitments/huge.md", std::string(10'000'001, 'a'));
    const auto r = run_scrutiny({"build", "--source", site, "--output", out / "p"});
    CHECK(r.status != 0);
    CHECK(r.err.find("content/commitments/huge.md: error: this file is 10 MB, and scrutiny reads site files of up to 10 MB; "
                     "split it into smaller files") != std::string::npos);
    CHECK_FALSE(fs::exists(out / "p"));
}
