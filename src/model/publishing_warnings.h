// What a publisher wants to hear before publishing, though the site builds: stale commitments,
// stale measures, and oversight mechanisms nothing points at. Pure: the model and a date in.
#pragma once

#include <vector>

#include "common/diagnostics.h"
#include "model/site_model.h"

namespace scrutiny {

// Warnings, each located at the entity and saying what to do:
//  - a commitment not yet complete with no update for either of the two latest completed
//    quarters before `today`'s quarter (nor for the current one);
//  - a metric whose latest month with a figure is more than three months before `today`'s month;
//  - a glossary mechanism that no commitment, metric or meeting record references.
std::vector<Diagnostic> publishing_warnings(const SiteModel& model, const Date& today);

}  // namespace scrutiny
