// End-to-end: input written carelessly or with hostile intent gets a located error or a safe
// result, never a crash, a hang, a lost file or a read outside the site.
#include <catch2/catch.hpp>

#include <filesystem>

#include "run_binary.h"

namespace fs = std::filesystem;
using namespace scrutiny::test;

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
