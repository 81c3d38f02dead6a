#include "view/chart_json.h"

#include <cmath>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace scrutiny;

namespace {

spc::SeriesChart sample_chart() {
    spc::SeriesInput in;
    in.start = {2017, 1};
    in.values = {10, 12, 8, 11, 9, 10, 13, 7, 10, std::nan(""), 9, 40};
    in.improvement = spc::Improvement::decrease;
    return spc::analyse_series(in);
}

view::MetricCharts sample(const spc::SeriesChart& chart) {
    view::MetricMeta meta{"violence-with-injury", "Violence with injury", "offences", spc::Improvement::decrease,
                          std::nullopt};
    return view::make_metric_charts(meta, {{"west-mercia", "West Mercia", &chart}},
                                    spc::Wording{"offences", spc::ValueType::count, "Violence with injury"});
}

}  // namespace

TEST_CASE("chart JSON has docs/spc-method.md's keys in docs/spc-method.md's order", "[spc][chart_json]") {
    spc::SeriesChart chart = sample_chart();
    auto j = nlohmann::ordered_json::parse(view::chart_json_text(sample(chart)));
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"schema", "metric", "title", "unit", "improvement", "target", "areas",
                                           "commentary_sentence"});
    CHECK(j["schema"] == 1);
    CHECK(j["target"].is_null());
    const auto& area = j["areas"][0];
    keys.clear();
    for (auto it = area.begin(); it != area.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"area", "name", "points", "segments", "summary", "quarters"});
    const auto& point = area["points"][0];
    keys.clear();
    for (auto it = point.begin(); it != point.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"period", "value", "mean", "lcl", "ucl", "near_lcl", "near_ucl", "segment",
                                           "rule", "type"});
    CHECK(point["value"] == 10);
    CHECK(point["value"].is_number_integer());
    CHECK(area["points"][9]["value"].is_null());
    CHECK(area["points"][9]["type"].is_null());
    CHECK(area["points"][11]["rule"] == "above_ucl");
    CHECK(area["points"][11]["type"] == "special_cause_concern");
    CHECK(area["points"][0]["rule"].is_null());
    CHECK(area["segments"][0]["reason"] == "initial");
    CHECK(area["segments"][0]["provisional"] == true);  // 11 present values
    CHECK(area["summary"]["latest"] == "2017-12");
    CHECK(area["summary"]["variation"] == "special_cause_concern");
    CHECK(area["summary"]["recalculation_pending"].is_null());
    CHECK(area["quarters"].size() == 3);  // Oct - Dec has a missing month
    CHECK(area["quarters"][2]["label"] == "Jul - Sep 2017");
    CHECK(area["quarters"][2]["fy_label"] == "Q2 2017/18");
    CHECK(j["commentary_sentence"] == "Exceptional volumes in West Mercia");
}

TEST_CASE("chart JSON is byte-for-byte deterministic and round-trips numbers", "[spc][chart_json]") {
    spc::SeriesChart chart = sample_chart();
    std::string a = view::chart_json_text(sample(chart));
    std::string b = view::chart_json_text(sample(sample_chart()));
    CHECK(a == b);
    auto j = nlohmann::json::parse(a);
    CHECK(j["areas"][0]["segments"][0]["ucl"].get<double>() == chart.segments[0].limits.ucl);
    CHECK(a.back() == '\n');
    CHECK(a.find('\n') == a.size() - 1);  // compact: one line
}

TEST_CASE("chart CSV has one row per month with empty missing values", "[spc][chart_json]") {
    spc::SeriesChart chart = sample_chart();
    std::string csv = view::chart_csv_text(sample(chart));
    CHECK(csv.rfind("period,area,value,mean,lcl,ucl,rule,type\n2017-01,west-mercia,10,", 0) == 0);
    CHECK(csv.find("\n2017-10,west-mercia,,") != std::string::npos);
    CHECK(csv.find(",above_ucl,special_cause_concern\n") != std::string::npos);
    size_t lines = 0;
    for (char c : csv) lines += c == '\n';
    CHECK(lines == 13);
}
