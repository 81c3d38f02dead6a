// What visitors come for, on the built demo site: one page per area with every measure and the
// area's own sentences, the area in measure pages' links, and sharing metadata on every page.
#include <regex>
#include <set>

#include <catch2/catch.hpp>

#include "common/file_system.h"
#include "pipeline.h"

using namespace scrutiny;

namespace {
const BuiltSite& demo() {
    static const std::optional<BuiltSite> built = [] {
        DiskFileSystem site(SCRUTINY_SOURCE_DIR);
        Diagnostics diags;
        PipelineOptions options;
        options.build.build_date = {2024, 1, 1};
        return build_site(site, options, diags);
    }();
    REQUIRE(built);
    return *built;
}

std::string page(const std::string& path) {
    const std::string* html = demo().files.find(path);
    INFO(path);
    REQUIRE(html);
    return *html;
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// The content of the first <meta> or <link> whose `key` attribute is `name`.
std::string attribute(const std::string& html, const std::string& tag, const std::string& key, const std::string& name,
                      const std::string& value) {
    std::smatch m;
    const std::regex re("<" + tag + " " + key + "=\"" + name + "\" " + value + "=\"([^\"]*)\"");
    return std::regex_search(html, m, re) ? m[1].str() : "<missing>";
}

// An area's section of a measure page: from its <section> to the next.
std::string area_section(const std::string& html, const std::string& area) {
    const auto start = html.find("<section class=\"area-chart\" id=\"area-" + area + "\"");
    if (start == std::string::npos) return "";
    return html.substr(start, html.find("</section>", start) - start);
}

// The list items of a section's sentences, in order.
std::vector<std::string> sentences(const std::string& section) {
    std::vector<std::string> out;
    const std::regex li("<li>([^<]*)</li>");
    const auto list = section.substr(0, section.find("</ul>"));
    for (std::sregex_iterator it(list.begin(), list.end(), li), end; it != end; ++it) out.push_back((*it)[1].str());
    return out;
}
}  // namespace

TEST_CASE("the demo has one page per area, listing every measure with that area's latest sentence", "[e2e][areas]") {
    const SiteModel& m = demo().model;
    REQUIRE(m.config().areas.size() == 6);
    const std::string list = page("areas/index.html");
    for (const auto& area : m.config().areas) {
        INFO(area.id);
        CHECK(has(list, "<a href=\"../areas/" + area.id + "/\">"));
        const std::string html = page("areas/" + area.id + "/index.html");
        // Every measure once, linked to its page opened on this area.
        // (A measure in development has no charts to open on.)
        const std::regex row("<th scope=\"row\"><a href=\"../../measures/([a-z0-9-]+)/(#area-" + area.id + ")?\">");
        std::set<std::string> shown;
        for (std::sregex_iterator it(html.begin(), html.end(), row), end; it != end; ++it) CHECK(shown.insert((*it)[1].str()).second);
        CHECK(shown.size() == m.content.metrics.size());
        for (const auto& metric : m.content.metrics) {
            INFO(metric.id);
            CHECK(shown.count(metric.id));
            if (metric.status == MetricStatus::in_development) continue;
            // The area's month sentence from the measure page is on the area page.
            const std::string section = area_section(page("measures/" + metric.id + "/index.html"), area.id);
            if (section.empty()) {
                CHECK(has(html, "No figures for " + area.name));
                continue;
            }
            CHECK(has(section, "<a href=\"../../areas/" + area.id + "/\">"));
            const auto said = sentences(section);
            REQUIRE_FALSE(said.empty());
            CHECK(has(html, said.front()));
        }
    }
}

TEST_CASE("the demo's area pages show the commitments and meetings that name the area", "[e2e][areas]") {
    // The 2019 local policing meeting tells of a pilot in Telford; commitment 4.9's body names
    // Herefordshire. Nothing in the demo names Telford & Wrekin in full.
    const std::string hereford = page("areas/herefordshire/index.html");
    CHECK(has(hereford, "Commitments and meetings that mention Herefordshire"));
    CHECK(has(hereford, "<a href=\"../../commitments/4-9/\">4.9: "));
    CHECK(has(page("areas/telford-wrekin/index.html"), "No commitment or meeting mentions Telford &amp; Wrekin by name."));
    CHECK(has(page("areas/west-mercia/index.html"), "Every commitment and meeting is about West Mercia as a whole"));
}

TEST_CASE("the demo's home page links every area's page", "[e2e][areas]") {
    const std::string home = page("index.html");
    for (const auto& area : demo().model.config().areas) CHECK(has(home, "<li><a href=\"areas/" + area.id + "/\">"));
}

TEST_CASE("every page of the demo carries its canonical address, Open Graph and Twitter card tags, icon and colour", "[e2e][metadata]") {
    const std::string base = demo().model.config().base_url;
    int pages = 0;
    for (const auto& [path, html] : demo().files.files()) {
        if (!path.ends_with(".html") || path.starts_with("assets/")) continue;
        ++pages;
        INFO(path);
        std::smatch title;
        REQUIRE(std::regex_search(html, title, std::regex("<title>([^<]*)</title>")));
        const std::string own = title[1].str().substr(0, title[1].str().find(" | "));
        const std::string folder = path == "index.html" ? "" : path.ends_with("/index.html") ? path.substr(0, path.size() - 10) : path;
        const std::string canonical = attribute(html, "link", "rel", "canonical", "href");
        CHECK(canonical == base + folder);
        CHECK(attribute(html, "meta", "property", "og:url", "content") == canonical);
        CHECK(attribute(html, "meta", "property", "og:title", "content") == own);
        CHECK(attribute(html, "meta", "name", "twitter:title", "content") == own);
        CHECK(attribute(html, "meta", "property", "og:type", "content") == "website");
        CHECK(attribute(html, "meta", "property", "og:site_name", "content") == "Safer West Mercia: our plan and how we are doing");
        CHECK(attribute(html, "meta", "name", "twitter:card", "content") == "summary");
        const std::string description = attribute(html, "meta", "name", "description", "content");
        CHECK(description != "<missing>");
        CHECK(attribute(html, "meta", "property", "og:description", "content") == description);
        CHECK(attribute(html, "meta", "name", "twitter:description", "content") == description);
        CHECK(attribute(html, "meta", "name", "theme-color", "content") == "#12355b");
        CHECK(std::regex_search(html, std::regex("<link rel=\"icon\" href=\"[^\"]*assets/favicon.svg\" type=\"image/svg\\+xml\">")));
    }
    CHECK(pages > 100);
    CHECK(demo().files.contains("assets/favicon.svg"));
}
