#include "content/commitment_bytes.h"

#include <catch2/catch.hpp>

#include "content/entity_bytes_for_tests.h"
#include "content/parsers.h"

using namespace scrutiny;

namespace {
// Every field a reader of the site may see, written out, so two commitments compare as text.
std::string shown(const Commitment& c) {
    const auto at = [](const SourceLocation& w) { return w.file + ":" + std::to_string(w.line) + ":" + std::to_string(w.column); };
    const auto located = [&](const LocatedString& s) { return s.value + "@" + at(s.where); };
    std::string out = c.ref + "|" + c.slug + "|" + c.objective + "|" + c.title + "|" + c.body_markdown.str() + "|" +
                      std::to_string(static_cast<int>(c.owner)) + std::to_string(static_cast<int>(c.status)) + "|";
    for (const auto* list : {&c.oversight, &c.metrics, &c.see_also}) {
        for (const auto& s : *list) out += located(s) + ",";
        out += "|";
    }
    for (const auto& a : c.activities) out += a.ref + "/" + a.title + "/" + std::to_string(static_cast<int>(a.status)) + "/" + at(a.where) + ";";
    for (const auto& u : c.updates)
        out += u.period.id() + "/" + (u.published ? u.published->iso() : "-") + "/" + (u.activity ? located(*u.activity) : "-") + "/" +
               u.text_markdown.str() + "/" + at(u.where) + ";";
    out += located(c.objective_ref) + "|" + (c.plan ? located(*c.plan) : "-") + "|" + c.source_file + "|" + at(c.where);
    return out;
}
}  // namespace

TEST_CASE("a parsed commitment comes back from its bytes as it was", "[content][cache]") {
    Diagnostics d;
    const auto c = parse_commitment(R"(+++
ref = "A.3"
objective = "victims"
title = "Lead a Victims' Board"
owner = "force"
status = "at-risk"
plan = "2021-plan"
oversight = ["victims-board"]
metrics = ["burglary", "robbery"]
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
period = "2020-Q2"
text = "Planning."
+++
The Board **brings** agencies together.
)",
                                    "content/commitments/a3.md", d);
    REQUIRE(c);
    REQUIRE(c->plan);
    REQUIRE(c->updates.size() == 2);
    REQUIRE(c->updates[0].published);
    REQUIRE(c->updates[0].activity);
    const std::string bytes = commitment_bytes(*c);
    const auto back = commitment_from_bytes(bytes);
    REQUIRE(back);
    CHECK(shown(*back) == shown(*c));
    CHECK(back->where.line == c->where.line);
    CHECK(back->updates[1].where.line == c->updates[1].where.line);

    SECTION("bytes cut short or from another format are refused, not half read") {
        check_damaged_bytes_refused(bytes, [](std::string_view b) { return commitment_from_bytes(b); });
    }
    SECTION("read with what keeps the bytes, its words are those bytes, good for as long as it is held") {
        auto kept = std::make_shared<const std::string>(bytes);
        const std::string_view all = *kept;
        auto viewed = commitment_from_bytes(all, kept);
        REQUIRE(viewed);
        const auto inside = [&all](std::string_view text) {
            return !text.empty() && text.data() >= all.data() && text.data() + text.size() <= all.data() + all.size();
        };
        CHECK(inside(viewed->body_markdown));
        CHECK(inside(viewed->updates[0].text_markdown));
        CHECK(inside(viewed->updates[1].text_markdown));
        kept.reset();  // the commitment alone keeps them now
        const Commitment copy = *viewed;
        viewed.reset();
        CHECK(shown(copy) == shown(*c));
        // Without it, the words are the commitment's own.
        CHECK_FALSE(inside(back->body_markdown));
    }
}
