// Home, objective and commitment views from a small in-memory site.
#include <catch2/catch.hpp>

#include "view/content_views.h"
#include "view/view_test_site.h"

using namespace scrutiny;

TEST_CASE("the home view counts each objective's commitments and lists the newest updates first", "[views]") {
    testing::ViewFixture f;
    PageView page = home_page(f.ctx);
    const auto* v = view_as<HomeView>(page.body);
    REQUIRE(v);
    CHECK(page.dir.empty());
    CHECK(page.base.title == "Plan");
    CHECK(page.base.breadcrumbs.empty());
    REQUIRE(v->objectives.size() == 2);
    CHECK(v->objectives[0].href == "objectives/victims/");
    CHECK(v->objectives[0].commitment_count == "2");
    CHECK(v->objectives[0].complete_count == "1");
    CHECK(v->objectives[0].summary_html.html == "<p>Victims <strong>matter</strong>.</p>\n");
    CHECK(v->objectives[0].measures.empty());
    REQUIRE(v->objectives[1].measures.size() == 1);
    CHECK_FALSE(v->other_measures);  // every measure has an objective
    REQUIRE(v->latest_updates.size() == 1);  // one commitment, shown once, with its newest update
    CHECK(v->latest_updates[0].period == "Q3 2020/21 (October to December 2020)");
    CHECK(v->latest_updates[0].summary == "Staff hired.");
    CHECK(v->latest_updates[0].href == "commitments/a1/");
}

TEST_CASE("an objective view groups the Commissioner's commitments apart from policing elements", "[views]") {
    testing::ViewFixture f;
    PageView page = objective_page(f.ctx, f.model.config().objectives[0]);
    const auto* v = view_as<ObjectiveView>(page.body);
    REQUIRE(v);
    CHECK(page.dir == "objectives/victims");
    REQUIRE(v->plans.size() == 1);  // the fixture lists no plans: one untitled plan
    CHECK(v->plans[0].plan_title.empty());
    REQUIRE(v->plans[0].commitment_groups.size() == 2);
    CHECK(v->plans[0].commitment_groups[0].heading == "The Commissioner's commitments");
    CHECK(v->plans[0].commitment_groups[0].commitments[0].href == "../../commitments/a1/");
    CHECK(v->plans[0].commitment_groups[0].commitments[0].status == "In progress");
    CHECK(v->plans[0].commitment_groups[0].commitments[0].status_class == "status-in-progress");
    CHECK(v->plans[0].commitment_groups[0].commitments[0].latest_update == "Q3 2020/21");
    CHECK(v->plans[0].commitment_groups[1].heading == "Policing elements");
    CHECK(v->plans[0].commitment_groups[1].commitments[0].latest_update.empty());
    REQUIRE(v->mechanisms.size() == 1);
    CHECK(v->mechanisms[0].href == "../../glossary/#board");
    REQUIRE(page.base.nav.size() == 7);  // home, two objectives, areas, meetings, glossary, reports
    CHECK(page.base.nav[3].label == "Areas");
    CHECK(page.base.nav[3].href == "../../areas/");
    CHECK(page.base.nav[1].current);
    CHECK_FALSE(page.base.nav[0].current);
}

TEST_CASE("an objective view lists commitments in plan order, 3.2 before 3.10, whatever the file names", "[views][natural_order]") {
    SiteContent c = testing::small_content();
    c.commitments[0].ref = "3.10";  // loaded first, as 3-10.md is listed before 3-2.md
    c.commitments[0].slug = "3-10";
    c.commitments[1].ref = "3.2";
    c.commitments[1].slug = "3-2";
    c.commitments[1].owner = Owner::pcc;
    testing::ViewFixture f(std::move(c));
    PageView v_page = objective_page(f.ctx, f.model.config().objectives[0]);
    const auto* v = view_as<ObjectiveView>(v_page.body);
    REQUIRE(v);
    const auto& listed = v->plans.at(0).commitment_groups.at(0).commitments;
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].ref == "3.2");
    CHECK(listed[1].ref == "3.10");
}

TEST_CASE("a commitment view has its activities, updates newest first, and related pages both ways", "[views]") {
    testing::ViewFixture f;
    PageView page = commitment_page(f.ctx, f.model.content.commitments[0]);
    const auto* v = view_as<CommitmentView>(page.body);
    REQUIRE(v);
    CHECK(page.dir == "commitments/a1");
    CHECK(page.source_file.empty());
    CHECK(page.base.title == "A1: Support victims");
    CHECK(page.base.document_title == "A1: Support victims | Plan");
    REQUIRE(page.base.breadcrumbs.size() == 2);
    CHECK(page.base.breadcrumbs[1].href == "../../objectives/victims/");
    CHECK(v->owner == "Commissioner's commitment");
    CHECK(v->status == "In progress");
    // The body marks the glossary term, relative to this page.
    CHECK(v->body_html.html.find("href=\"../../glossary/#term-isva\"") != std::string::npos);
    REQUIRE(v->activities.size() == 1);
    CHECK(v->activities[0].anchor == "activity-a1-1");
    REQUIRE(v->updates.size() == 2);
    CHECK(v->updates[0].period_label == "2020-Q3");
    CHECK(v->updates[0].published == "26 January 2021");
    CHECK(v->updates[0].activity_href == "#activity-a1-1");
    CHECK(v->updates[1].activity_ref.empty());
    REQUIRE(v->metrics.size() == 1);
    CHECK(v->metrics[0].href == "../../measures/burglary/");
    // B1 because A1 names it; S1 because it names A1.
    REQUIRE(v->related.size() == 2);
    CHECK(v->related[0].ref == "B1");
    CHECK(v->related[1].ref == "S1");
    CHECK(v->related[1].href == "../../commitments/s1/");
}

TEST_CASE("the site's updates run newest quarter first, then newest date (none last), then plan order, then file order, and "
          "the first few are the first of that order", "[views][feed]") {
    SiteContent content = testing::small_content();
    content.commitments.resize(1);
    Commitment a10 = content.commitments[0], a2 = content.commitments[0];
    a10.ref = "A10", a10.slug = "a10";
    a2.ref = "A2", a2.slug = "a2";
    a10.activities.clear(), a2.activities.clear();
    const FinancialQuarter q2{2020, 2}, q3{2020, 3};
    a10.updates = {{q3, Date{2021, 1, 5}, std::nullopt, "A10 early January.", {}},
                   {q3, std::nullopt, std::nullopt, "A10 undated.", {}},
                   {q2, Date{2020, 12, 1}, std::nullopt, "A10 older quarter.", {}},
                   {q3, Date{2021, 1, 26}, std::nullopt, "A10 late January, first.", {}},
                   {q3, Date{2021, 1, 26}, std::nullopt, "A10 late January, second.", {}}};
    a2.updates = {{q3, Date{2021, 1, 26}, std::nullopt, "A2 late January.", {}},
                  {q3, std::nullopt, std::nullopt, "A2 undated.", {}}};
    content.commitments = {a10, a2};  // A10's file first; A2 comes first in the plan
    Diagnostics d;
    const SiteModel m = build_site_model(std::move(content), d);
    std::vector<std::string> order;
    for (const auto& u : site_updates_newest_first(m)) order.push_back(u.update->text_markdown.str());
    CHECK(order == std::vector<std::string>{"A2 late January.", "A10 late January, first.", "A10 late January, second.",
                                            "A10 early January.", "A2 undated.", "A10 undated.", "A10 older quarter."});
    std::vector<std::string> first_three;
    for (const auto& u : site_updates_newest_first(m, 3)) first_three.push_back(u.update->text_markdown.str());
    CHECK(first_three == std::vector<std::string>(order.begin(), order.begin() + 3));
    CHECK(site_updates_newest_first(m, 100).size() == order.size());
}
