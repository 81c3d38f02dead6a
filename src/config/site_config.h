// site_config.toml: title, base URL, objectives, areas and control-chart defaults.
#pragma once

#include <optional>
#include <string>

#include "common/diagnostics.h"
#include "model/entities.h"

namespace scrutiny {

class TomlTable;

// Parses site_config.toml text; every problem is reported, and a config is returned only
// when it is complete enough for the rest of the pipeline to run.
std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& file,
                                            Diagnostics& diags);

// The keys of an [spc] table (the site's, or a metric's override), validated.
SpcSettings read_spc_settings(TomlTable& table);

}  // namespace scrutiny
