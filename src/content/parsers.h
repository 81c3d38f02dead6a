// One parser per content kind. Each takes the file's text and its site-relative name and
// reports every problem it finds to `diags`. It returns the entity whenever the file could be
// read as TOML, even with errors, so that other files' references to it still resolve and
// one mistake is reported once; the build stops on any error before rendering.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "content/entities.h"

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


}  // namespace scrutiny
