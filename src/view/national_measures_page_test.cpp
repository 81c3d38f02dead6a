// The national measures statement from the small in-memory site.
#include <catch2/catch.hpp>

#include "view/national_views.h"
#include "view/reference_views.h"
#include "view/view_test_site.h"

using namespace scrutiny;

namespace {
struct StatementFixture : testing::ViewFixture {
    StatementFixture() {
        auto& config = model.content.config;
        config.national_measures = {{"neighbourhood-crime", "Burglary is one of its offences.", {{"burglary", {}}}, {}},
                                    {"homicide", "No local measure.", {}, {}}};
        model.content.national_texts["homicide"] = {"We work with **partners**.", "content/national-measures/homicide.md"};
    }
};
}  // namespace

TEST_CASE("the statement lists all six national measures in order, mapped or not", "[views][national]") {
    StatementFixture f;
    PageView page = national_measures_page(f.ctx);
    CHECK(page.dir == "national-measures");
    const auto* v = view_as<NationalMeasuresView>(page.body);
    REQUIRE(v);
    REQUIRE(v->national_measures.size() == 6);
    const auto& homicide = v->national_measures[0];
    CHECK(homicide.title == "Reduce murder and other homicide");
    CHECK(homicide.note == "No local measure.");
    CHECK(homicide.measures.empty());
    CHECK(homicide.has_text);
    CHECK(homicide.text_html.html.find("<strong>partners</strong>") != std::string::npos);
    const auto& drugs = v->national_measures[2];
    CHECK(drugs.id == "drugs-county-lines");
    CHECK(drugs.note == "This site does not yet say which of its measures bear on this one.");
    CHECK(!drugs.has_text);
}

TEST_CASE("a mapped national measure shows its measures' rows and the areas that differ from the force", "[views][national]") {
    StatementFixture f;
    const PageView page = national_measures_page(f.ctx);
    const auto* v = view_as<NationalMeasuresView>(page.body);
    REQUIRE(v);
    const auto& n = v->national_measures[3];
    CHECK(n.id == "neighbourhood-crime");
    REQUIRE(n.measures.size() == 1);
    CHECK(n.measures[0].title == "Residential burglary");
    CHECK(n.measures[0].href == "../measures/burglary/");
    CHECK(!n.measures[0].badges.empty());
    // Both areas have the same figures in the fixture, so no area differs from the force.
    CHECK(n.exceptions.empty());
}

TEST_CASE("an area whose signal differs from the force's is an exception, in words", "[views][national]") {
    StatementFixture f;
    // North's last month far above anything before: a special cause the county does not share.
    auto& north = f.model.content.metrics[0].series[1];
    north.values.back() = 400;
    Diagnostics d;
    f.charts = compute_site_charts(f.model, d);
    const PageView page = national_measures_page(f.ctx);
    const auto* v = view_as<NationalMeasuresView>(page.body);
    REQUIRE(v);
    const auto& n = v->national_measures[3];
    REQUIRE(n.exceptions.size() == 1);
    CHECK(n.exceptions[0].area == "North");
    CHECK(n.exceptions[0].href == "../measures/burglary/");
    CHECK(n.exceptions[0].sentence.rfind("Residential burglary in North: Special cause: concern", 0) == 0);
    CHECK(n.exceptions[0].sentence.find("(the force as a whole: ") != std::string::npos);
}

TEST_CASE("the reports page links to the statement only when national measures are mapped", "[views][national]") {
    StatementFixture f;
    const PageView with = reports_page(f.ctx);
    const auto* v = view_as<ReportsView>(with.body);
    REQUIRE(v);
    CHECK(v->national_measures_href == "../national-measures/");
    CHECK(v->national_measures_title == "National crime and policing measures");
    testing::ViewFixture plain;
    const PageView without = reports_page(plain.ctx);
    CHECK(view_as<ReportsView>(without.body)->national_measures_href.empty());
}

TEST_CASE("a quarter's statement lists the six national measures with the figures as they stood then", "[views][national]") {
    StatementFixture f;  // burglary's figures run from April 2019 to March 2021
    const PageView page = quarter_national_measures_page(f.ctx, {2020, 3});
    CHECK(page.dir == "reports/2020-q3/national-measures");
    CHECK(page.base.title == "National crime and policing measures: Q3 2020/21");
    const auto* v = view_as<NationalMeasuresView>(page.body);
    REQUIRE(v);
    REQUIRE(v->national_measures.size() == 6);
    CHECK(v->national_measures[0].id == "homicide");
    CHECK(v->national_measures[5].id == "victim-satisfaction");
    // The Commissioner's words are today's: the quarter's statement links to the current one instead.
    CHECK_FALSE(v->national_measures[0].has_text);
    CHECK(v->current_href == "../../../national-measures/");
    const auto& n = v->national_measures[3];
    REQUIRE(n.measures.size() == 1);
    const std::string& sentence = n.measures[0].data_sentence;
    CHECK(sentence.find("In December 2020,") != std::string::npos);
    CHECK(sentence.find("March 2021") == std::string::npos);
    CHECK(n.measures[0].href == "../../../measures/burglary/");
    // The current statement reads the latest month instead.
    const PageView latest = national_measures_page(f.ctx);
    const auto* now = view_as<NationalMeasuresView>(latest.body);
    REQUIRE(now);
    CHECK(now->national_measures[3].measures[0].data_sentence.find("In March 2021,") != std::string::npos);
    CHECK(now->current_href.empty());
}

TEST_CASE("a quarter's statement says so where the figures do not reach the quarter", "[views][national]") {
    StatementFixture f;
    const PageView page = quarter_national_measures_page(f.ctx, {2018, 4});  // January to March 2019
    const auto* v = view_as<NationalMeasuresView>(page.body);
    REQUIRE(v);
    const auto& row = v->national_measures[3].measures.at(0);
    CHECK(row.data_sentence == "No figures for Q4 2018/19.");
    CHECK(row.badges.empty());
    CHECK(row.sparkline_svg.html.empty());
}

TEST_CASE("the reports page links each quarter's report to that quarter's statement", "[views][national]") {
    StatementFixture f;
    const PageView reports = reports_page(f.ctx);
    const auto* v = view_as<ReportsView>(reports.body);
    REQUIRE(v);
    CHECK(v->reports[0].national_measures_href == "../reports/2020-q3/national-measures/");
    CHECK(v->reports[0].national_measures_title == "National crime and policing measures: Q3 2020/21");
    const PageView report = report_page(f.ctx, {2020, 3});
    const auto* r = view_as<ReportView>(report.body);
    REQUIRE(r);
    CHECK(r->national_measures_href == "../../reports/2020-q3/national-measures/");
    testing::ViewFixture plain;
    const PageView plain_reports = reports_page(plain.ctx), plain_report = report_page(plain.ctx, {2020, 3});
    CHECK(view_as<ReportsView>(plain_reports.body)->reports[0].national_measures_href.empty());
    CHECK(view_as<ReportView>(plain_report.body)->national_measures_href.empty());
}
