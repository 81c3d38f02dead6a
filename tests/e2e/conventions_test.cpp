// End-to-end: what every command has in common. Exit status 0 when it did its work, 1 when the
// content (a site, a spreadsheet, a series) has errors, 2 when the command line is wrong; and
// problems printed the one way, with the severity word coloured only on a terminal.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "run_binary.h"

namespace fs = std::filesystem;
using namespace scrutiny::test;

namespace {
struct Case {
    std::vector<std::string> args;
    int status;
};

void expect_statuses(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
        std::string line;
        for (const auto& a : c.args) line += a + " ";
        INFO(line);
        const auto r = run_scrutiny(c.args);
        INFO(r.err);
        CHECK(r.status == c.status);
        // Every problem line reads "where: error: ..." or "error: ...", never a library's own words.
        if (c.status != 0) CHECK(r.err.find("error: ") != std::string::npos);
    }
}

// Runs `scrutiny <args>` with a terminal for its streams (util-linux `script`), returning what
// the terminal showed.
std::string on_terminal(const std::string& args, const std::string& env) {
    TempDir tmp;
    const std::string inner = env + " " + SCRUTINY_BINARY + " " + args;
    const std::string command = "script -qec \"" + inner + "\" /dev/null >" + tmp / "tty" + " 2>&1 </dev/null";
    std::system(command.c_str());
    return read_file(tmp / "tty");
}
}  // namespace

TEST_CASE("every command exits 0 when done, 1 for content errors and 2 for usage errors", "[e2e][conventions]") {
    TempDir dir;
    copy_tree(fixture("workflow-site"), dir / "site");
    copy_tree(fixture("valid-minimal"), dir / "broken");
    write_file(dir / "broken/content/commitments/a1.md", "+++\ntitle = Cut burglary\n+++\n");
    write_file(dir / "bad-config/site_config.toml", "title = Northshire\n");
    write_file(dir / "notes/keep.txt", "keep");
    write_file(dir / "series.csv", "period,value\n2017-01,10\n2017-02,12\n2017-03,11\n");
    write_file(dir / "bad-series.csv", "period,value\n2017-01,10\n2017-02,x\n");
    const std::string site = dir / "site", broken = dir / "broken";
    const std::string good_csv = fixture("import/long-excel.csv"), bad_csv = fixture("import/bad-rows.csv");

    expect_statuses({
        {{"--version"}, 0},
        {{}, 2},
        {{"publish"}, 2},
        {{"init", dir / "new-site"}, 0},
        {{"init", dir / "notes"}, 2},
        {{"init"}, 2},
        {{"build", "--source", site, "--output", dir / "out"}, 0},
        {{"build", "--source", broken, "--output", dir / "out2"}, 1},
        {{"build", "--source", dir / "missing"}, 2},
        {{"build", "--source", site, "--base-url", "not an address"}, 2},
        {{"check", "--source", site}, 0},
        {{"check", "--source", broken}, 1},
        {{"check", "--source", site, "--as-of", "31/01/2026"}, 2},
        {{"check", "--source", dir.path()}, 2},
        {{"new", "page", "contact", "--source", site}, 0},
        {{"new", "page", "contact", "--source", site}, 2},  // exists: never overwritten
        {{"new", "page", "contact", "--source", dir / "bad-config"}, 1},
        {{"new", "poem", "contact", "--source", site}, 2},
        {{"import", good_csv, "--metric", "calls", "--source", site}, 0},
        {{"import", bad_csv, "--metric", "calls-2", "--source", site}, 1},
        {{"import", dir / "missing.csv", "--metric", "calls-3", "--source", site}, 2},
        {{"import", good_csv, "--metric", "Calls Handled", "--source", site}, 2},
        {{"spc", dir / "series.csv"}, 0},
        {{"spc", dir / "bad-series.csv"}, 1},
        {{"spc", dir / "missing.csv"}, 2},
        {{"spc", dir / "series.csv", "--unit", ""}, 2},
        {{"spc", dir / "series.csv", "--improvement", "up"}, 2},
        {{"serve", "--source", site, "--port", "70000"}, 2},
        {{"serve", "--source", dir / "missing"}, 2},
    });
}

TEST_CASE("the severity word is coloured on a terminal, and not with NO_COLOR or when piped", "[e2e][conventions]") {
    TempDir dir;
    const std::string args = "build --source " + dir / "missing";
    const std::string expected = "error: source folder `" + dir / "missing" + "` does not exist; pass --source DIR with a site folder";

    const std::string coloured = on_terminal(args, "env -u NO_COLOR");
    CHECK(coloured.find("\x1b[1;31merror:\x1b[0m source folder `") != std::string::npos);
    CHECK(on_terminal(args, "env NO_COLOR=1") == expected + "\r\n");
    CHECK(on_terminal(args, "env NO_COLOR=") == coloured);  // empty is unset (no-color.org)
    CHECK(run_scrutiny({"build", "--source", dir / "missing"}).err == expected + "\n");

    // A usage error CLI11 finds goes through the same printer.
    CHECK(on_terminal("build --no-such-option", "env -u NO_COLOR").find("\x1b[1;31merror:\x1b[0m The following argument") !=
          std::string::npos);
    // Content errors too, warnings in their own colour.
    copy_tree(fixture("valid-minimal"), dir / "site");
    write_file(dir / "site/content/commitments/a1.md", "+++\ntitle = Cut burglary\n+++\n");
    CHECK(on_terminal("check --source " + dir / "site", "env -u NO_COLOR")
              .find("content/commitments/a1.md:2:9: \x1b[1;31merror:\x1b[0m text needs double quotes") != std::string::npos);
}
