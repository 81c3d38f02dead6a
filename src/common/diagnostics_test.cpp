#include "common/diagnostics.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("a file with a million problems shows the first hundred and counts the rest", "[common][hostile]") {
    Diagnostics diags;
    for (int i = 1; i <= 1000000; ++i) diags.error({"content/metrics/m.toml", i, 1}, "unknown key `k" + std::to_string(i) + "`");
    diags.error({"content/pages/a.md", 3, 1}, "another file's problem");
    diags.warning({"content/pages/b.md", 2, 1}, "a warning");
    CHECK(diags.error_count() == 1000001);
    CHECK(diags.warning_count() == 1);
    CHECK(diags.all().size() == 102);
    const auto shown = diags.sorted();
    REQUIRE(shown.size() == 103);
    CHECK(format_diagnostic(shown[0]) == "content/metrics/m.toml:1:1: error: unknown key `k1`");
    CHECK(format_diagnostic(shown[99]) == "content/metrics/m.toml:100:1: error: unknown key `k100`");
    CHECK(format_diagnostic(shown[100]) == "content/metrics/m.toml: note: ... and 999,900 more errors in this file "
                                           "(only the first 100 are shown); fix those and build again");
    CHECK(format_diagnostic(shown[101]) == "content/pages/a.md:3:1: error: another file's problem");
    CHECK(format_diagnostic(shown[102]) == "content/pages/b.md:2:1: warning: a warning");
}

TEST_CASE("problems gathered by parallel stages keep the per-file cap and every count", "[common]") {
    Diagnostics worker, all;
    for (int i = 0; i < 150; ++i) worker.error({"a.toml", i + 1, 1}, "bad");
    all.error({"a.toml", 500, 1}, "first");
    all.append(worker);
    CHECK(all.error_count() == 151);
    CHECK(all.all().size() == 100);
    const auto shown = all.sorted();
    CHECK(format_diagnostic(shown.back()).find("... and 51 more errors in this file") != std::string::npos);
}
