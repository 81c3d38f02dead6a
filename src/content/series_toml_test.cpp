#include "content/series_toml.h"

#include <cmath>

#include <catch2/catch.hpp>

#include "content/parsers.h"

using namespace scrutiny;

namespace {
std::string messages(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.sorted()) s += format_diagnostic(x) + "\n";
    return s;
}
}  // namespace

TEST_CASE("writes series TOML that the metric parser reads back", "[import]") {
    ImportedSeries s;
    s.area = "west-mercia";
    s.start = {2017, 7};
    for (int i = 0; i < 14; ++i) s.values.push_back(i == 3 ? std::nan("") : 100 + i + 0.5);
    const std::string toml = "title = \"T\"\nunit = \"u\"\nvalue_type = \"count\"\nimprovement = \"neutral\"\n\n" +
                             series_toml({s}, {{"west-mercia", {"2018-01"}}});
    CHECK(toml.find("  # 2018-07\n") != std::string::npos);
    Diagnostics d;
    auto m = parse_metric(toml, "content/metrics/t.toml", d);
    INFO(messages(d) << toml);
    REQUIRE(m);
    REQUIRE(m->series.size() == 1);
    CHECK(m->series[0].start == Month{2017, 7});
    CHECK(m->series[0].values.size() == 14);
    CHECK(m->series[0].values[13] == 113.5);
    CHECK(std::isnan(m->series[0].values[3]));
    CHECK(m->series[0].rebase.at(0).month == Month{2018, 1});
}

TEST_CASE("replaces only the series tables, keeping comments and other keys", "[import]") {
    const std::string before =
        "# Violence with injury, from the monthly extract\n"
        "title = \"Violence\"  # shown as the heading\n"
        "commentary = \"\"\"\n"
        "[[series]] in a string is not a table\n"
        "\"\"\"\n"
        "\n"
        "[[series]]\n"
        "area = \"west-mercia\"\n"
        "start = \"2015-04\"\n"
        "values = [\n"
        "[1],\n"  // odd, but inside an array: not a header
        "]\n"
        "\n"
        "[[series]]\n"
        "area = \"shropshire\"\n"
        "values = [1, 2]\n"
        "[series.spc]\n"
        "shift_run = 6\n"
        "\n"
        "# Overrides for this measure\n"
        "[spc]\n"
        "trend_run = 6\n";
    const std::string after = replace_series_tables(before, "[[series]]\nNEW\n");
    CHECK(after ==
          "# Violence with injury, from the monthly extract\n"
          "title = \"Violence\"  # shown as the heading\n"
          "commentary = \"\"\"\n"
          "[[series]] in a string is not a table\n"
          "\"\"\"\n"
          "\n"
          "[[series]]\nNEW\n"
          "\n"
          "# Overrides for this measure\n"
          "[spc]\n"
          "trend_run = 6\n");
    CHECK(replace_series_tables("title = \"x\"\n", "[[series]]\nNEW\n") == "title = \"x\"\n\n[[series]]\nNEW\n");
    CHECK(replace_series_tables("title = \"x\"\n\n[[series]]\nold = 1\n", "[[series]]\nNEW\n") ==
          "title = \"x\"\n\n[[series]]\nNEW\n");
}
