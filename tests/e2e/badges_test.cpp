// End-to-end: the demo's signal badges reach the page. They once rendered empty everywhere
// (a view key hid the partial of the same name), and no unit test looked at the built HTML.
#include <catch2/catch.hpp>

#include <regex>

#include "common/file_system.h"
#include "pipeline.h"

using namespace scrutiny;

namespace {
const OutputSet& demo() {
    static const std::optional<BuiltSite> built = [] {
        DiskFileSystem site{std::string(SCRUTINY_SOURCE_DIR)};
        Diagnostics diags;
        PipelineOptions options;
        options.build.build_date = {2023, 11, 14};
        return build_site(site, options, diags);
    }();
    REQUIRE(built);
    return built->files;
}

// The text of every element that opens with `open` (up to its closing `close`).
std::vector<std::string> blocks(const std::string& html, const std::string& open, const std::string& close) {
    std::vector<std::string> out;
    for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1))
        out.push_back(html.substr(at, html.find(close, at) - at));
    return out;
}

// Each badge: an icon (a symbol of the page's sprite), then its words.
const std::regex kBadge("<span class=\"badge badge-[a-z-]+\"><svg class=\"mdc-icon\" width=\"24\" height=\"24\" aria-hidden=\"true\" "
                        "focusable=\"false\"><use href=\"#mdc-[a-z-]+\"/></svg>([^<]+)</span>");

size_t badges_in(const std::string& block) {
    size_t n = 0;
    for (std::sregex_iterator it(block.begin(), block.end(), kBadge), end; it != end; ++it) n += !(*it)[1].str().empty();
    return n;
}
}  // namespace

TEST_CASE("every measure summary row in the demo shows its signal badges with their words", "[e2e][demo][badges]") {
    size_t rows = 0;
    for (const auto& [path, html] : demo().files()) {
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
        INFO(path);
        for (const auto& table : blocks(html, "<table class=\"summary-table\">", "</table>")) {
            const auto cells = blocks(table, "<td class=\"badges\"", "</td>");
            INFO(table.substr(0, 200));
            CHECK(cells.size() == blocks(table, "<th scope=\"row\">", "</th>").size());  // one signals cell per row
            // A measure in development has no figures, so no signals: its row says so instead; so
            // does a row of a quarter's national measures statement the figures do not reach.
            const bool no_figures = table.find("In development: no figures yet.") != std::string::npos ||
                                    (path.find("/national-measures/") != std::string::npos && table.find("No figures for ") != std::string::npos);
            for (const auto& cell : cells) {
                INFO(cell);
                if (no_figures && badges_in(cell) == 0) continue;
                CHECK(badges_in(cell) >= 1);
                CHECK(std::regex_search(cell, std::regex("Common cause|Special cause")));  // the variation badge comes first
            }
            rows += cells.size();
        }
    }
    CHECK(rows >= 26);  // the home page alone lists every measure
}

TEST_CASE("every control chart of every demo measure shows its badges with their words", "[e2e][demo][badges]") {
    size_t charts = 0, assurance = 0;
    for (const auto& [path, html] : demo().files()) {
        if (path.rfind("measures/", 0) != 0) continue;
        INFO(path);
        const auto sections = blocks(html, "<section class=\"area-chart\"", "</section>");
        // A measure in development shows no chart at all.
        if (html.find("<strong>In development:</strong>") != std::string::npos) {
            CHECK(sections.empty());
            continue;
        }
        CHECK_FALSE(sections.empty());
        for (const auto& section : sections) {
            const auto badges = blocks(section, "<div class=\"badges\">", "</div>");
            REQUIRE(badges.size() == 1);
            CHECK(badges_in(badges[0]) >= 1);
            assurance += badges[0].find("Target: ") != std::string::npos;
            ++charts;
        }
    }
    CHECK(charts > 26);
    CHECK(assurance > 0);  // measures with a target say whether they meet it
}
