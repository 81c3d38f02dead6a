// The indexed site model: the loaded content plus lookups by id, after cross-references
// have been checked.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "content/entities.h"

namespace scrutiny {

struct SiteModel {
    SiteContent content;
    std::map<std::string, size_t> objective_index, area_index, commitment_by_ref, metric_index,
        mechanism_index;

    const SiteConfig& config() const { return content.config; }
    const Commitment* commitment(const std::string& ref) const;
    const Metric* metric(const std::string& id) const;
    const Mechanism* mechanism(const std::string& id) const;
    const Objective* objective(const std::string& id) const;
    const Area* area(const std::string& id) const;
};

// Indexes the content and reports every duplicate and every unknown id (with "did you mean").
// Entities stay in the model even when a reference of theirs is wrong; the caller stops
// on errors before rendering.
SiteModel build_site_model(SiteContent content, Diagnostics& diags);

}  // namespace scrutiny
