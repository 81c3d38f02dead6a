// Glossary, meetings, free page, A to Z and not-found views from a small in-memory site.
#include <catch2/catch.hpp>

#include "view/reference_views.h"
#include "view/view_test_site.h"

using namespace scrutiny;

TEST_CASE("the glossary view groups meetings by objective and links to the meetings held", "[views]") {
    testing::ViewFixture f;
    PageView page = glossary_page(f.ctx);
    const auto* v = view_as<GlossaryView>(page.body);
    REQUIRE(v);
    REQUIRE(v->mechanism_groups.size() == 1);  // only groups with a meeting
    CHECK(v->mechanism_groups[0].title == "Putting victims first");
    const auto& board = v->mechanism_groups[0].mechanisms[0];
    CHECK(board.notes_published == "Yes");
    CHECK(board.is_public == "No");
    CHECK(board.sessions_href == "../meetings/#series-board");
    REQUIRE(v->terms.size() == 1);
    CHECK(v->terms[0].anchor == "term-isva");
}

TEST_CASE("the meetings views give dates and kinds in words", "[views]") {
    testing::ViewFixture f;
    PageView list = sessions_page(f.ctx);
    const auto* v = view_as<SessionsView>(list.body);
    REQUIRE(v);
    REQUIRE(v->years.size() == 1);
    CHECK(v->years[0].year == "2021");
    CHECK(v->years[0].sessions[0].date == "1 February 2021");
    CHECK(v->years[0].sessions[0].kind == "Thematic meeting");
    CHECK(v->years[0].sessions[0].href == "../meetings/2021-02-01-board/");
    CHECK(v->series[0].glossary_href == "../glossary/#board");

    PageView one = session_page(f.ctx, f.model.content.sessions[0]);
    const auto* s = view_as<SessionView>(one.body);
    REQUIRE(s);
    CHECK(one.dir == "meetings/2021-02-01-board");
    CHECK(s->date_iso == "2021-02-01");
    CHECK(s->series_href == "../../glossary/#board");
    CHECK(s->objectives[0].href == "../../objectives/victims/");
    CHECK(one.base.breadcrumbs[1].href == "../../meetings/");
}

TEST_CASE("a free page fills in the build date and appears in every footer", "[views]") {
    testing::ViewFixture f;
    PageView page = free_page(f.ctx, f.model.content.pages[0]);
    const auto* v = view_as<FreePageView>(page.body);
    REQUIRE(v);
    CHECK(v->body_html.html == "<p>Built on 31 January 2024.</p>\n");
    REQUIRE(page.base.footer_pages.size() == 1);
    CHECK(page.base.footer_pages[0].href == "../about/");
}

TEST_CASE("the A to Z view groups every page by first letter, sorted by title", "[views]") {
    testing::ViewFixture f;
    PageView page = search_page(f.ctx);
    const auto* v = view_as<SearchView>(page.body);
    REQUIRE(v);
    std::vector<std::string> letters;
    for (const auto& l : v->letters) letters.push_back(l.letter);
    CHECK(letters == std::vector<std::string>{"A", "B", "N", "P", "R", "S", "T", "V"});
    const auto& a = v->letters[0].entries;
    REQUIRE(a.size() == 3);  // A1, the secure objective, About
    CHECK(a[0].title == "A secure county");
    CHECK(a[0].kind == "Objective");
    CHECK(a[1].title == "A1: Support victims");
    CHECK(a[1].href == "../commitments/a1/");
    CHECK(a[2].kind == "Page");
    const auto& v_entries = v->letters[7].entries;
    CHECK(v_entries[0].href == "../glossary/#board");  // an oversight meeting links to its glossary entry
    // Each area's page, by the area's name.
    REQUIRE(v->letters[2].entries.size() == 1);
    CHECK(v->letters[2].entries[0].title == "North");
    CHECK(v->letters[2].entries[0].href == "../areas/north/");
    CHECK(v->letters[2].entries[0].kind == "Area");
    CHECK(v->letters[6].entries[0].href == "../areas/county/");
}

TEST_CASE("every link on the not-found page is an absolute path under base_url", "[views]") {
    testing::ViewFixture f;
    PageView page = not_found_page(f.ctx);
    CHECK(page.output_path() == "404.html");
    CHECK(page.base.root == "/plan/");
    CHECK(page.base.home_href == "/plan/");
    CHECK(page.base.stylesheet == "/plan/assets/css/site.css");
    CHECK(page.base.search_href == "/plan/search/");
    for (const auto& n : page.base.nav) CHECK(n.href.rfind("/plan/", 0) == 0);
    CHECK(page.base.footer_pages[0].href == "/plan/about/");
}

TEST_CASE("every page names the site's icon, with its type, and the browser colour", "[views][metadata]") {
    {
        testing::ViewFixture f;
        PageView page = search_page(f.ctx);
        CHECK(page.base.favicon == "../assets/favicon.svg");
        CHECK(page.base.favicon_type == "image/svg+xml");
        CHECK(page.base.theme_colour == "#12355b");
        CHECK(page.base.canonical == "https://example.org/plan/search/");
        CHECK(not_found_page(f.ctx).base.canonical == "https://example.org/plan/404.html");
    }
    SiteContent c = testing::small_content();
    c.config.favicon = "assets/Crest.PNG";
    c.config.theme_colour = "#004b87";
    testing::ViewFixture f(std::move(c));
    PageView page = search_page(f.ctx);
    CHECK(page.base.favicon == "../assets/Crest.PNG");
    CHECK(page.base.favicon_type == "image/png");
    CHECK(page.base.theme_colour == "#004b87");
}

TEST_CASE("the A to Z sorts references by their numbers: A2 before A10", "[views][natural_order]") {
    SiteContent c = testing::small_content();
    c.commitments[1].ref = "A10";
    c.commitments[1].slug = "a10";
    c.commitments[2].ref = "A2";
    c.commitments[2].slug = "a2";
    testing::ViewFixture f(std::move(c));
    PageView v_page = search_page(f.ctx);
    const auto* v = view_as<SearchView>(v_page.body);
    REQUIRE(v);
    std::vector<std::string> titles;
    for (const auto& e : v->letters.at(0).entries) titles.push_back(e.title);
    CHECK(titles == std::vector<std::string>{"A secure county", "A1: Support victims", "A2: Safer roads", "A10: Police visibility", "About"});
}
