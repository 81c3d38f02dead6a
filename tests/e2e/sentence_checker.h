// Holds every sentence of a chart JSON (data/metrics/<id>.json) to the chart it describes:
// each claim beside a sentence (docs/chart-json.md, "Claims") is checked against the points,
// means, limits, segments and quarters in the same file, and the English text against its
// claims (the period named, the figures quoted, the signal words used only for signals).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace scrutiny::testing {

// Every way the sentences of `chart` contradict it, as "metric/area: sentence: what"; empty
// when every claim holds.
std::vector<std::string> check_chart_sentences(const nlohmann::json& chart);

}  // namespace scrutiny::testing
