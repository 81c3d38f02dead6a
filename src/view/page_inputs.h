// What a page reads, as a digest (its inputs key), so a rebuild need not make a page whose
// inputs are unchanged: `build` keeps the published file, `serve` the HTML it rendered last time.
//
// The rule is coarse on purpose, so it cannot miss what a page reads: a commitment page reads the
// whole site (every input file but the commitments', every commitment's outline, the build's date
// and address, the scrutiny binary: the pipeline's site inputs) and its own commitment's words
// (its body and its updates' text). Most other pages read no commitment's words at all, only the
// shared inputs (kOnlySharedInputs: objective, measure, meeting, glossary, free pages, the lists,
// the A to Z, the national measures), so they too are kept after an edit to a commitment's words.
// A report page reads the text of its quarter's updates (report_words_digests), an area page which
// commitments name the area, the home page the text of the updates it shows (shown_updates_digest);
// the feed and search documents read many commitments' words and are always made. An edit to a
// commitment's words then re-makes its own page and the few that read it; any other edit re-makes
// them all.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/digest.h"
#include "content/entities.h"
#include "view/view_index.h"

namespace scrutiny {

// A commitment's outline: everything about it but its words.
void add_commitment_outline(Digest& digest, const Commitment& c);
// A commitment's own words, its body and each update's text: commitment_words_digest()
// (model/site_model.h), kept for each commitment as SiteModel::commitment_words.

// What each report page reads of its own, by quarter: the text of each update for the quarter of
// the commitments it lists (those with an update in the quarter, in site order; each one's ref,
// then its updates for the quarter in file order). `model` gives each update's text digest
// (SiteModel::words_digest). Made in one walk through the commitments, not one per quarter (at
// 10,000 commitments that was a walk through some 45,000 updates for every quarter).
std::map<FinancialQuarter, std::string> report_words_digests(const SiteModel& model);
// What the home page reads of its own: the text of the updates it shows (which they are, and all
// else it shows of them, is in the commitments' outlines).
std::string shown_updates_digest(const std::vector<SiteUpdate>& shown);
// What a page that lists commitments found by their words reads of its own: which they are (an
// area page lists the commitments naming the area; what it shows of each is in their outlines).
std::string listed_commitments_digest(const std::vector<const Commitment*>& listed);

// The own inputs of a page that reads only the site's shared inputs.
inline constexpr std::string_view kOnlySharedInputs = "the site's shared inputs only";

// A page's inputs key: the site's shared inputs and what the page reads of its own.
std::string page_inputs_key(std::string_view site_inputs, std::string_view own_inputs);

}  // namespace scrutiny
