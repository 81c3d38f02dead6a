#include <catch2/catch.hpp>

#include "model/site_model.h"

using namespace scrutiny;

namespace {
SiteContent small_site() {
    SiteContent c;
    c.config.objectives.push_back({"victims", "Victims", "Victims", "", {}});
    c.config.areas.push_back({"all", "All", true, std::nullopt, {}});
    Commitment a;
    a.ref = "A1";
    a.slug = "a1";
    a.objective = "victims";
    a.objective_ref = {"victims", {"a1.md", 3, 13}};
    a.where = {"a1.md", 2, 7};
    c.commitments.push_back(a);
    return c;
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.sorted()) out.push_back(format_diagnostic(x));
    return out;
}
}  // namespace

TEST_CASE("a consistent site has no cross-reference errors", "[model]") {
    Diagnostics d;
    build_site_model(small_site(), d);
    CHECK(messages(d).empty());
}

TEST_CASE("unknown ids point at the reference with a suggestion", "[model]") {
    auto c = small_site();
    c.commitments[0].oversight.push_back({"victim-board", {"a1.md", 7, 14}});
    c.commitments[0].see_also.push_back({"A1", {"a1.md", 8, 13}});
    c.mechanisms.push_back({"victims-board", "Victims' Board", "p", "", {"victims", {}}, false, false, {"meetings.toml", 1, 1}});
    Diagnostics d;
    build_site_model(std::move(c), d);
    CHECK(messages(d) == std::vector<std::string>{
                             "a1.md:7:14: error: unknown meeting `victim-board`; did you mean `victims-board`? (meetings are defined in content/glossary/meetings.toml)",
                             "a1.md:8:13: error: commitment `A1` refers to itself in `see_also`; remove it",
                         });
}

TEST_CASE("references into a file that could not be read are not reported twice", "[model]") {
    auto c = small_site();
    c.commitments[0].see_also.push_back({"B1", {"a1.md", 8, 13}});
    c.unreadable_kinds.insert("commitment");
    Diagnostics d;
    build_site_model(std::move(c), d);
    CHECK(messages(d).empty());
}
