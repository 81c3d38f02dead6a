// Quarterly report views from a small in-memory site.
#include <catch2/catch.hpp>

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
