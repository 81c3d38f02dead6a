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

TEST_CASE("reads a long export with a BOM, CRLF, quoted cells and area names", "[import]") {
    const std::string csv =
        "\xEF\xBB\xBFperiod,area,value\r\n"
        "2017-07,West Mercia,\"2,762\"\r\n"
        "2017-09,west-mercia,900\r\n"
        "2017-08,Shropshire,10\r\n"
        "2017-07,Shropshire,12\r\n"
        "2017-08,west-mercia,\r\n";
    Diagnostics d;
    auto out = import_series_csv(csv, "x.csv", areas(), {}, d);
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
    auto out = import_series_csv(csv, "w.csv", areas(), {}, d);
    INFO(messages(d));
    // "Telford and Wrekin" is not "Telford & Wrekin": reported with a suggestion.
    CHECK_FALSE(out);
    CHECK(messages(d).find("w.csv:1:30: error: column `Telford and Wrekin` is not an area; did you mean `Telford & Wrekin`?") !=
          std::string::npos);

    Diagnostics d2;
    auto ok = import_series_csv("Month,West Mercia,shropshire,Telford & Wrekin\nJul-17,81.7%,,\nAug-17,80.1%,70%,\nSep-17,,71%,\n",
                                "w.csv", areas(), {}, d2);
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
    CHECK_FALSE(import_series_csv(csv, "bad.csv", areas(), {}, d));
    const std::string m = messages(d);
    CHECK(m.find("bad.csv:3:1: error: cannot read `July` as a month; write the month like 2017-07, Jul-17, July 2017 or 01/07/2017") !=
          std::string::npos);
    CHECK(m.find("bad.csv:4:9: error: unknown area `Westmercia`; did you mean `West Mercia`?") != std::string::npos);
    CHECK(m.find("bad.csv:6:21: error: a second figure for west-mercia in 2017-07 (the first is on line 2)") != std::string::npos);
    CHECK(m.find("bad.csv:5:23: error: this row has more cells than the header") != std::string::npos);
    CHECK(d.error_count() == 4);
}

TEST_CASE("a Total, Force or All column is the whole-force area, with a note", "[import]") {
    Diagnostics d;
    auto out = import_series_csv("Month,Shropshire,TOTAL\nJul-17,10,100\nAug-17,11,110\n", "w.csv", areas(), {}, d);
    REQUIRE(out);
    CHECK(messages(d) ==
          "w.csv:1:18: note: column `TOTAL` is read as West Mercia, the whole-force area (the area with total = true "
          "in site_config.toml)\n");
    REQUIRE(out->series.size() == 2);
    CHECK(out->series[0].area == "west-mercia");  // in the site's area order
    CHECK(out->series[0].values == std::vector<double>{100, 110});
    CHECK(out->series[1].area == "shropshire");
}

TEST_CASE("a whole-force name from site_config.toml is the whole-force area too", "[import]") {
    Diagnostics d;
    auto out = import_series_csv("period,area,value\n2017-07,WMP total,100\n2017-08,wmp TOTAL,110\n2017-07,Shropshire,9\n",
                                 "l.csv", areas(), {"WMP Total"}, d);
    REQUIRE(out);
    CHECK(messages(d) ==
          "l.csv:2:9: note: area `WMP total` is read as West Mercia, the whole-force area (the area with total = true "
          "in site_config.toml), on this row and 1 more\n");
    CHECK(out->series[0].values == std::vector<double>{100, 110});
}

TEST_CASE("a Total column or rows are skipped when the whole-force area has figures of its own", "[import]") {
    Diagnostics d;
    auto wide = import_series_csv("Month,All,West Mercia,Shropshire\nJul-17,1,100,10\n", "w.csv", areas(), {}, d);
    REQUIRE(wide);
    CHECK(messages(d) == "w.csv:1:7: note: skipped column `All`: West Mercia, the whole-force area, has column `West Mercia`\n");
    CHECK(wide->series[0].values == std::vector<double>{100});

    Diagnostics d2;
    auto long_shape = import_series_csv(
        "period,area,value\n2017-07,Force,1\n2017-07,west-mercia,100\n2017-08,Force,2\n", "l.csv", areas(), {}, d2);
    REQUIRE(long_shape);
    CHECK(messages(d2) ==
          "l.csv:2:9: note: skipped the 2 rows with area `Force`: West Mercia, the whole-force area, has rows of its own\n");
    CHECK(long_shape->series[0].values == std::vector<double>{100});
}

TEST_CASE("a Total row, source and notes lines, and blank rows at the end are skipped with a note", "[import]") {
    const std::string csv =
        "Month,West Mercia,Shropshire\n"
        "Jul-17,100,10\n"
        "Aug-17,110,11\n"
        "Total,210,21\n"
        ",,\n"
        "Source: West Mercia Police crime recording system,,\n"
        "Notes:,,\n"
        "1. Figures for the latest month are provisional,,\n"
        "2. Extracted 4 September 2017,,\n"
        ",,\n";
    Diagnostics d;
    auto out = import_series_csv(csv, "f.csv", areas(), {}, d);
    INFO(messages(d));
    REQUIRE(out);
    CHECK(messages(d) ==
          "f.csv:4:1: note: skipped this row: `Total` adds up the rows above, and is not a month\n"
          "f.csv:5:1: note: skipped 2 blank rows at the end\n"
          "f.csv:6:1: note: skipped `Source: West Mercia Police crime reco...`, a note below the figures\n"
          "f.csv:7:1: note: skipped `Notes:` and the 2 lines of notes below it\n");
    CHECK(out->series[0].values == std::vector<double>{100, 110});
    CHECK(d.error_count() == 0);
    CHECK(d.warning_count() == 0);
}

TEST_CASE("the same unknown area on 36 rows is one error with the count", "[import]") {
    std::string csv = "period,area,value\n2017-06,West Mercia,1\n";
    for (int month = 0; month < 36; ++month)
        csv += "20" + std::to_string(18 + month / 12) + "-" + (month % 12 < 9 ? "0" : "") + std::to_string(month % 12 + 1) +
               ",Westmercia,5\n";
    csv += "2017-07,Shropshir,1\n";
    Diagnostics d;
    CHECK_FALSE(import_series_csv(csv, "r.csv", areas(), {}, d));
    CHECK(messages(d) ==
          "r.csv:3:9: error: unknown area `Westmercia`; did you mean `West Mercia`? (areas are listed in site_config.toml) "
          "... and 35 more rows with this area, the last on line 38\n"
          "r.csv:39:9: error: unknown area `Shropshir`; did you mean `Shropshire`? (areas are listed in site_config.toml)\n");
    CHECK(d.error_count() == 2);
}

TEST_CASE("the same unreadable figure in many cells is one error with the count", "[import]") {
    Diagnostics d;
    CHECK_FALSE(import_series_csv("Month,West Mercia,Shropshire\nJul-17,..,..\nAug-17,5,..\n", "n.csv", areas(), {}, d));
    CHECK(messages(d) ==
          "n.csv:2:8: error: cannot read `..` as a number in column `West Mercia`; write a number like 2762, 2,762 or "
          "81.7%, or leave the cell blank for a month with no figure ... and 2 more cells written `..`, the last on line 3\n");
}
