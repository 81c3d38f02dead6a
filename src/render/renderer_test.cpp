#include "render/renderer.h"

#include <catch2/catch.hpp>
#include <kainjow/mustache.hpp>

#include "common/file_system.h"

using namespace scrutiny;

namespace {
struct TestView {
    std::string title, empty, site;
    template <class V>
    void fields(V& v) {
        v("title", title, "");
        v("empty", empty, "");
        v("site", site, "");
    }
};

struct Row {
    std::string site;
    template <class V>
    void fields(V& v) { v("site", site, ""); }
};
struct View {
    std::string foot = "not a partial";
    std::vector<Row> rows{{"A"}, {"B"}};
    template <class V>
    void fields(V& v) {
        v("foot", foot, "");
        v("rows", rows, "");
    }
};

PageView page_of(TestView view) {
    PageView p;
    p.template_name = "page";
    p.body = erase_view(std::move(view));
    return p;
}

Theme theme_with(const std::string& page) {
    Theme t;
    t.name = "t";
    t.templates["base"] = "<main>{{{content}}}</main>{{> foot}}";
    t.templates["page"] = page;
    t.template_files["base"] = "themes/t/templates/base.mustache";
    t.template_files["page"] = "themes/t/templates/page.mustache";
    t.partials["foot"] = "<footer>{{site}}</footer>";
    return t;
}
}  // namespace

TEST_CASE("renders a page inside the base layout, escaping text", "[render]") {
    Theme t = theme_with("<h1>{{title}}</h1>{{#empty}}never{{/empty}}{{^empty}}none{{/empty}}");
    Renderer r(t);
    Diagnostics d;
    REQUIRE(r.check(d));
    PageView page = page_of({"Fish & <chips>", "", "S"});
    CHECK(r.render_page(page, d) == "<main><h1>Fish &amp; &lt;chips&gt;</h1>none</main><footer>S</footer>");
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("a view key with a partial's name does not hide the partial", "[render]") {
    // The default theme once had a `badges` key and a `badges` partial: every badge rendered empty.
    Theme t = theme_with("{{#rows}}<td>{{> foot}}</td>{{/rows}}");
    Renderer r(t);
    Diagnostics d;
    PageView page;
    page.template_name = "page";
    page.body = erase_view(View{});
    CHECK(r.render_page(page, d) ==
          "<main><td><footer>A</footer></td><td><footer>B</footer></td></main><footer></footer>");
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("a broken template is reported with its file", "[render]") {
    Theme t = theme_with("{{#open}}never closed");
    Renderer r(t);
    Diagnostics d;
    CHECK_FALSE(r.check(d));
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]).rfind("themes/t/templates/page.mustache: error: template error: ", 0) == 0);
}

TEST_CASE("a theme overrides some templates and inherits the rest from its parent", "[render]") {
    MemoryFileSystem site, builtin;
    builtin.write("themes/default/templates/base.mustache", "default base");
    builtin.write("themes/default/templates/home.mustache", "default home");
    builtin.write("themes/default/static/assets/css/site.css", "css");
    site.write("themes/mine/theme.toml", "extends = \"default\"\n");
    site.write("themes/mine/templates/home.mustache", "my home");
    Diagnostics d;
    auto theme = load_theme(site, builtin, "mine", {"site_config.toml", 0, 0}, d);
    REQUIRE(theme);
    CHECK(theme->templates.at("home") == "my home");
    CHECK(theme->templates.at("base") == "default base");
    CHECK(theme->static_files.at("assets/css/site.css") == "css");
    CHECK_FALSE(load_theme(site, builtin, "missing", {"site_config.toml", 7, 9}, d));
    CHECK(format_diagnostic(d.all().back()) ==
          "site_config.toml:7:9: error: theme `missing` not found: there is no folder themes/missing; create it, or use theme = \"default\"");
}

TEST_CASE("partials render as kainjow includes them, though the renderer writes them into the templates", "[render]") {
    // The renderer copies each partial into the templates once (kainjow would parse it again at
    // every use); what a page shows must not change. Each case is compared with kainjow's own
    // rendering, which includes the partial from the data.
    namespace mustache = kainjow::mustache;
    struct Case {
        std::string page, partial;
    };
    const std::vector<Case> cases = {
        {"a\n  {{> p}}\nb\n", "{{#rows}}\n<li>{{site}}</li>\n{{/rows}}\n"},  // a standalone line; sections on lines of their own
        {"<td>{{> p}}</td>{{#rows}}<i>{{>p}}</i>{{/rows}}", "{{#rows}}\n{{site}}\n{{/rows}}"},  // within a line, and within a section
        {"{{! {{> p}} }}{{{site}}}{{ >  p }}", "[{{site}}]"},  // a comment that names it; spaces in the tag
        {"<{{> p}}>", "{{#rows}}({{> p}}){{/rows}}"},  // includes itself
        {"{{> p}}|{{site}}", "{{=<% %>=}}<%site%>"},  // changes delimiters
        {"{{> nope}}.", "x"},  // names no partial
    };
    for (const auto& c : cases) {
        Theme t;
        t.name = "t";
        t.templates["base"] = "{{{content}}}";
        t.templates["page"] = c.page;
        t.template_files["base"] = "themes/t/templates/base.mustache";
        t.template_files["page"] = "themes/t/templates/page.mustache";
        t.partials["p"] = c.partial;
        const auto view = [] {
            mustache::data rows = mustache::data::type::list;
            for (const char* s : {"A&", "B"}) {  // rows within rows end the partial that includes itself
                mustache::data row = mustache::object{{"site", s}};
                row.set("rows", mustache::data(false));
                rows.push_back(row);
            }
            mustache::data data = mustache::object{{"site", "<S>"}};
            data.set("rows", rows);
            return data;
        };
        mustache::data expected_data = view();
        const std::string partial = c.partial;
        expected_data.set("p", mustache::partial([partial] { return partial; }));
        mustache::mustache reference(c.page);
        const std::string expected = reference.render(expected_data);
        INFO(c.page << " with p = " << c.partial);
        REQUIRE(reference.error_message().empty());

        Renderer r(t);
        Diagnostics d;
        REQUIRE(r.check(d));
        mustache::data data = view();
        CHECK(r.render_page("page", data, d) == expected);
        CHECK_FALSE(d.has_errors());
    }
}

TEST_CASE("a partial that does not compile is reported with its own file", "[render]") {
    Theme t = theme_with("<p>{{> foot}}</p>");
    t.partials["foot"] = "{{#open}}never closed";
    Renderer r(t);
    Diagnostics d;
    CHECK_FALSE(r.check(d));
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]).rfind("themes/t/partials/foot.mustache: error: template error: ", 0) == 0);
}
