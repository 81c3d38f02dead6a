// The indexed site model: the loaded content plus lookups by id, after cross-references
// have been checked.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "common/translations.h"
#include "content/entities.h"

namespace scrutiny {

struct SiteModel {
    SiteContent content;
    std::map<std::string, size_t> objective_index, area_index, commitment_by_ref, metric_index,
        mechanism_index;
    Translations translations;  // the site's language over English (set by load_model)
    // A digest of each commitment's words (commitment_words_digest), in content.commitments'
    // order, made once on every core: its page, its search document and which areas it names are
    // keyed on it (view/page_inputs.h), so a rebuild hashes the site's text once, not thrice.
    std::vector<std::string> commitment_words;
    // The same for each update's text (update_text_digest), [commitment][update]: a quarter's
    // report is keyed on those of its updates, without hashing their text again.
    std::vector<std::vector<std::string>> update_words;

    const SiteConfig& config() const { return content.config; }
    const Commitment* commitment(const std::string& ref) const;
    const Metric* metric(const std::string& id) const;
    const Mechanism* mechanism(const std::string& id) const;
    const Objective* objective(const std::string& id) const;
    const Area* area(const std::string& id) const;
    // commitment_words' digest of `c`, one of content.commitments (made afresh for any other).
    std::string words_digest(const Commitment& c) const;
    // update_words' digest of `c`'s update `u` (made afresh for a commitment not in the model).
    std::string words_digest(const Commitment& c, const Update& u) const;
};

// A digest of what of a commitment is its words rather than its outline: its body and the text
// of its updates (view/page_inputs.h), each update's as update_text_digest gives it.
std::string commitment_words_digest(const Commitment& c);
std::string update_text_digest(const Update& u);

// Indexes the content and reports every duplicate and every unknown id (with "did you mean").
// Entities stay in the model even when a reference of theirs is wrong; the caller stops
// on errors before rendering.
SiteModel build_site_model(SiteContent content, Diagnostics& diags);

}  // namespace scrutiny
