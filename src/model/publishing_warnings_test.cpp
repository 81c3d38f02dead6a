#include "model/publishing_warnings.h"

#include <cmath>

#include <catch2/catch.hpp>

using namespace scrutiny;

namespace {
std::string all(const std::vector<Diagnostic>& ds) {
    std::string s;
    for (const auto& d : ds) s += format_diagnostic(d) + "\n";
    return s;
}

SiteModel model_with(std::vector<Commitment> commitments, std::vector<Metric> metrics, std::vector<Mechanism> mechanisms) {
    SiteModel m;
    m.content.commitments = std::move(commitments);
    m.content.metrics = std::move(metrics);
    m.content.mechanisms = std::move(mechanisms);
    return m;
}

Commitment commitment(const std::string& ref, std::vector<FinancialQuarter> periods, Status status = Status::in_progress) {
    Commitment c;
    c.ref = ref;
    c.status = status;
    c.where = {"content/commitments/" + ref + ".md", 2, 7};
    for (auto p : periods) c.updates.push_back(Update{p, {}, {}, "x", {}});
    return c;
}

Metric metric(const std::string& id, const std::string& start, std::vector<double> values) {
    Metric m;
    m.id = id;
    m.where = {"content/metrics/" + id + ".toml", 1, 1};
    Series s;
    s.start = Month::parse(start);
    s.values = std::move(values);
    m.series.push_back(s);
    return m;
}
}  // namespace

TEST_CASE("warns of a commitment with no update in the latest two quarters", "[warnings]") {
    const Date today{2023, 11, 15};  // 2023-Q3; the latest two completed quarters are 2023-Q1 and 2023-Q2
    auto model = model_with({commitment("A1", {{2023, 1}}), commitment("A2", {{2022, 4}}), commitment("A3", {}),
                             commitment("A4", {{2020, 1}}, Status::complete)},
                            {}, {});
    const std::string w = all(publishing_warnings(model, today));
    CHECK(w.find("A1") == std::string::npos);
    CHECK(w.find("content/commitments/A2.md:2:7: warning: commitment A2 has no update for Q1 2023/24 (April to June 2023) or Q2 2023/24 (July to September 2023); the latest is for Q4 2022/23 (January to March 2023); add an [[updates]] entry with period = \"2023-Q2\"") !=
          std::string::npos);
    CHECK(w.find("commitment A3 has no update for Q1 2023/24 (April to June 2023) or Q2 2023/24 (July to September 2023); it has no updates") != std::string::npos);
    CHECK(w.find("A4") == std::string::npos);  // complete: no more updates expected
}

TEST_CASE("warns of a metric whose latest month is more than three months old", "[warnings]") {
    const Date today{2023, 11, 15};
    const double gap = std::nan("");
    auto model = model_with({}, {metric("fresh", "2023-06", {1, 2, 3, 4, 5}),          // to 2023-10
                                 metric("edge", "2023-06", {1, 2, 3}),                 // to 2023-08: 3 months
                                 metric("stale", "2023-05", {1, 2, 3, gap, gap})},     // figures to 2023-07
                            {});
    const std::string w = all(publishing_warnings(model, today));
    CHECK(w.find("fresh") == std::string::npos);
    CHECK(w.find("edge") == std::string::npos);
    CHECK(w.find("content/metrics/stale.toml:1:1: warning: measure stale has no figure after 2023-07, 4 months ago") !=
          std::string::npos);
}

TEST_CASE("warns of a glossary meeting nothing references", "[warnings]") {
    Mechanism used{"victims-board", "Victims' Board", "", "", {}, false, false, {"content/glossary/meetings.toml", 1, 1}};
    Mechanism by_metric = used, by_session = used, unused = used;
    by_metric.id = "pmg";
    by_session.id = "assurance";
    unused.id = "forgotten-board";
    unused.where.line = 9;
    auto c = commitment("A1", {{2023, 2}});
    c.oversight.push_back({"victims-board", {}});
    auto m = metric("x", "2023-09", {1});
    m.oversight.push_back({"pmg", {}});
    auto model = model_with({c}, {m}, {used, by_metric, by_session, unused});
    Session s;
    s.series = {"assurance", {}};
    model.content.sessions.push_back(s);
    const auto w = publishing_warnings(model, Date{2023, 11, 1});
    REQUIRE(w.size() == 1);
    CHECK(format_diagnostic(w[0]).rfind("content/glossary/meetings.toml:9:1: warning: meeting `forgotten-board` (Victims' Board) is not named", 0) == 0);
}
