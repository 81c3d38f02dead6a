// Area pages and the list of areas from a small in-memory site.
#include <catch2/catch.hpp>

#include "view/area_views.h"
#include "view/content_views.h"
#include "view/view_test_site.h"

using namespace scrutiny;

namespace {
SiteContent site_naming_north() {
    SiteContent c = testing::small_content();
    c.commitments[1].updates = {{{2020, 3}, std::nullopt, std::nullopt, "More patrols in the north of the county.", {}}};
    c.commitments[2].body_markdown = "Speed checks in North and in Northfield.";
    c.sessions[0].body_markdown = "The board heard from NORTH's inspector.";
    return c;
}
}  // namespace

TEST_CASE("an area page gives every measure with that area's sentences, signals and trend", "[views][areas]") {
    testing::ViewFixture f;
    const Area& north = f.model.content.config.areas[1];
    PageView page = area_page(f.ctx, north);
    CHECK(page.dir == "areas/north");
    CHECK(page.base.title == "Your area: North");
    CHECK(page.base.breadcrumbs.at(1).href == "../../areas/");
    const auto* v = view_as<AreaView>(page.body);
    REQUIRE(v);
    REQUIRE(v->groups.size() == 1);  // the only measure belongs to the secure objective
    CHECK(v->groups[0].title == "A secure county");
    CHECK(v->groups[0].href == "../../objectives/secure/");
    REQUIRE(v->groups[0].measures.size() == 1);
    const MeasureRow& row = v->groups[0].measures[0];
    CHECK(row.href == "../../measures/burglary/#area-north");

    // The same sentences the measure page shows for North, not the first area's.
    PageView measure = measure_page(f.ctx, f.model.content.metrics[0]);
    const auto* m = view_as<MeasureView>(measure.body);
    REQUIRE(m);
    REQUIRE(m->areas.size() == 2);
    CHECK(m->areas[1].id == "north");
    CHECK(row.data_sentence.rfind(m->areas[1].month_sentence, 0) == 0);
    CHECK(row.data_sentence.find(m->areas[1].quarter_sentence) != std::string::npos);
    CHECK(row.sparkline_svg.html.find("Trend of Residential burglary in North") != std::string::npos);
    REQUIRE(row.badges.size() == m->areas[1].badges.size());
    CHECK(row.badges[0].label == m->areas[1].badges[0].label);
}

TEST_CASE("every measure page links each area's chart to that area's page", "[views][areas]") {
    testing::ViewFixture f;
    PageView measure = measure_page(f.ctx, f.model.content.metrics[0]);
    const auto* m = view_as<MeasureView>(measure.body);
    REQUIRE(m);
    CHECK(m->areas[0].area_href == "../../areas/county/");
    CHECK(m->areas[1].area_href == "../../areas/north/");
    CHECK(m->areas[1].area_link == "Every measure for North");
}

TEST_CASE("an area without figures for a measure says so", "[views][areas]") {
    SiteContent c = testing::small_content();
    c.config.areas.push_back({"south", "South", false, std::nullopt, {}});
    testing::ViewFixture f(std::move(c));
    PageView page = area_page(f.ctx, f.model.content.config.areas[2]);
    const auto* v = view_as<AreaView>(page.body);
    REQUIRE(v);
    const MeasureRow& row = v->groups.at(0).measures.at(0);
    CHECK(row.data_sentence == "No figures for South.");
    CHECK(row.badges.empty());
    CHECK(row.sparkline_svg.html.empty());
}

TEST_CASE("an area page lists the commitments and meetings that name the area as a word", "[views][areas]") {
    testing::ViewFixture f(site_naming_north());
    PageView page = area_page(f.ctx, f.model.content.config.areas[1]);
    const auto* v = view_as<AreaView>(page.body);
    REQUIRE(v);
    CHECK(v->mentions_heading == "Commitments and meetings that mention North");
    REQUIRE(v->commitments.size() == 2);  // B1 in an update, S1 in its body ("Northfield" alone would not count)
    CHECK(v->commitments[0].ref == "B1");
    CHECK(v->commitments[1].ref == "S1");
    CHECK(v->commitments[1].href == "../../commitments/s1/");
    REQUIRE(v->sessions.size() == 1);
    CHECK(v->sessions[0].href == "../../meetings/2021-02-01-board/");
    CHECK(v->sessions[0].date == "1 February 2021");
    CHECK(v->has_mentions);
}

TEST_CASE("a word that only contains an area's name does not mention it", "[views][areas]") {
    SiteContent c = testing::small_content();
    c.commitments[0].body_markdown = "Northfield and Northampton.";
    testing::ViewFixture f(std::move(c));
    PageView v_page = area_page(f.ctx, f.model.content.config.areas[1]);
    const auto* v = view_as<AreaView>(v_page.body);
    REQUIRE(v);
    CHECK(v->commitments.empty());
    CHECK_FALSE(v->has_mentions);
    CHECK(v->no_mentions == "No commitment or meeting mentions North by name.");
}

TEST_CASE("the whole force area's page lists no mentions: everything is about it", "[views][areas]") {
    testing::ViewFixture f(site_naming_north());
    PageView v_page = area_page(f.ctx, f.model.content.config.areas[0]);
    const auto* v = view_as<AreaView>(v_page.body);
    REQUIRE(v);
    CHECK(v->total);
    CHECK_FALSE(v->has_mentions);
    CHECK(v->no_mentions == "Every commitment and meeting is about The County as a whole: see each objective's page.");
    REQUIRE(v->other_areas.size() == 1);
    CHECK(v->other_areas[0].name == "North");
}

TEST_CASE("the list of areas and the home page link every area's page", "[views][areas]") {
    testing::ViewFixture f;
    PageView list = areas_page(f.ctx);
    CHECK(list.dir == "areas");
    const auto* v = view_as<AreasView>(list.body);
    REQUIRE(v);
    REQUIRE(v->areas.size() == 2);
    CHECK(v->areas[0].name == "The County");
    CHECK(v->areas[0].total);
    CHECK(v->areas[1].href == "../areas/north/");
    PageView home_view = home_page(f.ctx);
    const auto* home = view_as<HomeView>(home_view.body);
    REQUIRE(home);
    REQUIRE(home->areas.size() == 2);
    CHECK(home->areas[1].href == "areas/north/");
}

TEST_CASE("an area's name is found in any case, with its spaces and signs, but not across two texts", "[views][areas]") {
    SiteContent c = testing::small_content();
    c.config.areas[1].name = "Telford & Wrekin";
    REQUIRE(c.commitments.size() >= 3);
    c.commitments[0].body_markdown = "Patrols across TELFORD & WREKIN";          // at the very end, in capitals
    c.commitments[1].title = "Roads in Telford";                              // the title ends where...
    c.commitments[1].body_markdown = "& Wrekin is not named here.";          // ...the body goes on: two texts
    c.commitments[1].updates.clear();
    c.commitments[2].body_markdown = "Telford & Wrekinshire, or éTelford & Wrekin.";  // inside words
    testing::ViewFixture f(std::move(c));
    PageView page = area_page(f.ctx, f.model.content.config.areas[1]);
    const auto* v = view_as<AreaView>(page.body);
    REQUIRE(v);
    REQUIRE(v->commitments.size() == 1);
    CHECK(v->commitments[0].ref == f.model.content.commitments[0].ref);
}
