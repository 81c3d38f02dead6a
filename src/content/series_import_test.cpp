#include "content/series_import.h"

#include <cmath>

#include <catch2/catch.hpp>

#include "content/parsers.h"

using namespace scrutiny;

namespace {
std::vector<Area> areas() {
    Area wm{"west-mercia", "West Mercia", true, {}, {}};
    Area sh{"shropshire", "Shropshire", false, {}, {}};
    Area tw{"telford-wrekin", "Telford & Wrekin", false, {}, {}};
    return {wm, sh, tw};
}

std::string messages(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.sorted()) s += format_diagnostic(x) + "\n";
    return s;
}
}  // namespace

TEST_CASE("reads every month spelling Excel writes", "[import]") {
    const spc::Period jul17{2017, 7};
    for (const char* text : {"2017-07", "2017-07-01", "2017/07", "07/2017", "Jul-17", "jul-17", "Jul 2017", "July 2017",
                             "July-2017", "01/07/2017", "1/7/2017", "1/7/17", " Jul-17 ", "2017-07-01 00:00:00"}) {
        INFO(text);
        auto p = parse_month_cell(text);
        REQUIRE(p);
        CHECK(*p == jul17);
    }
    CHECK(parse_month_cell("Sept 2017") == spc::Period{2017, 9});
    for (const char* bad : {"", "2017", "13/2017", "2017-13", "Julember 2017", "07/13/2017x", "32/07/2017", "Q1 2017"}) {
        INFO(bad);
        CHECK_FALSE(parse_month_cell(bad));
    }
}

TEST_CASE("reads figures with thousands separators, percentages and blanks", "[import]") {
    CHECK(parse_number_cell("2,762")->value == 2762);
    CHECK(parse_number_cell("1,234,567.5")->value == 1234567.5);
    CHECK(parse_number_cell("81.7%")->value == Approx(81.7));
    CHECK(parse_number_cell("81.7%")->percent);
    CHECK(parse_number_cell("-3.5")->value == -3.5);
    CHECK(parse_number_cell(" 12 ")->value == 12);
    CHECK(parse_number_cell("\xC2\xA0" "12")->value == 12);
    CHECK(std::isnan(parse_number_cell("")->value));
    CHECK(std::isnan(parse_number_cell("  ")->value));
    CHECK(std::isnan(parse_number_cell("n/a")->value));
    for (const char* bad : {"12,34", "1,2345", "abc", "12a", ",123", "1.2.3", "%", "£12"}) {
        INFO(bad);
        CHECK_FALSE(parse_number_cell(bad));
    }
}

TEST_CASE("reads a long export with a BOM, CRLF, quoted cells and area names", "[import]") {
    const std::string csv =
        "\xEF\xBB\xBFperiod,area,value\r\n"
        "2017-07,West Mercia,\"2,762\"\r\n"
        "2017-09,west-mercia,900\r\n"
        "2017-08,Shropshire,10\r\n"
        "2017-07,Shropshire,12\r\n"
        "2017-08,west-mercia,\r\n";
    Diagnostics d;
    auto out = import_series_csv(csv, "x.csv", areas(), d);
    INFO(messages(d));
    REQUIRE(out);
    REQUIRE(out->series.size() == 2);
    CHECK(out->series[0].area == "west-mercia");
    CHECK(out->series[0].start == spc::Period{2017, 7});
    REQUIRE(out->series[0].values.size() == 3);
    CHECK(out->series[0].values[0] == 2762);
    CHECK(std::isnan(out->series[0].values[1]));
    CHECK(out->series[0].values[2] == 900);
    CHECK(out->series[1].area == "shropshire");
    CHECK(out->series[1].values == std::vector<double>{12, 10});
}

TEST_CASE("reads a wide export headed by area names or ids", "[import]") {
    const std::string csv =
        "Month,West Mercia,shropshire,Telford and Wrekin\n"
        "Jul-17,81.7%,,\n"
        "Aug-17,80.1%,70%,\n"
        "Sep-17,,71%,\n";
    Diagnostics d;
    auto out = import_series_csv(csv, "w.csv", areas(), d);
    INFO(messages(d));
    // "Telford and Wrekin" is not "Telford & Wrekin": reported with a suggestion.
    CHECK_FALSE(out);
    CHECK(messages(d).find("w.csv:1:30: error: column `Telford and Wrekin` is not an area; did you mean `Telford & Wrekin`?") !=
          std::string::npos);

    Diagnostics d2;
    auto ok = import_series_csv("Month,West Mercia,shropshire,Telford & Wrekin\nJul-17,81.7%,,\nAug-17,80.1%,70%,\nSep-17,,71%,\n",
                                "w.csv", areas(), d2);
    INFO(messages(d2));
    REQUIRE(ok);
    CHECK(ok->any_percent);
    REQUIRE(ok->series.size() == 2);  // Telford & Wrekin has no figures: left out with a warning
    CHECK(d2.warning_count() == 1);
    CHECK(ok->series[0].values == std::vector<double>{81.7, 80.1});
    CHECK(ok->series[1].start == spc::Period{2017, 8});
    CHECK(ok->series[1].values == std::vector<double>{70, 71});
}

TEST_CASE("reports every unreadable cell at its line and column", "[import]") {
    const std::string csv =
        "period,area,value\n"
        "2017-07,West Mercia,12\n"
        "July,West Mercia,13\n"
        "2017-09,Westmercia,14\n"
        "2017-10,West Mercia,1,5\n"
        "2017-07,West Mercia,15\n";
    Diagnostics d;
    CHECK_FALSE(import_series_csv(csv, "bad.csv", areas(), d));
    const std::string m = messages(d);
    CHECK(m.find("bad.csv:3:1: error: cannot read `July` as a month; write the month like 2017-07, Jul-17, July 2017 or 01/07/2017") !=
          std::string::npos);
    CHECK(m.find("bad.csv:4:9: error: unknown area `Westmercia`; did you mean `West Mercia`?") != std::string::npos);
    CHECK(m.find("bad.csv:6:21: error: a second figure for west-mercia in 2017-07 (the first is on line 2)") != std::string::npos);
    CHECK(m.find("bad.csv:5:23: error: this row has more cells than the header") != std::string::npos);
    CHECK(d.error_count() == 4);
}

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
