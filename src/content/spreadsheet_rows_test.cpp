#include "content/spreadsheet_rows.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

namespace {
std::vector<RowKind> kinds_of(const std::string& csv, const std::vector<std::string>& names = {}) {
    Diagnostics d;
    return classify_rows(parse_csv(csv, "x.csv", d), 0, names);
}
}  // namespace

TEST_CASE("knows the names offices give the whole force, and the site's own", "[import]") {
    CHECK(names_whole_force(" TOTAL ", {}));
    CHECK(names_whole_force("Force", {}));
    CHECK(names_whole_force("all", {}));
    CHECK_FALSE(names_whole_force("Force total", {}));
    CHECK(names_whole_force("force total", {"Force Total"}));
    CHECK_FALSE(names_whole_force("", {""}));
}

TEST_CASE("tells the figures from a total row, notes and blank rows below them", "[import]") {
    const auto kinds = kinds_of(
        "Month,North,South\n"
        "Apr-22,1,2\n"
        ",,\n"
        "May-22,3,4\n"
        "Total,4,6\n"
        "Source: force crime system,,\n"
        "Notes:,,\n"
        "1. Figures are provisional,,\n"
        ",,\n"
        "2. Extracted 4 April,,\n"
        ",,\n");
    using K = RowKind;
    CHECK(kinds == std::vector<K>{K::figures, K::figures, K::blank, K::figures, K::total, K::notes, K::notes,
                                  K::note_line, K::blank, K::note_line, K::blank});
}

TEST_CASE("a month or a figure ends the notes, and a site's whole-force name is a total row", "[import]") {
    using K = RowKind;
    CHECK(kinds_of("Month,North\nNote 1 see below,\nJun-22,5\n") == std::vector<K>{K::figures, K::notes, K::figures});
    CHECK(kinds_of("Month,North\nWhole force,9\n", {"Whole force"}) == std::vector<K>{K::figures, K::total});
    CHECK(kinds_of("Month,North\nNotable,9\n") == std::vector<K>{K::figures, K::figures});  // a slip the importer reports
}
