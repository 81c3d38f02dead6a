#include "cli/spc.h"

#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace scrutiny::cli;

namespace {

struct Result {
    int status;
    std::string out, err;
};

Result run(const std::string& input, SpcCommandOptions o = {}) {
    o.input = "-";
    std::istringstream in(input);
    std::ostringstream out, err;
    int status = run_spc(o, in, out, err);
    return {status, out.str(), err.str()};
}

const std::string kGood =
    "period,value\n2017-01,10\n2017-02,12\n2017-03,8\n2017-04,11\n2017-05,9\n2017-06,10\n"
    "2017-07,13\n2017-08,7\n2017-09,10\n2017-10,11\n2017-11,9\n2017-12,10\n";

}  // namespace

TEST_CASE("spc prints chart JSON for one series", "[spc][cli]") {
    Result r = run(kGood);
    REQUIRE(r.err == "");
    REQUIRE(r.status == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["areas"][0]["area"] == "series");
    CHECK(j["areas"][0]["segments"][0]["mean"] == 10);
    CHECK(j["areas"][0]["points"].size() == 12);
}

TEST_CASE("spc prints CSV on request and honours options", "[spc][cli]") {
    SpcCommandOptions o;
    o.format = "csv";
    o.rebase = {"2017-07"};
    o.improvement = "decrease";
    o.target = 30;
    Result r = run(kGood, o);
    REQUIRE(r.status == 0);
    CHECK(r.out.rfind("period,area,value,mean,lcl,ucl,rule,type\n2017-01,series,10,", 0) == 0);

    o.format = "json";
    Result j = run(kGood, o);
    auto json = nlohmann::json::parse(j.out);
    CHECK(json["areas"][0]["segments"].size() == 2);
    CHECK(json["areas"][0]["segments"][1]["reason"] == "manual");
    CHECK(json["areas"][0]["summary"]["assurance"] == "consistent_pass");  // decrease, target above ucl
}

TEST_CASE("spc accepts missing months as empty values", "[spc][cli]") {
    Result r = run("period,value\r\n2017-01,10\r\n2017-02,\r\n2017-03,12\r\n");
    REQUIRE(r.status == 0);
    CHECK(nlohmann::json::parse(r.out)["areas"][0]["points"][1]["value"].is_null());
}

TEST_CASE("spc locates bad input and exits 1", "[spc][cli]") {
    auto err = [](const std::string& input, SpcCommandOptions o = {}) {
        Result r = run(input, o);
        CHECK(r.status == 1);
        CHECK(r.out == "");
        return r.err;
    };
    CHECK(err("period,value\n2017-01,10\n2017-02,abc\n") ==
          "<stdin>:3:9: error: value \"abc\" is not a number; write a plain number such as 1234 or 81.7 (no "
          "thousands separators), or leave the cell empty for a missing month\n");
    CHECK(err("period,value\n2017-01,10\n2017-02,inf\n") ==
          "<stdin>:3:9: error: value \"inf\" is not a finite number; write a plain number, or leave the cell "
          "empty for a missing month\n");
    CHECK(err("period,value\n2017-01,10\n2017-02,1e999\n") ==
          "<stdin>:3:9: error: value \"1e999\" is not a finite number; write a plain number, or leave the cell "
          "empty for a missing month\n");
    CHECK(err("period,value\n2017-02,10\n2017-01,12\n") ==
          "<stdin>:3:1: error: period 2017-01 is out of order (it follows 2017-02); sort the rows by period\n");
    CHECK(err("period,value\n2017-01,10\n2017-01,12\n") ==
          "<stdin>:3:1: error: period 2017-01 is duplicated (also on line 2); keep one row per month\n");
    CHECK(err("period,value\n2017-01,10\n2017-04,12\n") ==
          "<stdin>:3:1: error: period 2017-04 skips 2017-02 to 2017-03; add a row for each missing month with "
          "an empty value\n");
    CHECK(err("period,value\n2017-1,10\n") ==
          "<stdin>:2:1: error: \"2017-1\" is not a month; write it as YYYY-MM, e.g. 2017-07\n");
    CHECK(err("month,count\n2017-01,10\n") ==
          "<stdin>:1:1: error: expected the header \"period,value\"; make that the first line\n");
    CHECK(err("period,value\n2017-01,10,3\n") ==
          "<stdin>:2:12: error: expected 2 cells (period,value), found 3; write one period and one value per "
          "line, quoting a value that holds a comma\n");
    CHECK(err("period,value\n2017-01,10\n") ==
          "<stdin>: error: the series has 1 value; a control chart needs at least 2, so add the monthly figures or remove the series\n");
    CHECK(err("") == "<stdin>:1:1: error: the file is empty; write the header \"period,value\" and one row per month\n");

    SpcCommandOptions o;
    o.rebase = {"2019-01"};
    CHECK(err(kGood, o) ==
          "<stdin>: error: rebase period 2019-01 is outside the series (2017-01 to 2017-12); choose a month within "
          "it\n");
}

TEST_CASE("spc calls a bad option a usage error, exit 2", "[spc][cli]") {
    SpcCommandOptions o;
    o.rebase = {"2019-1"};
    Result r = run(kGood, o);
    CHECK(r.status == 2);
    CHECK(r.err == "error: --rebase \"2019-1\" is not a month; write it as YYYY-MM, e.g. 2017-07\n");
    SpcCommandOptions imp;
    imp.improvement = "up";
    r = run(kGood, imp);
    CHECK(r.status == 2);
    CHECK(r.err == "error: --improvement \"up\" is not known; use increase, decrease or neutral\n");
}

TEST_CASE("spc reports every bad row, not just the first", "[spc][cli]") {
    Result r = run("period,value\n2017-01,x\n2017-02,y\n");
    CHECK(r.status == 1);
    CHECK(r.err.find("<stdin>:2:9:") != std::string::npos);
    CHECK(r.err.find("<stdin>:3:9:") != std::string::npos);
}

TEST_CASE("spc refuses figures too large to add up and series longer than a century", "[spc][cli][limits]") {
    Result big = run("period,value\n2017-01,10\n2017-02,2e15\n2017-03,-1e16\n");
    CHECK(big.status == 1);
    CHECK(big.err ==
          "<stdin>:3:9: error: value \"2e15\" is too large to add up and draw; figures must lie between "
          "-1,000,000,000,000,000 and 1,000,000,000,000,000\n"
          "<stdin>:4:9: error: value \"-1e16\" is too large to add up and draw; figures must lie between "
          "-1,000,000,000,000,000 and 1,000,000,000,000,000\n");

    // A far-off month would otherwise fill a vast gap with missing months.
    Result far = run("period,value\n2017-01,10\n9999-12,12\n");
    CHECK(far.status == 1);
    CHECK(far.err ==
          "<stdin>:3:1: error: period 9999-12 makes the series longer than 1200 months; split it, or start it later\n");
    Result century = run("period,value\n1917-01,10\n2016-12,12\n");
    CHECK(century.err == "<stdin>:3:1: error: period 2016-12 skips 1917-02 to 2016-11; add a row for each missing "
                         "month with an empty value\n");
}

TEST_CASE("spc reports a file it cannot open", "[spc][cli]") {
    SpcCommandOptions o;
    o.input = "/nonexistent/series.csv";
    std::istringstream in;
    std::ostringstream out, err;
    CHECK(run_spc(o, in, out, err) == 2);  // a usage error, as import's missing file is
    CHECK(err.str() == "/nonexistent/series.csv: error: cannot open the file; check the path\n");
}

TEST_CASE("spc reads nan as a missing month, as the method writes it", "[spc][cli]") {
    Result r = run("period,value\n2017-01,10\n2017-02,NaN\n2017-03,12\n2017-04,nan\n2017-05,11\n");
    REQUIRE(r.err == "");
    auto points = nlohmann::json::parse(r.out)["areas"][0]["points"];
    CHECK(points[1]["value"].is_null());
    CHECK(points[3]["value"].is_null());
    CHECK(points[4]["value"] == 11);
}

TEST_CASE("spc --unit % --aggregate mean reads a percentage series as levels", "[spc][cli]") {
    const std::string series = "period,value\n2017-01,90.5\n2017-02,91.2\n2017-03,91.0\n2017-04,89.0\n2017-05,89.6\n"
                               "2017-06,89.3\n2017-07,nan\n";
    SpcCommandOptions o;
    o.unit = "%";
    o.aggregate = "mean";
    Result r = run(series, o);
    REQUIRE(r.err == "");
    auto summary = nlohmann::json::parse(r.out)["areas"][0]["summary"];
    CHECK(summary["quarter_sentence"] ==
          "In April to June 2017, the series averaged 89.3%, down 1.6 percentage points on January to March 2017 "
          "(90.9%); this is below the quarter average (90.1%).");
    CHECK(summary["month_sentence"] ==
          "In June 2017, the series was 89.3%, down 0.3 percentage points on May 2017 (89.6%); this is below the "
          "provisional monthly average (90.1%) and within the usual range.");

    SpcCommandOptions counts;
    counts.unit = "calls";
    Result c = run(series, counts);
    CHECK(nlohmann::json::parse(c.out)["areas"][0]["summary"]["quarter_sentence"] ==
          "In April to June 2017, 268 calls were recorded, down 2% on January to March 2017 (273); this is below the "
          "quarter average (270).");

    SpcCommandOptions bad;
    bad.aggregate = "median";
    Result b = run(series, bad);
    CHECK(b.status == 2);  // a bad option is a usage error
    CHECK(b.err == "error: --aggregate \"median\" is not known; use sum (counts) or mean (percentages, rates)\n");
}
