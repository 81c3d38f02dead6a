// One parser per content kind. Each takes the file's text and its site-relative name and
// reports every problem it finds to `diags`. It returns the entity whenever the file could be
// read as TOML, even with errors, so that other files' references to it still resolve and
// one mistake is reported once; the build stops on any error before rendering.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "model/entities.h"

namespace scrutiny {

std::optional<Commitment> parse_commitment(const std::string& text, const std::string& file, Diagnostics& diags);
std::optional<Metric> parse_metric(const std::string& text, const std::string& file, Diagnostics& diags);
std::vector<Mechanism> parse_mechanisms(const std::string& text, const std::string& file, Diagnostics& diags);
std::vector<Term> parse_terms(const std::string& text, const std::string& file, Diagnostics& diags);
std::optional<Session> parse_session(const std::string& text, const std::string& file, Diagnostics& diags);
std::optional<Page> parse_page(const std::string& text, const std::string& file, Diagnostics& diags);

// The web-address slug of a page or meeting file ("Annual Report.md" -> "annual-report"); a
// name with no letters or digits to make one from ("!!!.md") is an error, and "" returned.
std::string slug_from_file_name(const std::string& file, Diagnostics& diags);

// "2020-Q3" -> FY 2020/21 quarter 3.
std::optional<FinancialQuarter> parse_financial_quarter(const std::string& text);
FinancialQuarter financial_quarter_of(const Date& d);
// True for "YYYY-MM" with a month 01..12.
bool is_month_period(const std::string& text);

}  // namespace scrutiny
