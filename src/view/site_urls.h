// Where every page lives: the one place that names the site's folders. A page's address is its
// folder ("commitments/a3"; "" for home); links add the trailing slash (PageBuilder::href_dir).
#pragma once

#include <string>
#include <string_view>

#include "common/calendar.h"

namespace scrutiny::urls {

inline constexpr std::string_view objectives = "objectives";
inline constexpr std::string_view commitments = "commitments";
inline constexpr std::string_view measures = "measures";
inline constexpr std::string_view glossary = "glossary";
inline constexpr std::string_view meetings = "meetings";
inline constexpr std::string_view reports = "reports";
inline constexpr std::string_view search = "search";
inline constexpr std::string_view national_measures = "national-measures";
inline constexpr std::string_view areas = "areas";
// Folders that hold files rather than pages: chart downloads and the theme's assets.
inline constexpr std::string_view data = "data";
inline constexpr std::string_view assets = "assets";

std::string objective(std::string_view id);      // "objectives/<id>"
std::string commitment(std::string_view slug);   // "commitments/<slug>"
std::string measure(std::string_view id);        // "measures/<id>"
std::string meeting(std::string_view slug);      // "meetings/<slug>"
std::string area(std::string_view id);           // "areas/<id>"
std::string report(const FinancialQuarter& q);   // "reports/2020-q3"
std::string report_national_measures(const FinancialQuarter& q);  // "reports/2020-q3/national-measures"
std::string glossary_entry(std::string_view id);  // "glossary/#<id>": a file path, for PageBuilder::href
std::string metric_download(std::string_view id, std::string_view extension);  // "data/metrics/<id>.json"

}  // namespace scrutiny::urls
