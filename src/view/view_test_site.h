// A small site built in memory for the view tests: two objectives, three commitments (one with
// activities, updates and see_also), one measure with a target and two areas, a meeting series
// with one recorded meeting, a term and a free page. Everything a page builder reads.
#pragma once

#include <cmath>

#include "common/english_for_tests.h"
#include "model/site_model.h"
#include "view/site_views.h"
#include "view/view_index.h"

namespace scrutiny::testing {

inline SiteContent small_content() {
    SiteContent c;
    c.config.title = "Plan";
    c.config.organisation = "Office";
    c.config.description = "The plan.";
    c.config.base_url = "https://example.org/plan/";
    c.config.objectives = {{"victims", "Putting victims first", "Victims", "Victims **matter**.", {}},
                           {"secure", "A secure county", "Secure", "", {}}};
    c.config.areas = {{"county", "The County", true, std::nullopt, {}}, {"north", "North", false, std::nullopt, {}}};

    Commitment a;
    a.ref = "A1";
    a.slug = "a1";
    a.objective = "victims";
    a.title = "Support victims";
    a.owner = Owner::pcc;
    a.status = Status::in_progress;
    a.body_markdown = "The ISVA service grows.";
    a.activities = {{"A1.1", "Hire staff", Status::complete, {}}};
    a.updates = {{{2020, 2}, Date{2020, 11, 1}, std::nullopt, "Older news.", {}},
                 {{2020, 3}, Date{2021, 1, 26}, LocatedString{"A1.1", {}}, "Staff hired.", {}}};
    a.oversight = {{"board", {}}};
    a.metrics = {{"burglary", {}}};
    a.see_also = {{"B1", {}}};
    Commitment b;
    b.ref = "B1";
    b.slug = "b1";
    b.objective = "victims";
    b.title = "Police visibility";
    b.owner = Owner::force;
    b.status = Status::complete;
    Commitment s;
    s.ref = "S1";
    s.slug = "s1";
    s.objective = "secure";
    s.title = "Safer roads";
    s.owner = Owner::pcc;
    s.see_also = {{"A1", {}}};
    s.metrics = {{"burglary", {}}};
    c.commitments = {a, b, s};

    Metric m;
    m.id = "burglary";
    m.title = "Residential burglary";
    m.unit = "offences";
    m.value_type = spc::ValueType::count;
    m.aggregate = spc::Aggregate::sum;
    m.improvement = spc::Improvement::decrease;
    m.definition = "Burglaries of homes.";
    m.objective = LocatedString{"secure", {}};
    m.target = 100;
    m.oversight = {{"board", {}}};
    for (const char* area : {"county", "north"}) {
        Series series;
        series.area = {area, {}};
        series.start = Month{2019, 4};
        for (int i = 0; i < 24; ++i) series.values.push_back(110 + (i * 7) % 13);
        m.series.push_back(series);
    }
    c.metrics = {m};

    c.mechanisms = {{"board", "Victims Board", "Checks support for victims.", "Quarterly", {"victims", {}}, true, false, {}}};
    c.terms = {{"ISVA", "Independent Sexual Violence Adviser", "", "term-isva", {}}};
    Session meeting;
    meeting.slug = "2021-02-01-board";
    meeting.title = "Victims Board, February";
    meeting.kind = SessionKind::thematic;
    meeting.date = {2021, 2, 1};
    meeting.series = {"board", {}};
    meeting.objectives = {{"victims", {}}};
    c.sessions = {meeting};
    Page about;
    about.slug = "about";
    about.title = "About";
    about.body_markdown = "Built on {{build_date}}.";
    about.weight = 1;
    c.pages = {about};
    return c;
}

// The model, charts and index a page builder reads, kept alive together.
struct ViewFixture {
    SiteModel model;
    SiteCharts charts;
    BuildInfo build{{2024, 1, 31}};
    ViewIndex index;
    PageContext ctx{model, charts, build, index};

    explicit ViewFixture(SiteContent content = small_content()) {
        Diagnostics d;
        model = build_site_model(std::move(content), d);
        model.translations = english_for_tests();
        charts = compute_site_charts(model, d);
        index = index_for_views(model, navigation(builtin_page_kinds(), model), search_items(builtin_page_kinds(), model));
    }
    ViewFixture(const ViewFixture&) = delete;
};

}  // namespace scrutiny::testing
