// Quarterly report views from a small in-memory site.
#include <catch2/catch.hpp>

#include <algorithm>

#include "view/page_inputs.h"
#include "view/reference_views.h"
#include "view/view_test_site.h"

using namespace scrutiny;

TEST_CASE("the reports view lists every quarter with an update, newest first", "[views]") {
    testing::ViewFixture f;
    PageView page = reports_page(f.ctx);
    const auto* v = view_as<ReportsView>(page.body);
    REQUIRE(v);
    REQUIRE(v->reports.size() == 2);
    CHECK(v->reports[0].title == "Q3 2020/21");
    CHECK(v->reports[0].months == "October to December 2020");
    CHECK(v->reports[0].href == "../reports/2020-q3/");
}

TEST_CASE("a report view has the quarter's updates and measure figures by objective", "[views]") {
    testing::ViewFixture f;
    PageView page = report_page(f.ctx, {2020, 3});
    const auto* v = view_as<ReportView>(page.body);
    REQUIRE(v);
    CHECK(page.dir == "reports/2020-q3");
    CHECK(page.base.title == "Report for Q3 2020/21");
    REQUIRE(v->objectives.size() == 2);
    const auto& victims = v->objectives[0];
    REQUIRE(victims.commitments.size() == 1);  // only A1 has an update in the quarter
    CHECK(victims.commitments[0].href == "../../commitments/a1/");
    REQUIRE(victims.commitments[0].updates.size() == 1);
    CHECK(victims.commitments[0].updates[0].activity_ref == "A1.1");
    const auto& secure = v->objectives[1];
    CHECK(secure.commitments.empty());
    REQUIRE(secure.measures.size() == 1);  // the measure's figures for October to December 2020
    CHECK(secure.measures[0].total.find(" offences") != std::string::npos);
    CHECK_FALSE(secure.measures[0].previous.empty());
}

TEST_CASE("a report shows each measure's whole-force chart file, and its links' published addresses for print", "[views]") {
    testing::ViewFixture f;
    const PageView page = report_page(f.ctx, {2020, 3});
    const auto* v = view_as<ReportView>(page.body);
    REQUIRE(v);
    const auto& measure = v->objectives.at(1).measures.at(0);
    CHECK(measure.chart_id == "chart-burglary");
    CHECK(measure.figcaption.rfind("Control chart: Residential burglary in ", 0) == 0);
    CHECK(measure.chart_src == "../../data/metrics/burglary.svg");
    CHECK(measure.chart_alt.find(" months, ") != std::string::npos);
    CHECK(measure.print_href == f.model.config().base_url + "measures/burglary/");
    CHECK(v->objectives.at(0).commitments.at(0).print_href == f.model.config().base_url + "commitments/a1/");
}

TEST_CASE("the whole force's chart is written once per metric as the SVG file the reports show", "[views]") {
    testing::ViewFixture f;
    const auto files = chart_downloads(*f.charts.find("burglary"), f.model.translations);
    REQUIRE(files.size() == 3);
    CHECK(files[2].first == "data/metrics/burglary.svg");
    CHECK(files[2].second.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(files[2].second.find("<title id=\"chart-burglary-title\">Control chart of Residential burglary in ") != std::string::npos);
}

TEST_CASE("a report's own inputs are the words of its quarter's updates and which commitments have them, nothing of another quarter",
          "[views][rebuild]") {
    const auto digests = [](SiteContent content) {
        testing::ViewFixture f(std::move(content));
        auto out = report_words_digests(f.model);
        // one for every report the site has
        std::vector<FinancialQuarter> reports, read;
        for (const auto& [q, listed] : f.index.commitments_by_quarter) reports.push_back(q);
        for (const auto& [q, digest] : out) read.push_back(q);
        std::sort(reports.begin(), reports.end());
        CHECK(read == reports);
        return out;
    };
    const FinancialQuarter q2{2020, 2}, q3{2020, 3};
    const auto before = digests(testing::small_content());
    REQUIRE(before.size() == 2);

    SECTION("an update's words change its own quarter's report only") {
        auto content = testing::small_content();
        content.commitments[0].updates[0].text_markdown = "Older news, corrected.";  // A1's Q2 update
        const auto after = digests(content);
        CHECK(after.at(q2) != before.at(q2));
        CHECK(after.at(q3) == before.at(q3));
    }
    SECTION("another commitment's first update in a quarter changes that quarter's report only") {
        auto content = testing::small_content();
        content.commitments[1].updates = {{q3, Date{2021, 1, 20}, std::nullopt, "Patrols doubled.", {}}};  // B1
        const auto after = digests(content);
        CHECK(after.at(q3) != before.at(q3));
        CHECK(after.at(q2) == before.at(q2));
    }
    SECTION("a second update for a quarter, after one for another quarter, is read with the first") {
        auto content = testing::small_content();
        content.commitments[0].updates.push_back({q2, Date{2021, 2, 1}, std::nullopt, "A late word on Q2.", {}});
        const auto one = digests(content);
        CHECK(one.at(q2) != before.at(q2));
        CHECK(one.at(q3) == before.at(q3));
        content.commitments[0].updates.back().text_markdown = "A later word on Q2.";
        CHECK(digests(content).at(q2) != one.at(q2));
    }
}
