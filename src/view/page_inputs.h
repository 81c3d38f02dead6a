// What a page reads, as a digest (its inputs key), so a rebuild need not make a page whose
// inputs are unchanged: `build` keeps the published file, `serve` the HTML it rendered last time.
//
// The rule is coarse on purpose, so it cannot miss what a page reads: a commitment page reads the
// whole site (every input file but the commitments', every commitment's outline, the build's date
// and address, the scrutiny binary: the pipeline's site inputs) and its own commitment's words
// (its body and its updates' text). Only pages that are always made read another commitment's
// words (objective, report and area pages, the home page, the A to Z, the feed, search). An edit
// to a commitment's words then re-makes its own page alone of a large site's 10,000 commitment
// pages; any other edit re-makes them all.
#pragma once

#include <string>
#include <string_view>

#include "common/digest.h"
#include "content/entities.h"

namespace scrutiny {

// A commitment's outline: everything about it but its words.
void add_commitment_outline(Digest& digest, const Commitment& c);
// A commitment's own words: its body and each update's text.
std::string commitment_words_digest(const Commitment& c);

// A page's inputs key: the site's shared inputs and what the page reads of its own.
std::string page_inputs_key(std::string_view site_inputs, std::string_view own_inputs);

}  // namespace scrutiny
