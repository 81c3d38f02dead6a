#include "view/chart_labels.h"

#include <catch2/catch.hpp>

using namespace scrutiny::view;

namespace {
// Ten units a character, so widths are easy to reason about.
double width(const std::string& s) { return 10.0 * static_cast<double>(s.size()); }

LabelRequest at(double x, const std::string& month) { return {x, {"New average from " + month, "From " + month, "1"}}; }

bool overlap(const PlacedLabel& a, const PlacedLabel& b) { return a.shown && b.shown && a.row == b.row && a.x0 < b.x1 && b.x0 < a.x1; }

void check_no_overlap(const LabelLayout& layout) {
    for (size_t i = 0; i < layout.labels.size(); ++i)
        for (size_t j = i + 1; j < layout.labels.size(); ++j) {
            INFO(i << " and " << j);
            CHECK_FALSE(overlap(layout.labels[i], layout.labels[j]));
        }
}
}  // namespace

TEST_CASE("labels far apart keep their words, in the row nearest the plot, right of their line", "[labels]") {
    const auto layout = place_line_labels({at(100, "Apr 2016"), at(500, "Jan 2018")}, width, 0, 1000, 2);
    CHECK(layout.form == 0);
    REQUIRE(layout.labels.size() == 2);
    CHECK(layout.labels[0].row == 0);
    CHECK(layout.labels[1].row == 0);
    CHECK(layout.labels[0].x0 == 104);
    CHECK_FALSE(layout.labels[0].left);
}

TEST_CASE("neighbouring labels take the second row, and one near the right edge turns left", "[labels]") {
    const auto layout = place_line_labels({at(100, "Apr 2016"), at(200, "Jan 2017"), at(950, "Jan 2019")}, width, 0, 1000, 2);
    CHECK(layout.form == 0);
    CHECK(layout.labels[0].row == 0);
    CHECK(layout.labels[1].row == 1);
    CHECK(layout.labels[2].left);
    CHECK(layout.labels[2].x1 == 946);
    check_no_overlap(layout);
}

TEST_CASE("labels too close for their words are shortened, then numbered, and none overlap", "[labels]") {
    // Five recalculations 80 units apart: 250-unit labels cannot fit in two rows, 130-unit ones can.
    std::vector<LabelRequest> five;
    for (int i = 0; i < 5; ++i) five.push_back(at(100 + 80 * i, "Apr 201" + std::to_string(i)));
    const auto shortened = place_line_labels(five, width, 0, 1000, 2);
    CHECK(shortened.form == 1);
    check_no_overlap(shortened);
    for (const auto& l : shortened.labels) CHECK(l.shown);

    // Twelve, 15 units apart: only numbers fit.
    std::vector<LabelRequest> twelve;
    for (int i = 0; i < 12; ++i) twelve.push_back(at(100 + 15 * i, "Apr 2016"));
    const auto numbered = place_line_labels(twelve, width, 0, 1000, 2);
    CHECK(numbered.form == 2);
    check_no_overlap(numbered);
}
