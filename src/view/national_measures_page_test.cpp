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
