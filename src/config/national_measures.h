// The National Crime and Policing Measures (Home Office, 2021): every Police and Crime
// Commissioner publishes a statement on them each quarter. The six are fixed by the Home Office,
// so their ids are built in; a site maps each to its own measures in site_config.toml.
#pragma once

#include <string>
#include <vector>

#include "common/diagnostics.h"

namespace scrutiny {

class TomlTable;

// The six ids, in the Home Office's order: homicide, serious-violence, drugs-county-lines,
// neighbourhood-crime, cyber-crime, victim-satisfaction. Their titles are translated
// (national_measures.<id> in the translation table).
const std::vector<std::string>& national_measure_ids();

// A [[national_measures]] table: the site's metrics for one national measure, and a note that
// says how they relate to it, or why there is no local measure (required when `metrics` is empty).
struct NationalMeasureMapping {
    std::string id, note;
    std::vector<LocatedString> metrics;  // metric ids, checked against content/metrics/ later
    SourceLocation where;
};

// Reads every [[national_measures]] table of site_config.toml, reporting unknown or repeated ids
// and a table with neither metrics nor a note.
std::vector<NationalMeasureMapping> read_national_measures(TomlTable& root, Diagnostics& diags);

}  // namespace scrutiny
