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
