// The chart markup of built pages: measure pages carry the figure, canvas, SVG fallback,
// table and downloads, and load Chart.js; pages without charts load no script and show
// sparklines. Built from the minimal fixture (two areas, one missing month).
#include <regex>

#include <catch2/catch.hpp>

#include "common/file_system.h"
#include "pipeline.h"

using namespace scrutiny;

namespace {
const OutputSet& fixture_site() {
    static const std::optional<BuiltSite> built = [] {
        DiskFileSystem site(std::string(SCRUTINY_SOURCE_DIR) + "/tests/fixtures/valid-minimal");
        Diagnostics diags;
        PipelineOptions options;
        options.build.build_date = {2024, 1, 1};
        return build_site(site, options, diags);
    }();
    REQUIRE(built);
    return built->files;
}

std::string page(const std::string& path) {
    const std::string* html = fixture_site().find(path);
    REQUIRE(html);
    return *html;
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }
}  // namespace

TEST_CASE("a measure page loads Chart.js and the chart script, deferred, from the site itself", "[svg][pages]") {
    const std::string html = page("measures/burglary/index.html");
    const auto vendor = html.find("<script src=\"../../assets/vendor/chart.js/chart.min.js\" defer></script>");
    const auto script = html.find("<script src=\"../../assets/js/charts.js\" defer></script>");
    REQUIRE(vendor != std::string::npos);
    REQUIRE(script != std::string::npos);
    CHECK(vendor < script);                       // Chart.js first
    CHECK(vendor < html.find("</head>"));
    CHECK_FALSE(std::regex_search(html, std::regex("<script>|<script [^s]|\\son[a-z]+=\"")));  // no inline script
    CHECK(fixture_site().contains("assets/vendor/chart.js/chart.min.js"));
    CHECK(fixture_site().contains("assets/vendor/chart.js/LICENSE.md"));
    CHECK(fixture_site().contains("assets/js/charts.js"));
}

TEST_CASE("every area of a measure page has a figure with caption, labelled canvas, SVG, key, table and downloads", "[svg][pages]") {
    const std::string html = page("measures/burglary/index.html");
    CHECK(has(html, "<div class=\"charts\" data-chart-json=\"../../data/metrics/burglary.json\" data-value-type=\"count\">"));
    for (const std::string area : {"county", "north"}) {
        INFO(area);
        const auto start = html.find("<section class=\"area-chart\" id=\"area-" + area + "\" data-area=\"" + area + "\"");
        REQUIRE(start != std::string::npos);
        const std::string section = html.substr(start, html.find("</section>", start) - start);
        CHECK(has(section, "<ul class=\"sentences\" id=\"area-" + area + "-sentences\">"));
        CHECK(std::regex_search(section, std::regex("<figure class=\"chart-figure\">\n<figcaption>Control chart: Residential burglary in [^<]+, April 2018 to March 2020</figcaption>")));
        CHECK(std::regex_search(section, std::regex("<div class=\"chart-canvas\" hidden><canvas id=\"chart-" + area +
                                                    "-canvas\" role=\"img\" aria-label=\"Control chart of Residential burglary in [^\"]+, April 2018 to March 2020; "
                                                    "the sentences above describe it[^\"]*\" aria-describedby=\"area-" + area + "-sentences\"></canvas></div>")));
        CHECK(has(section, "<div class=\"chart-fallback\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\""));
        CHECK(has(section, "<title id=\"chart-" + area + "-title\">Control chart of Residential burglary in "));
        CHECK(has(section, "<desc id=\"chart-" + area + "-desc\">24 months, April 2018 to March 2020"));
        CHECK(has(section, "<ul class=\"chart-key\">"));
        CHECK(has(section, "Special cause: concern</li>"));
        CHECK(has(section, "<details class=\"data-table\">"));
        CHECK(has(section, "<a href=\"../../data/metrics/burglary.csv\" download>CSV</a>"));
        CHECK(has(section, "<a href=\"../../data/metrics/burglary.json\" download>JSON</a>"));
    }
    // The north series misses a month: a gap in its SVG line, "No figure" in its table.
    const auto north = html.find("id=\"area-north\"");
    CHECK(has(html.substr(north), "<td>No figure</td>"));
    CHECK(has(html.substr(north), "1 month has no figure, shown as a gap."));
    // The area select exists for JavaScript, hidden until the script shows it.
    CHECK(has(html, "<div class=\"area-switcher\" hidden>\n<label for=\"area-select\">Show the chart for</label>\n<select id=\"area-select\">\n"
                    "<option value=\"county\">The County</option>\n<option value=\"north\">North District</option>\n</select>"));
}

TEST_CASE("pages without charts or the search box load no JavaScript, and summary tables show a sparkline per measure", "[svg][pages]") {
    for (const auto& [path, bytes] : fixture_site().files()) {
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0 || path.rfind("measures/", 0) == 0) continue;
        INFO(path);
        if (path == "search/index.html")  // MiniSearch and the box's script, nothing else
            CHECK(has(bytes, "<script src=\"../assets/vendor/minisearch/minisearch.min.js\" defer></script>\n"
                             "<script src=\"../assets/js/search.js\" defer></script>\n</head>"));
        else
            CHECK_FALSE(has(bytes, "<script"));
    }
    const std::string home = page("index.html");
    CHECK(has(home, "<th scope=\"col\">Trend</th>"));
    CHECK(std::regex_search(home, std::regex("<td class=\"trend\" data-label=\"Trend\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" width=\"120\" height=\"32\" viewBox=\"0 0 120 32\" "
                                             "role=\"img\" aria-label=\"Trend of Residential burglary in The County, April 2018 to March 2020; latest [0-9]+ offences in March 2020\">")));
    CHECK(has(page("objectives/secure/index.html"), "class=\"sparkline\""));
}
