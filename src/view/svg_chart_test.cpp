#include "view/svg_chart.h"

#include "common/english_for_tests.h"

#include <cmath>
#include <regex>

#include <catch2/catch.hpp>

using namespace scrutiny;
using namespace scrutiny::view;

namespace {

spc::SeriesChart chart_of(std::vector<double> values, spc::Improvement improvement = spc::Improvement::decrease,
                          std::vector<spc::Period> rebase = {}, std::optional<double> target = std::nullopt) {
    spc::SeriesInput in;
    in.start = {2015, 4};
    in.values = std::move(values);
    in.improvement = improvement;
    in.rebase = std::move(rebase);
    in.target = target;
    REQUIRE(spc::validate(in).empty());
    return spc::analyse_series(in);
}

// 24 steady months around 100.
std::vector<double> steady() {
    return {100, 104, 97, 101, 99, 103, 98, 102, 100, 96, 104, 101,
            99, 102, 98, 100, 103, 97, 101, 99, 102, 98, 100, 101};
}

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// The d attribute of the first <path class="name">.
std::string path_of(const std::string& svg, const std::string& cls) {
    std::smatch m;
    REQUIRE(std::regex_search(svg, m, std::regex("<path class=\"" + cls + "\" d=\"([^\"]*)\"")));
    return m[1];
}

SvgChartText text_for(const std::string& id = "chart-north") {
    return {id, "Control chart of Burglary in North, April 2015 to March 2017", "Twenty-four months.", spc::ValueType::count, "offences"};
}

}  // namespace

TEST_CASE("nice_scale covers the range with round steps", "[svg]") {
    const AxisScale a = nice_scale(96, 104);
    CHECK(a.step == 2);
    CHECK(a.min == 96);
    CHECK(a.max == 104);
    const AxisScale b = nice_scale(790.2, 979.0);
    CHECK(b.step == 50);
    CHECK(b.min == 750);
    CHECK(b.max == 1000);
    const AxisScale flat = nice_scale(5, 5);  // a flat chart still gets an axis around its value
    CHECK(flat.min < 5);
    CHECK(flat.max > 5);
    const AxisScale small = nice_scale(0.61, 0.88);
    CHECK(small.step == Approx(0.1));
    CHECK(small.min == Approx(0.6));
    CHECK(small.max == Approx(0.9));
}

TEST_CASE("the chart has a title and description for screen readers, escaped", "[svg]") {
    SvgChartText t = text_for();
    t.title = "Control chart of Theft & handling <shops>";
    const std::string svg = svg_control_chart(english_for_tests(), chart_of(steady()), t);
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(svg.find("role=\"img\" aria-labelledby=\"chart-north-title\" aria-describedby=\"chart-north-desc\"") != std::string::npos);
    CHECK(svg.find("<title id=\"chart-north-title\">Control chart of Theft &amp; handling &lt;shops&gt;</title>") != std::string::npos);
    CHECK(svg.find("<desc id=\"chart-north-desc\">Twenty-four months.</desc>") != std::string::npos);
    CHECK(svg.substr(svg.size() - 6) == "</svg>");
}

TEST_CASE("the value scale puts higher values higher and covers the limits", "[svg]") {
    const auto chart = chart_of(steady());
    const std::string svg = svg_control_chart(english_for_tests(), chart, text_for());
    // Axis labels are round numbers, highest at the top (smallest y).
    std::regex label("<text x=\"58\" y=\"([0-9.]+)\">([0-9,]+)</text>");
    std::vector<std::pair<double, double>> ticks;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label); it != std::sregex_iterator(); ++it)
        ticks.push_back({std::stod((*it)[1]), std::stod((*it)[2])});
    REQUIRE(ticks.size() >= 3);
    for (size_t i = 1; i < ticks.size(); ++i) {
        CHECK(ticks[i].second > ticks[i - 1].second);
        CHECK(ticks[i].first < ticks[i - 1].first);
    }
    CHECK(ticks.front().second <= chart.segments[0].limits.lcl);
    CHECK(ticks.back().second >= chart.segments[0].limits.ucl);
    CHECK(svg.find(">offences</text>") != std::string::npos);
    CHECK(svg.find(">2016</text>") != std::string::npos);  // January 2016 labelled with its year
}

TEST_CASE("a missing month is a gap in the line, not a zero", "[svg]") {
    auto values = steady();
    const std::string whole = path_of(svg_control_chart(english_for_tests(), chart_of(values), text_for()), "values");
    CHECK(count(whole, "M") == 1);
    values[5] = NAN;
    const std::string svg = svg_control_chart(english_for_tests(), chart_of(values), text_for());
    const std::string gapped = path_of(svg, "values");
    CHECK(count(gapped, "M") == 2);          // the line starts again after the gap
    CHECK(count(gapped, "L") == 24 - 1 - 2);  // 23 values, two pieces
    CHECK(count(svg, "<circle") == 23);       // no marker for the missing month
}

TEST_CASE("special-cause months are marked by shape as well as colour", "[svg]") {
    // Lower is better: a run of low months is improvement, a spike is concern.
    std::vector<double> values = steady();
    values[20] = 160;  // above the upper limit: concern
    const auto chart = chart_of(values, spc::Improvement::decrease);
    REQUIRE(chart.points[20].type == spc::PointType::special_cause_concern);
    const std::string svg = svg_control_chart(english_for_tests(), chart, text_for());
    // The concern point: an orange triangle pointing down (its tip below the centre).
    std::smatch m;
    REQUIRE(std::regex_search(svg, m, std::regex("<path d=\"M([0-9.]+) ([0-9.]+)L[0-9. ]+H[0-9.]+Z\" fill=\"#b35900\"/>")));
    CHECK(count(svg, "fill=\"#b35900\"") == 1);
    CHECK(count(svg, "<circle") == 23);  // every other month a grey dot
    CHECK(count(svg, "r=\"3.5\" fill=\"#4b5563\"") == 23);

    const auto better = chart_of(values, spc::Improvement::increase);  // the same spike, now improvement
    const std::string svg2 = svg_control_chart(english_for_tests(), better, text_for());
    CHECK(count(svg2, "fill=\"#1d5fa8\"") == 1);
    CHECK(count(svg2, "fill=\"#b35900\"") == 0);

    const auto neutral = chart_of(values, spc::Improvement::neutral);
    CHECK(count(svg_control_chart(english_for_tests(), neutral, text_for()), "fill=\"#6a3d9a\"") == 1);

    CHECK(std::string(marker_style(spc::PointType::special_cause_improvement).shape) == "triangle-up");
    CHECK(std::string(marker_style(spc::PointType::special_cause_concern).shape) == "triangle-down");
    CHECK(std::string(marker_style(spc::PointType::special_cause_neutral_low).shape) == "diamond");
    CHECK(std::string(marker_style(spc::PointType::common_cause).shape) == "circle");
}

TEST_CASE("the mean steps at a recalculation, which is labelled, and limits are dashed", "[svg]") {
    std::vector<double> values = steady();
    for (size_t i = 12; i < values.size(); ++i) values[i] += 50;  // a new level from April 2016
    const auto chart = chart_of(values, spc::Improvement::decrease, {{2016, 4}});
    REQUIRE(chart.segments.size() == 2);
    const std::string svg = svg_control_chart(english_for_tests(), chart, text_for());
    const std::string mean = path_of(svg, "mean");
    CHECK(count(mean, "M") == 1);
    CHECK(count(mean, "H") == 2);  // flat across each segment
    CHECK(count(mean, "V") == 1);  // one visible step between them
    CHECK(svg.find(">New average from Apr 2016</text>") != std::string::npos);
    CHECK(count(svg, "class=\"recalculation\"") == 1);
    CHECK(std::regex_search(svg, std::regex("<path class=\"limits\" d=\"[^\"]*\" stroke=\"#4b5563\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"")));
    CHECK(count(path_of(svg, "limits"), "M") == 2);  // upper and lower

    const std::string one = svg_control_chart(english_for_tests(), chart_of(steady()), text_for());
    CHECK(one.find("New average") == std::string::npos);
    CHECK(count(path_of(one, "mean"), "V") == 0);
}

TEST_CASE("a target is drawn and labelled only when the measure has one", "[svg]") {
    const std::string with = svg_control_chart(english_for_tests(), chart_of(steady(), spc::Improvement::decrease, {}, 90.0), text_for());
    CHECK(with.find("class=\"target\"") != std::string::npos);
    CHECK(with.find(">Target 90</text>") != std::string::npos);
    const std::string without = svg_control_chart(english_for_tests(), chart_of(steady()), text_for());
    CHECK(without.find("target") == std::string::npos);
}

TEST_CASE("the SVG is deterministic and its coordinates have at most one decimal", "[svg]") {
    auto values = steady();
    values[3] = 101.234567;
    const auto chart = chart_of(values);
    const std::string a = svg_control_chart(english_for_tests(), chart, text_for());
    CHECK(a == svg_control_chart(english_for_tests(), chart, text_for()));
    CHECK_FALSE(std::regex_search(a, std::regex("[0-9]\\.[0-9]{2}")));
    CHECK(a.size() < 9000);
}

TEST_CASE("the sparkline is small, named, and marks the latest month by type", "[svg]") {
    auto values = steady();
    values.back() = 160;
    const auto chart = chart_of(values, spc::Improvement::decrease);
    const std::string s = svg_sparkline(chart, "Trend of Burglary in North & South");
    CHECK(s.find("width=\"120\" height=\"32\"") != std::string::npos);
    CHECK(s.find("role=\"img\" aria-label=\"Trend of Burglary in North &amp; South\"") != std::string::npos);
    CHECK(s.find("<title>Trend of Burglary in North &amp; South</title>") != std::string::npos);
    CHECK(s.find(" id=") == std::string::npos);  // can repeat on a page
    CHECK(count(s, "fill=\"#b35900\"") == 1);  // the latest month, a concern
    CHECK(s.find("<circle") == std::string::npos);
    CHECK(svg_sparkline(chart_of(steady()), "x").find("<circle") != std::string::npos);
}

TEST_CASE("the description names the span, gaps, recalculations, special causes and latest value", "[svg]") {
    auto values = steady();
    values[2] = NAN;
    values[20] = 160;
    for (size_t i = 12; i < values.size(); ++i) values[i] += 50;
    const auto chart = chart_of(values, spc::Improvement::decrease, {{2016, 4}}, 120.0);
    const std::string d = describe_chart(english_for_tests(), chart, spc::ValueType::count, "offences");
    CHECK(d.rfind("24 months, April 2015 to March 2017", 0) == 0);
    CHECK(d.find("the target is a dash-dot line at 120 offences") != std::string::npos);
    CHECK(d.find("1 month has no figure, shown as a gap.") != std::string::npos);
    CHECK(d.find("recalculated from April 2016.") != std::string::npos);
    CHECK(d.find("concern (orange triangles pointing down)") != std::string::npos);
    CHECK(d.find("The latest figure, for March 2017, is 151 offences.") != std::string::npos);
    CHECK(describe_chart(english_for_tests(), chart_of(steady()), spc::ValueType::count, "offences").find("No month shows special cause variation.") != std::string::npos);
    auto low = steady();
    low.back() = 1;
    CHECK(describe_chart(english_for_tests(), chart_of(low), spc::ValueType::count, "offences").find("is 1 offence.") != std::string::npos);
}
