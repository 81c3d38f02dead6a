// Measure views and summary rows from a small in-memory site.
#include <catch2/catch.hpp>

#include "view/content_views.h"
#include "view/view_test_site.h"

using namespace scrutiny;

TEST_CASE("a measure view has a chart per area with sentences, badges, table and downloads", "[views]") {
    testing::ViewFixture f;
    PageView page = measure_page(f.ctx, f.model.content.metrics[0]);
    const auto* v = view_as<MeasureView>(page.body);
    REQUIRE(v);
    CHECK(page.dir == "measures/burglary");
    CHECK(page.base.description == "Burglaries of homes.");
    CHECK(v->improvement == "Lower is better");
    CHECK(v->target == "100");
    CHECK(v->json_href == "../../data/metrics/burglary.json");
    CHECK(v->csv_href == "../../data/metrics/burglary.csv");
    CHECK(v->objective_href == "../../objectives/secure/");
    REQUIRE(v->areas.size() == 2);
    CHECK(v->has_area_choice);
    const AreaChart& county = v->areas[0];
    CHECK(county.name == "The County");
    CHECK_FALSE(county.month_sentence.empty());
    CHECK(county.figcaption == "Control chart: Residential burglary in The County, April 2019 to March 2021");
    REQUIRE(county.badges.size() == 2);  // variation, then assurance (it has a target)
    CHECK(county.badges[0].kind == "variation");
    CHECK(county.badges[1].kind == "assurance");
    CHECK_FALSE(county.badges[1].label.empty());
    REQUIRE(county.rows.size() == 24);
    CHECK(county.rows.front().period == "March 2021");  // newest first
    CHECK(county.chart_svg.html.rfind("<svg", 0) == 0);
    REQUIRE(page.base.scripts.size() == 2);  // a page with charts loads Chart.js and the chart script
    CHECK(page.base.scripts[0].src == "../../assets/vendor/chart.js/chart.min.js");
    REQUIRE(v->related.size() == 2);  // A1 and S1 name this measure
    CHECK(v->related[0].href == "../../commitments/a1/");
}

TEST_CASE("a measure's summary row has the first area's sentence, badges and sparkline", "[views]") {
    testing::ViewFixture f;
    PageBuilder page(f.ctx, "objectives/secure", "objective:secure");
    const Metric& metric = f.model.content.metrics[0];
    MeasureRow row = measure_summary_row(page, english_for_tests(), metric, f.charts.find(metric.id));
    CHECK(row.href == "../../measures/burglary/");
    CHECK(row.data_sentence.back() == '.');
    REQUIRE(row.badges.size() == 2);
    CHECK(row.badges[0].css_class.rfind("badge-", 0) == 0);
    CHECK(row.sparkline_svg.html.find("Trend of Residential burglary in The County, April 2019 to March 2021; latest ") !=
          std::string::npos);
    // Without charts the row still names and links the measure.
    MeasureRow bare = measure_summary_row(page, english_for_tests(), metric, nullptr);
    CHECK(bare.title == "Residential burglary");
    CHECK(bare.badges.empty());
    CHECK(bare.sparkline_svg.html.empty());
}

TEST_CASE("an area's summary row opens the measure on that area and leaves out the all-area commentary", "[views][areas]") {
    testing::ViewFixture f;
    PageBuilder page(f.ctx, "areas/x", "areas");
    const Metric& metric = f.model.content.metrics[0];
    const MetricChartSet* set = f.charts.find(metric.id);
    REQUIRE(set);
    REQUIRE_FALSE(set->data.areas.empty());
    const Area* area = f.model.area(set->data.areas.front().id);
    REQUIRE(area);
    MeasureRow row = measure_area_row(page, metric, set, *area, english_for_tests());
    CHECK(row.href == "../../measures/burglary/#area-" + area->id);
    CHECK_FALSE(row.data_sentence.empty());
    CHECK(row.commentary_sentence.empty());  // it speaks of every area, often naming others
}

TEST_CASE("a metric's latest month, known before its charts are made, is the latest its charts give, and its charts are made "
          "once, when first found", "[views][charts]") {
    SiteContent content = testing::small_content();
    Metric late = content.metrics[0];
    late.id = "late";
    late.series[0].values.push_back(std::nan(""));  // a gap at the end is no figure
    late.series[0].values.push_back(std::nan(""));
    late.series[1].values.push_back(95);  // the north's series runs a month further
    Metric ends_in_gap = content.metrics[0];
    ends_in_gap.id = "ends-in-gap";
    for (auto& s : ends_in_gap.series) s.values.back() = std::nan("");
    content.metrics = {content.metrics[0], late, ends_in_gap};
    testing::ViewFixture f(content);
    std::map<std::string, std::optional<spc::Period>> before;
    f.charts.for_each_unanalysed([&](const MetricChartSet& set) {
        CHECK(set.charts.empty());  // not made yet
        before[set.metric->id] = set.latest;
    });
    REQUIRE(before.size() == 3);
    CHECK(before["burglary"] == Month{2021, 3});
    CHECK(before["late"] == Month{2021, 4});
    CHECK(before["ends-in-gap"] == Month{2021, 2});
    for (const auto& [id, latest] : before) {
        const MetricChartSet* set = f.charts.find(id);
        REQUIRE(set);
        REQUIRE(set->charts.size() == 2);
        std::optional<spc::Period> from_charts;
        for (const auto& chart : set->charts)
            if (chart.summary.latest && (!from_charts || *chart.summary.latest > *from_charts)) from_charts = chart.summary.latest;
        CHECK(from_charts == latest);
        CHECK(f.charts.find(id) == set);  // the same set, not made again
        CHECK(set->charts.size() == 2);
    }
    CHECK(f.charts.find("no-such-measure") == nullptr);
}
