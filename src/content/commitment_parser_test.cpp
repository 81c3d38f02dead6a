#include <catch2/catch.hpp>

#include "content/parsers.h"

using namespace scrutiny;

namespace {
std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.sorted()) out.push_back(format_diagnostic(x));
    return out;
}
}  // namespace

TEST_CASE("reads a commitment with activities and updates", "[content]") {
    Diagnostics d;
    auto c = parse_commitment(R"(+++
ref = "A.3"
objective = "victims"
title = "Lead a Victims' Board"
owner = "pcc"
status = "in-progress"
oversight = ["victims-board"]
see_also = ["C7"]

[[activities]]
ref = "A3.1"
title = "Redesign the Board"
status = "complete"

[[updates]]
period = "2020-Q3"
published = 2021-01-26
activity = "A3.1"
text = "Met in December."

[[updates]]
period = 2020-08-14
text = "Planning."
+++
Body.
)", "content/commitments/a-3.md", d);
    REQUIRE(c);
    CHECK(messages(d).empty());
    CHECK(c->slug == "a-3");
    CHECK(c->status == Status::in_progress);
    CHECK(c->activities.at(0).status == Status::complete);
    CHECK(c->updates.at(0).period == FinancialQuarter{2020, 3});
    CHECK(c->updates.at(0).published->iso() == "2021-01-26");
    CHECK(c->updates.at(1).period == FinancialQuarter{2020, 2});  // August is in Q2
    CHECK(c->see_also.at(0).where.line == 8);                     // real file lines, not front-matter lines
    CHECK(c->body_markdown == "Body.\n");
}

TEST_CASE("locates each problem in a commitment at its file line", "[content]") {
    Diagnostics d;
    parse_commitment(R"(+++
ref = "A1"
objective = "victims"
owner = "police"
status = "started"

[[updates]]
period = "Q3 2020"
activity = "A1.9"
text = "x"
+++
)", "c.md", d);
    CHECK(messages(d) == std::vector<std::string>{
                             "c.md:2:1: error: missing required key `title` (a string); add `title = ...` here",
                             "c.md:4:9: error: `owner` must be \"pcc\" (the Commissioner's commitment) or \"force\" (a policing element), not \"police\"",
                             "c.md:5:10: error: unknown status `started`; did you mean `not-started`?",
                             "c.md:8:10: error: `period` must be a financial-year quarter like \"2020-Q3\" (Q1 is April to June) or a date, not \"Q3 2020\"",
                             "c.md:9:12: error: update names activity `A1.9`, which this commitment does not have",
                         });
}

TEST_CASE("an activity the plan does not number has no ref, and updates cannot point at it", "[content]") {
    Diagnostics d;
    auto c = parse_commitment(R"(+++
ref = "C6"
objective = "reform"
title = "A new control centre"
owner = "force"
status = "in-progress"

[[activities]]
title = "Build the centre"
status = "in-progress"

[[activities]]
title = "Move the staff"
status = "not-started"

[[updates]]
period = "2020-Q3"
text = "Building."
+++
)", "c6.md", d);
    REQUIRE(c);
    REQUIRE(c->activities.size() == 2);
    CHECK(c->activities.at(0).ref.empty());
    CHECK(c->activities.at(1).ref.empty());
    CHECK(!c->updates.at(0).published);
    CHECK(messages(d).empty());
}
