// The comms-team workflow end to end: the built binary run on copies of
// tests/fixtures/workflow-site with the exports in tests/fixtures/import.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cli/http.h"
#include "run_binary.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const fs::path kFixtures = fs::path(SCRUTINY_SOURCE_DIR) / "tests" / "fixtures";

std::string read_file(const fs::path& p) { return scrutiny::test::read_file(p.string()); }
void write_file(const fs::path& p, const std::string& text) { scrutiny::test::write_file(p.string(), text); }

std::string replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// A fresh copy of a fixture site in a temporary folder, removed afterwards.
struct TempSite {
    fs::path root;
    explicit TempSite(const std::string& fixture = "workflow-site") {
        std::string pattern = (fs::temp_directory_path() / "scrutiny-workflow-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        root = fs::path(pattern) / "site";
        fs::copy(kFixtures / fixture, root, fs::copy_options::recursive);
    }
    ~TempSite() {
        std::error_code ec;
        fs::remove_all(root.parent_path(), ec);
    }
    fs::path operator/(const std::string& p) const { return root / p; }
};

struct Run {
    int status = -1;
    std::string out, err;
};

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs the binary with a time limit, so a hung command fails the test instead of hanging it.
Run run(const std::vector<std::string>& args) {
    std::string pattern = (fs::temp_directory_path() / "scrutiny-run-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    const fs::path dir(pattern);
    std::string cmd = "NO_COLOR=1 timeout 120 " + quote(SCRUTINY_BINARY);
    for (const auto& a : args) cmd += " " + quote(a);
    cmd += " >" + quote((dir / "out").string()) + " 2>" + quote((dir / "err").string()) + " </dev/null";
    const int raw = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = read_file(dir / "out");
    r.err = read_file(dir / "err");
    fs::remove_all(dir);
    return r;
}

Run build(const TempSite& site, const fs::path& output) {
    return run({"build", "--source", site.root.string(), "--output", output.string()});
}

nlohmann::json chart_json(const fs::path& output, const std::string& metric) {
    return nlohmann::json::parse(read_file(output / "data" / "metrics" / (metric + ".json")));
}

const nlohmann::json& area(const nlohmann::json& chart, const std::string& id) {
    for (const auto& a : chart.at("areas"))
        if (a.at("area") == id) return a;
    FAIL("no area " << id << " in the chart JSON");
    throw std::logic_error("unreachable");
}

// `scrutiny serve` in a child process on a free loopback port; stopped with SIGINT.
class Server {
public:
    explicit Server(const fs::path& source) {
        std::string pattern = (fs::temp_directory_path() / "scrutiny-serve-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        log_dir_ = pattern;
        pid_ = fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            const std::string out = (log_dir_ / "out").string(), err = (log_dir_ / "err").string();
            if (!freopen(out.c_str(), "w", stdout) || !freopen(err.c_str(), "w", stderr)) _exit(127);
            setenv("NO_COLOR", "1", 1);
            execl(SCRUTINY_BINARY, SCRUTINY_BINARY, "serve", "--source", source.c_str(), "--port", "0", "--quiet",
                  static_cast<char*>(nullptr));
            _exit(127);
        }
        const std::regex url(R"(serving http://127\.0\.0\.1:(\d+)/)");
        const auto deadline = std::chrono::steady_clock::now() + 30s;
        std::smatch m;
        while (std::chrono::steady_clock::now() < deadline) {
            const std::string out = read_file(log_dir_ / "out");
            if (std::regex_search(out, m, url)) {
                port_ = std::stoi(m[1]);
                break;
            }
            std::this_thread::sleep_for(20ms);
        }
        INFO(read_file(log_dir_ / "err"));
        REQUIRE(port_ > 0);
    }
    ~Server() { stop(); }

    // Stops with Ctrl-C's signal; the exit status, or -1 when it did not stop within 10 s.
    int stop() {
        if (pid_ <= 0) return exit_status_;
        kill(pid_, SIGINT);
        const auto deadline = std::chrono::steady_clock::now() + 10s;
        int raw = 0;
        while (std::chrono::steady_clock::now() < deadline) {
            if (waitpid(pid_, &raw, WNOHANG) == pid_) {
                exit_status_ = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
                pid_ = 0;
                return exit_status_;
            }
            std::this_thread::sleep_for(20ms);
        }
        kill(pid_, SIGKILL);
        waitpid(pid_, &raw, 0);
        pid_ = 0;
        return -1;
    }

    httplib::Result get(const std::string& path) {
        httplib::Client client("127.0.0.1", port_);
        client.set_connection_timeout(5);
        client.set_read_timeout(5);
        return client.Get(path.c_str());
    }

    // Fetches `path` until `ok(body)` holds, for at most `limit`; the last body.
    std::string wait_for(const std::string& path, const std::function<bool(const std::string&)>& ok,
                         std::chrono::milliseconds limit = 10s) {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        std::string body;
        do {
            if (auto r = get(path)) {
                body = r->body;
                if (ok(body)) return body;
            }
            std::this_thread::sleep_for(20ms);
        } while (std::chrono::steady_clock::now() < deadline);
        return body;
    }

    std::string out() const { return read_file(log_dir_ / "out"); }
    std::string err() const { return read_file(log_dir_ / "err"); }
    int port() const { return port_; }

private:
    fs::path log_dir_;
    pid_t pid_ = 0;
    int port_ = 0;
    int exit_status_ = -1;
};

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("serve shows an edit, keeps the last good page with an error panel, and clears it when fixed", "[e2e][serve]") {
    TempSite site;
    Server server(site.root);
    const fs::path about = site / "content/pages/about.md";
    const std::string original = read_file(about);

    auto first = server.get("/about/");
    REQUIRE(first);
    CHECK(first->status == 200);
    CHECK(contains(first->body, "WORKFLOW-MARKER-ORIGINAL"));
    CHECK(contains(first->body, "<script src=\"/__scrutiny/reload.js\""));
    CHECK_FALSE(contains(first->body, "role=\"alert\""));

    write_file(about, replace(original, "WORKFLOW-MARKER-ORIGINAL", "WORKFLOW-MARKER-EDITED"));
    auto edited = server.wait_for("/about/", [](const std::string& b) { return contains(b, "WORKFLOW-MARKER-EDITED"); });
    CHECK(contains(edited, "WORKFLOW-MARKER-EDITED"));

    // An unknown key on line 3 breaks the build: the last good page stays, with the panel.
    write_file(about, replace(read_file(about), "weight = 1\n", "weight = 1\ncolour = \"red\"\n"));
    auto broken = server.wait_for("/about/", [](const std::string& b) { return contains(b, "role=\"alert\""); });
    INFO(broken);
    CHECK(contains(broken, "role=\"alert\""));
    CHECK(contains(broken, "WORKFLOW-MARKER-EDITED"));
    CHECK(contains(broken, "content/pages/about.md:4:"));
    CHECK(contains(broken, "<link rel=\"stylesheet\" href=\"/__scrutiny/serve.css\">"));
    CHECK(contains(server.err(), "content/pages/about.md:4:"));

    write_file(about, replace(original, "WORKFLOW-MARKER-ORIGINAL", "WORKFLOW-MARKER-FIXED"));
    auto fixed = server.wait_for("/about/", [](const std::string& b) { return contains(b, "WORKFLOW-MARKER-FIXED"); });
    CHECK(contains(fixed, "WORKFLOW-MARKER-FIXED"));
    CHECK_FALSE(contains(fixed, "role=\"alert\""));

    CHECK(server.stop() == 0);
    CHECK_FALSE(fs::exists(site / "public"));  // serving writes nothing
}

TEST_CASE("serve tells open pages to reload and serves only the built site", "[e2e][serve]") {
    TempSite site;
    Server server(site.root);

    auto js = server.get("/__scrutiny/reload.js");
    REQUIRE(js);
    CHECK(js->status == 200);
    CHECK(contains(js->get_header_value("Content-Type"), "javascript"));
    CHECK(contains(js->body, "EventSource(\"/__scrutiny/events"));
    auto css = server.get("/__scrutiny/serve.css");
    REQUIRE(css);
    CHECK(css->status == 200);

    // A page that saw generation 0 is behind: the event stream says "reload" at once.
    httplib::Client client("127.0.0.1", server.port());
    client.set_read_timeout(5);
    std::string events;
    client.Get("/__scrutiny/events?since=0", [&](const char* data, size_t n) {
        events.append(data, n);
        return !contains(events, "\n\n");  // one event is enough
    });
    CHECK(contains(events, "event: reload"));

    for (const char* path : {"/../site_config.toml", "/%2e%2e/site_config.toml", "/assets/%2E%2E/%2E%2E/site_config.toml",
                             "/..%2fsite_config.toml"}) {
        INFO(path);
        auto r = server.get(path);
        REQUIRE(r);
        CHECK(r->status != 200);
        CHECK_FALSE(contains(r->body, "organisation ="));
    }
    auto missing = server.get("/no-such-page/");
    REQUIRE(missing);
    CHECK(missing->status == 404);
    auto folder = server.get("/about");
    REQUIRE(folder);
    CHECK(folder->status == 301);
    CHECK(folder->get_header_value("Location") == "/about/");
    // "//about" must not redirect to "//about/", which a browser reads as another host.
    auto with_query = server.get("/about?from=feed");
    REQUIRE(with_query);
    CHECK(with_query->get_header_value("Location") == "/about/?from=feed");
    auto doubled = server.get("//about");
    REQUIRE(doubled);
    CHECK(doubled->status == 301);
    CHECK(doubled->get_header_value("Location") == "/about/");

    auto json = server.get("/data/metrics/victim-satisfaction.json");
    REQUIRE(json);
    CHECK(json->status == 200);
    CHECK_FALSE(contains(json->body, "__scrutiny"));  // only HTML pages get the snippet
    CHECK(server.stop() == 0);
}

TEST_CASE("build output never carries the reload snippet", "[e2e][serve]") {
    TempSite site;
    const fs::path out = site.root.parent_path() / "out";
    auto r = build(site, out);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(contains(r.out, "built "));
    CHECK_FALSE(contains(read_file(out / "about/index.html"), "__scrutiny"));
    CHECK_FALSE(contains(read_file(out / "index.html"), "__scrutiny"));
}

TEST_CASE("check reports warnings, fails on them with --strict, and writes nothing", "[e2e][check]") {
    TempSite site;
    auto r = run({"check", "--source", site.root.string(), "--as-of", "2023-11-15"});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(contains(r.err, "content/commitments/b1.md:2:7: warning: commitment B1 has no update for Q1 2023/24 (April to June 2023) or Q2 2023/24 (July to September 2023); the latest is for Q4 2022/23 (January to March 2023)"));
    CHECK_FALSE(contains(r.err, "commitment A1"));
    CHECK(contains(r.err, "warning: meeting `estates-board` (Estates Board) is not named"));
    CHECK_FALSE(contains(r.err, "measure victim-satisfaction"));  // latest month 2023-08: three months old
    CHECK(contains(r.out, "0 errors, 2 warnings; nothing was written"));
    CHECK_FALSE(fs::exists(site / "public"));

    auto later = run({"check", "--source", site.root.string(), "--as-of", "2024-01-10"});
    CHECK(contains(later.err, "content/metrics/victim-satisfaction.toml:1:1: warning: measure victim-satisfaction has no figure after 2023-08, 5 months ago"));

    auto strict = run({"check", "--source", site.root.string(), "--as-of", "2023-11-15", "--strict"});
    CHECK(strict.status == 1);
    CHECK(contains(strict.err, "(--strict makes warnings fail)"));
}

TEST_CASE("check reports every error at once", "[e2e][check]") {
    TempSite site;
    write_file(site / "content/commitments/a1.md",
               replace(read_file(site / "content/commitments/a1.md"), "objective = \"victims\"", "objective = \"victim\""));
    write_file(site / "content/metrics/victim-satisfaction.toml",
               replace(read_file(site / "content/metrics/victim-satisfaction.toml"), "value_type = \"percent\"",
                       "value_type = \"percentage\""));
    auto r = run({"check", "--source", site.root.string(), "--as-of", "2023-11-15"});
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK(contains(r.err, "content/metrics/victim-satisfaction.toml:5:14: error:"));
    CHECK(contains(r.err, "content/commitments/a1.md:"));
    CHECK(contains(r.err, "did you mean `victims`?"));
    CHECK(contains(r.err, "2 errors"));
    CHECK_FALSE(fs::exists(site / "public"));
}

TEST_CASE("new writes a starter of each kind that builds, and never overwrites", "[e2e][new]") {
    TempSite site;
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"commitment", "C7"}, "content/commitments/c7.md"},
        {{"metric", "violence-with-injury"}, "content/metrics/violence-with-injury.toml"},
        {{"meeting", "2024-07-28-visibility"}, "content/meetings/2024-07-28-visibility.md"},
        {{"page", "accessibility"}, "content/pages/accessibility.md"}};
    for (const auto& [args, path] : cases) {
        std::vector<std::string> cmd = {"new"};
        cmd.insert(cmd.end(), args.begin(), args.end());
        cmd.insert(cmd.end(), {"--source", site.root.string()});
        auto r = run(cmd);
        INFO(r.err);
        CHECK(r.status == 0);
        CHECK(contains(r.out, "created " + path));
        CHECK(fs::exists(site / path));
    }
    const fs::path out = site.root.parent_path() / "out";
    auto b = build(site, out);
    INFO(b.err);
    CHECK(b.status == 0);
    CHECK(fs::exists(out / "commitments/c7/index.html"));
    CHECK(fs::exists(out / "measures/violence-with-injury/index.html"));
    CHECK(fs::exists(out / "accessibility/index.html"));

    write_file(site / "content/pages/accessibility.md", "+++\ntitle = \"Mine\"\n+++\nMy own words.\n");
    auto again = run({"new", "page", "accessibility", "--source", site.root.string()});
    CHECK(again.status == 2);  // a usage error: choose another id
    CHECK(contains(again.err, "content/pages/accessibility.md: error: this file already exists"));
    CHECK(read_file(site / "content/pages/accessibility.md") == "+++\ntitle = \"Mine\"\n+++\nMy own words.\n");
    auto reserved = run({"new", "page", "search", "--source", site.root.string()});
    CHECK(reserved.status == 2);
    CHECK(contains(reserved.err, "a page cannot be called `search`: the site uses /search/ itself; choose another id"));
    write_file(site / "content/pages/Notes.md", "+++\ntitle = \"Notes\"\n+++\nMine.\n");
    auto same_address = run({"new", "page", "notes", "--source", site.root.string()});
    CHECK(same_address.status == 2);
    CHECK(contains(same_address.err, "content/pages/Notes.md: error: this file already has the web address that `notes` would get"));
    CHECK_FALSE(fs::exists(site / "content/pages/notes.md"));
    auto bad_id = run({"new", "page", "Annual Report", "--source", site.root.string()});
    CHECK(bad_id.status == 2);
    CHECK(contains(bad_id.err, "is not a valid id"));
    CHECK(contains(bad_id.err, "1 error; nothing was written"));
}

TEST_CASE("import reads a long Excel export into a new metric", "[e2e][import]") {
    TempSite site;
    auto r = run({"import", (kFixtures / "import/long-excel.csv").string(), "--metric", "violence-with-injury", "--source",
                  site.root.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(contains(r.out, "created content/metrics/violence-with-injury.toml: 2 areas, 28 months"));
    const std::string toml = read_file(site / "content/metrics/violence-with-injury.toml");
    CHECK(contains(toml, "title = \"Violence with injury\""));

    const fs::path out = site.root.parent_path() / "out";
    auto b = build(site, out);
    INFO(b.err);
    REQUIRE(b.status == 0);
    const auto chart = chart_json(out, "violence-with-injury");
    const auto& wm = area(chart, "west-mercia");
    REQUIRE(wm.at("points").size() == 14);
    CHECK(wm.at("points")[0].at("period") == "2017-07");
    CHECK(wm.at("points")[0].at("value") == 2762);    // "2,762" quoted, with a thousands separator
    CHECK(wm.at("points")[5].at("value").is_null());   // the blank cell: a missing month
    CHECK(wm.at("points")[13].at("value") == 3050);
    const auto& sh = area(chart, "shropshire");
    CHECK(sh.at("points")[0].at("value") == 600);
    CHECK(sh.at("points")[13].at("period") == "2018-08");
    CHECK(sh.at("points")[13].at("value") == 639);
}

TEST_CASE("import replaces only the series of an existing metric, from a wide export of percentages", "[e2e][import]") {
    TempSite site;
    const fs::path file = site / "content/metrics/victim-satisfaction.toml";
    const std::string before = read_file(file);
    auto r = run({"import", (kFixtures / "import/wide-excel.csv").string(), "--metric", "victim-satisfaction", "--source",
                  site.root.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(contains(r.out, "replaced the series of content/metrics/victim-satisfaction.toml: 3 areas"));
    const std::string after = read_file(file);
    // Everything above the series is byte for byte what it was.
    CHECK(after.substr(0, before.find("[[series]]")) == before.substr(0, before.find("[[series]]")));
    CHECK_FALSE(contains(after, "81.2, 80.5"));

    const fs::path out = site.root.parent_path() / "out";
    auto b = build(site, out);
    INFO(b.err);
    REQUIRE(b.status == 0);
    const auto chart = chart_json(out, "victim-satisfaction");
    const auto& wm = area(chart, "west-mercia");
    REQUIRE(wm.at("points").size() == 14);
    CHECK(wm.at("points")[0].at("period") == "2017-07");   // "Jul-17"
    CHECK(wm.at("points")[0].at("value") == Approx(80.0));  // "80.0%"
    CHECK(wm.at("points")[13].at("value") == Approx(81.3));
    const auto& sh = area(chart, "shropshire");
    CHECK(sh.at("points")[3].at("value").is_null());  // blank cells
    CHECK(sh.at("points")[4].at("value").is_null());
    CHECK(sh.at("points")[5].at("value") == Approx(75.0));
    const auto& tw = area(chart, "telford-wrekin");   // headed "Telford & Wrekin"; blank until September
    CHECK(tw.at("points")[0].at("period") == "2017-09");
    CHECK(tw.at("points")[0].at("value") == Approx(61.0));
}

TEST_CASE("import reads day/month/year and month-name dates with area ids as headings", "[e2e][import]") {
    TempSite site;
    auto r = run({"import", (kFixtures / "import/wide-dates.csv").string(), "--metric", "calls", "--source", site.root.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const fs::path out = site.root.parent_path() / "out";
    auto b = build(site, out);
    INFO(b.err);
    REQUIRE(b.status == 0);
    const auto chart = chart_json(out, "calls");
    const auto& wm = area(chart, "west-mercia");
    REQUIRE(wm.at("points").size() == 14);
    CHECK(wm.at("points")[0].at("period") == "2017-07");  // "01/07/2017"
    CHECK(wm.at("points")[1].at("period") == "2017-08");  // "August 2017"
    CHECK(wm.at("points")[1].at("value") == 1250);        // "1,250"
    CHECK(area(chart, "telford-wrekin").at("points")[13].at("value") == 53);
}

TEST_CASE("import reads an office's export as it comes: a Force column, a Total row, source and notes", "[e2e][import]") {
    TempSite site;
    const std::string csv = (kFixtures / "import/office-export.csv").string();
    auto r = run({"import", csv, "--metric", "crimes-recorded", "--source", site.root.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "created content/metrics/crimes-recorded.toml: 3 areas, 36 months; edit its title, unit and improvement\n");
    CHECK(r.err ==
          csv + ":1:35: note: column `Force` is read as West Mercia, the whole-force area (the area with total = true in "
                "site_config.toml)\n" +
          csv + ":14:1: note: skipped this row: `Total` adds up the rows above, and is not a month\n" +
          csv + ":15:1: note: skipped 3 blank rows at the end\n" +
          csv + ":16:1: note: skipped `Source: force crime recording system...`, a note below the figures\n" +
          csv + ":17:1: note: skipped `Notes:` and the 2 lines of notes below it\n");

    const fs::path out = site.root.parent_path() / "out";
    auto b = build(site, out);
    INFO(b.err);
    REQUIRE(b.status == 0);
    const auto chart = chart_json(out, "crimes-recorded");
    const auto& wm = area(chart, "west-mercia");
    REQUIRE(wm.at("points").size() == 12);  // the Total row is not a thirteenth month
    CHECK(wm.at("points")[0].at("period") == "2022-04");
    CHECK(wm.at("points")[0].at("value") == 5230);
    CHECK(wm.at("points")[11].at("value") == 5102);
    CHECK(area(chart, "telford-wrekin").at("points")[11].at("value") == 770);
}

TEST_CASE("import reports one unknown area on many rows once, with the count", "[e2e][import]") {
    TempSite site;
    std::string text = "period,area,value\n";
    for (int month = 1; month <= 12; ++month)
        for (const char* area : {"West Mercia", "Herefordshire"})
            text += "2022-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "," + area + ",10\n";
    const std::string csv = (site.root.parent_path() / "by-area.csv").string();
    write_file(csv, text);
    auto r = run({"import", csv, "--metric", "by-area", "--source", site.root.string()});
    CHECK(r.status == 1);
    CHECK(r.err == csv + ":3:9: error: unknown area `Herefordshire`; use one of `West Mercia`, `Shropshire`, "
                         "`Telford & Wrekin` (areas are listed in site_config.toml) ... and 11 more "
                         "rows with this area, the last on line 25\n1 error; nothing was written\n");
    CHECK_FALSE(fs::exists(site / "content/metrics/by-area.toml"));
}

TEST_CASE("import names the file, line and cell of every unreadable row, and writes nothing", "[e2e][import]") {
    TempSite site;
    const std::string csv = (kFixtures / "import/bad-rows.csv").string();
    auto r = run({"import", csv, "--metric", "broken", "--source", site.root.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, csv + ":3:1: error: cannot read `July` as a month"));
    CHECK(contains(r.err, csv + ":4:9: error: unknown area `Westmercia`; did you mean `West Mercia`?"));
    CHECK(contains(r.err, csv + ":5:21: error: cannot read `12abc` as a number"));
    CHECK(contains(r.err, "nothing was written"));
    CHECK_FALSE(fs::exists(site / "content/metrics/broken.toml"));
}

TEST_CASE("a CSV beside a metric feeds its series, with errors located in the CSV", "[e2e][import]") {
    TempSite site;
    write_file(site / "content/metrics/burglary.toml",
               "title = \"Burglary\"\nunit = \"offences\"\nvalue_type = \"count\"\nimprovement = \"decrease\"\n");
    fs::copy_file(kFixtures / "import/long-excel.csv", site / "content/metrics/burglary.csv");
    const fs::path out = site.root.parent_path() / "out";
    auto b = build(site, out);
    INFO(b.err);
    REQUIRE(b.status == 0);
    CHECK(area(chart_json(out, "burglary"), "west-mercia").at("points")[0].at("value") == 2762);

    fs::copy_file(kFixtures / "import/bad-rows.csv", site / "content/metrics/burglary.csv", fs::copy_options::overwrite_existing);
    auto bad = build(site, site.root.parent_path() / "out2");
    CHECK(bad.status == 1);
    CHECK(contains(bad.err, "content/metrics/burglary.csv:3:1: error: cannot read `July` as a month"));
}

TEST_CASE("forty open live-reload connections and a stalled client do not stall a page request", "[e2e][serve][hostile]") {
    TempSite site;
    Server server(site.root);
    const auto open_socket = [&] {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<uint16_t>(server.port()));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        return fd;
    };
    std::vector<int> sockets;
    for (int i = 0; i < 40; ++i) {
        sockets.push_back(open_socket());
        const std::string request = "GET /__scrutiny/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        REQUIRE(send(sockets.back(), request.data(), request.size(), 0) == static_cast<ssize_t>(request.size()));
    }
    sockets.push_back(open_socket());  // a client that sends half a request and stalls
    REQUIRE(send(sockets.back(), "GET /about/ HT", 14, 0) == 14);
    std::this_thread::sleep_for(300ms);

    auto page = server.get("/about/");  // gives up after 5 s
    REQUIRE(page);
    CHECK(page->status == 200);
    // The connections beyond the cap were told why, in plain words.
    char reply[512] = {};
    timeval wait{5, 0};
    setsockopt(sockets[39], SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    const ssize_t got = recv(sockets[39], reply, sizeof reply - 1, 0);
    REQUIRE(got > 0);
    CHECK(contains(reply, "HTTP/1.1 503"));
    CHECK(contains(reply, "16 pages already hold live-reload connections; close some tabs"));
    for (int fd : sockets) close(fd);
    CHECK(server.stop() == 0);
}
