#include "common/toml_slips.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

namespace {
std::string advice(const std::string& text, int line, int column) {
    auto slip = diagnose_toml_slip(text, line, column);
    return slip ? std::to_string(slip->line) + ":" + std::to_string(slip->column) + " " + slip->message : "none";
}
}  // namespace

TEST_CASE("turns a parser's words about a date into the date to write", "[toml_slips]") {
    CHECK(advice("published = 31/02/2022\n", 1, 15) ==
          "1:13 February 2022 has no day 31; write dates as year-month-day, like 2022-02-28 (without quotes)");
    CHECK(advice("published = 08/02/2022\n", 1, 15) ==
          "1:13 write dates as year-month-day, like 2022-02-08 (without quotes)");
    CHECK(advice("published = 2022-2-8\n", 1, 19) ==
          "1:13 write dates as year-month-day, like 2022-02-08 (without quotes)");
}

TEST_CASE("says numbers carry no percent sign or thousands separator", "[toml_slips]") {
    CHECK(advice("target = 80%\n", 1, 12) == "1:10 numbers have no % sign; write target = 80 (the unit comes from `unit`)");
    CHECK(advice("population = 1,234\n", 1, 15) ==
          "1:14 numbers have no thousands separators; write population = 1234");
}

TEST_CASE("asks for straight quotes around text", "[toml_slips]") {
    CHECK(advice("title = Cut burglary\n", 1, 9) == "1:9 text needs double quotes around it; write title = \"Cut burglary\"");
    CHECK(advice("status = in-progress # note\n", 1, 12) == "1:10 text needs double quotes around it; write status = \"in-progress\"");
    CHECK(advice("title = \xE2\x80\x9C" "Cut burglary\xE2\x80\x9D\n", 1, 9) ==
          "1:9 these are curly quotes (pasted from a word processor); write straight double quotes: "
          "title = \"Cut burglary\"");
}

TEST_CASE("places an open string where it opens", "[toml_slips]") {
    CHECK(advice("title = \"Cut burglary\nowner = \"pcc\"\n", 1, 22) ==
          "1:9 this text has no closing `\"`; end it on the same line: title = \"Cut burglary\"");
    const std::string open_text = "ref = \"A1\"\ntext = \"\"\"\nWhat happened.\n\nstatus = \"complete\"\n"
                                  "[[updates]]\ntext = \"\"\"\nMore.\n\"\"\"\n";
    CHECK(advice(open_text, 7, 10).rfind("2:8 this \"\"\" text is never closed", 0) == 0);
}

TEST_CASE("asks for commas between figures pasted from a spreadsheet row", "[toml_slips]") {
    CHECK(advice("values = [812\t845\t901]\n", 1, 15) ==
          "1:10 separate the items of a list with commas, not tabs (as a row pasted from a spreadsheet has them): "
          "values = [812, 845, 901]");
}

TEST_CASE("leaves other parse errors to the parser's words", "[toml_slips]") {
    CHECK(advice("[[series]\n", 1, 10) == "none");
    CHECK(advice("values = [1, 2\n", 1, 15) == "none");
}
