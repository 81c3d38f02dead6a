#include <catch2/catch.hpp>

#include <cmath>

#include "content/parsers.h"

using namespace scrutiny;

TEST_CASE("reads a metric with nan months and per-metric spc options", "[content]") {
    Diagnostics d;
    auto m = parse_metric(R"(title = "Violence with injury"
unit = "offences"
value_type = "count"
improvement = "decrease"
target = 90

[spc]
recalculate_after = 0

[[series]]
area = "west-mercia"
start = "2015-04"
values = [812, 845.5, nan]
rebase = ["2015-05"]
)", "content/metrics/violence-with-injury.toml", d);
    REQUIRE(m);
    CHECK_FALSE(d.has_errors());
    CHECK(m->id == "violence-with-injury");
    CHECK(m->aggregate == spc::Aggregate::sum);  // a count adds up over a quarter
    CHECK(m->target == 90.0);
    CHECK(m->spc.recalculate_after == 0);
    REQUIRE(m->series.at(0).values.size() == 3);
    CHECK(std::isnan(m->series[0].values[2]));
    CHECK(m->series[0].start == Month{2015, 4});
    CHECK(m->series[0].rebase.at(0).month == Month{2015, 5});
}

TEST_CASE("rejects non-numbers, infinities and unknown words in a metric", "[content]") {
    Diagnostics d;
    parse_metric(R"(title = "X"
unit = "calls"
value_type = "percentage"
improvement = "up"

[[series]]
area = "a"
start = "2015-13"
values = [1, "2", inf]
)", "m.toml", d);
    std::vector<std::string> got;
    for (const auto& x : d.sorted()) got.push_back(format_diagnostic(x));
    CHECK(got == std::vector<std::string>{
                     "m.toml:3:14: error: unknown value_type `percentage`; did you mean `percent`?",
                     "m.toml:4:15: error: unknown improvement `up`; use one of `increase`, `decrease`, `neutral`",
                     "m.toml:8:9: error: `start` must be a month written \"YYYY-MM\", like \"2015-04\", not \"2015-13\"",
                     "m.toml:9:14: error: every item of `values` must be a number, not a string; write nan for a missing month",
                     "m.toml:9:19: error: `values` holds an infinite value; write a number, or nan for a missing month",
                 });
}

TEST_CASE("a measure in development says why and carries no figures", "[content]") {
    const std::string head = "title = \"Rural crime\"\nunit = \"offences\"\nvalue_type = \"count\"\nimprovement = \"decrease\"\n";
    Diagnostics d;
    auto m = parse_metric(head + "status = \"in-development\"\nstatus_note = \"Still being developed.\"\n", "rural-crime.toml", d);
    REQUIRE(m);
    CHECK_FALSE(d.has_errors());
    CHECK(m->status == MetricStatus::in_development);
    CHECK(m->status_note_markdown == "Still being developed.");

    Diagnostics bad;
    parse_metric(head + "status = \"in-development\"\n\n[[series]]\narea = \"all\"\nstart = \"2019-04\"\nvalues = [1]\n", "rural-crime.toml", bad);
    std::vector<std::string> got;
    for (const auto& x : bad.sorted()) got.push_back(format_diagnostic(x));
    CHECK(got == std::vector<std::string>{
                     "rural-crime.toml:5:10: error: a measure in development needs `status_note`: say why it has no figures yet",
                     "rural-crime.toml:7:1: error: a measure in development publishes no figures; remove its [[series]] or set status = \"reported\"",
                 });
}
