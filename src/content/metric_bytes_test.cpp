#include "content/metric_bytes.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "content/entity_bytes_for_tests.h"
#include "content/parsers.h"

using namespace scrutiny;

namespace {
// Every field of a metric written out, so two metrics compare as text (NaN, a missing month, as "nan").
std::string shown(const Metric& m) {
    const auto at = [](const SourceLocation& w) { return w.file + ":" + std::to_string(w.line) + ":" + std::to_string(w.column); };
    const auto located = [&](const LocatedString& s) { return s.value + "@" + at(s.where); };
    const auto maybe = [](const auto& o) {
        std::ostringstream out;
        if (o) out << *o;
        else out << "-";
        return out.str();
    };
    std::ostringstream out;
    out.precision(17);
    out << m.id << "|" << m.title << "|" << m.unit << "|" << m.inclusion << "|" << m.definition << "|" << m.source << "|"
        << m.commentary_markdown << "|" << static_cast<int>(m.value_type) << static_cast<int>(m.aggregate)
        << static_cast<int>(m.improvement) << "|" << (m.objective ? located(*m.objective) : "-") << "|";
    for (const auto& s : m.signs_of_improvement) out << s << ";";
    out << "|" << maybe(m.target) << "|" << m.illustrative << static_cast<int>(m.status) << "|" << m.status_note_markdown << "|";
    for (const auto& o : m.oversight) out << located(o) << ";";
    out << "|" << maybe(m.spc.shift_run) << maybe(m.spc.trend_run) << maybe(m.spc.recalculate_after) << maybe(m.spc.min_points)
        << maybe(m.spc.fix_after_n_points) << maybe(m.spc.screen_outliers) << "|";
    for (const auto& s : m.series) {
        out << located(s.area) << "/" << (s.start ? std::to_string(s.start->year) + "-" + std::to_string(s.start->month) : "-") << "/" << at(s.start_where) << "/";
        for (double v : s.values) out << (std::isnan(v) ? std::string("nan") : std::to_string(v)) << ",";
        out << "/";
        for (const auto& r : s.rebase) out << std::to_string(r.month.year) + "-" + std::to_string(r.month.month) << "@" << at(r.where) << ",";
        out << "/" << at(s.where) << ";";
    }
    out << "|" << m.source_file << "|" << at(m.where);
    return out.str();
}

SourceLocation here(int line) { return {"content/metrics/x.toml", line, line + 1}; }
}  // namespace

TEST_CASE("a metric comes back from its bytes as it was, every field set", "[content][cache]") {
    Metric m;
    m.id = "x";
    m.title = "Residential burglary";
    m.unit = "offences";
    m.inclusion = "All recorded";
    m.definition = "Burglary of a home";
    m.source = "Force systems";
    m.commentary_markdown = "Rose in **winter**.";
    m.value_type = spc::ValueType::percent;
    m.aggregate = spc::Aggregate::mean;
    m.improvement = spc::Improvement::decrease;
    m.objective = LocatedString{"secure", here(3)};
    m.signs_of_improvement = {"Fewer", "Faster"};
    m.target = 12.5;
    m.illustrative = true;
    m.status = MetricStatus::in_development;
    m.status_note_markdown = "Not yet reported.";
    m.oversight = {{"board", here(4)}, {"panel", here(5)}};
    m.spc = {7, 6, 3, 12, 20, true};
    Series s;
    s.area = {"north", here(10)};
    s.start = Month{2019, 4};
    s.start_where = here(11);
    s.values = {1.5, std::numeric_limits<double>::quiet_NaN(), -3, 1e300, 0};
    s.rebase = {{Month{2020, 1}, here(12)}};
    s.where = here(9);
    m.series = {s, Series{}};
    m.spc.screen_outliers = false;  // false, not unset, must survive too
    m.source_file = "content/metrics/x.toml";
    m.where = here(1);
    const std::string bytes = metric_bytes(m);
    const auto back = metric_from_bytes(bytes);
    REQUIRE(back);
    CHECK(shown(*back) == shown(m));
    CHECK(shown(*back).find("nan") != std::string::npos);

    SECTION("bytes cut short or from another format are refused, not half read") {
        check_damaged_bytes_refused(bytes, metric_from_bytes);
    }
}

TEST_CASE("every metric of the demo site comes back from its bytes as parsed", "[content][cache]") {
    int seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(SCRUTINY_SOURCE_DIR) + "/content/metrics")) {
        if (entry.path().extension() != ".toml") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        Diagnostics d;
        const auto m = parse_metric(text.str(), "content/metrics/" + entry.path().filename().string(), d);
        REQUIRE(m);
        const auto back = metric_from_bytes(metric_bytes(*m));
        REQUIRE(back);
        CHECK(shown(*back) == shown(*m));
        ++seen;
    }
    CHECK(seen > 10);
}
