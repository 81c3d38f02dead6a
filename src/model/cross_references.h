// Cross-reference checks: every id a file names must exist, with "did you mean" when it does not.
#pragma once

#include <string>

#include "common/diagnostics.h"

namespace scrutiny {

struct SiteModel;

// Reports unknown objective, area, mechanism, metric and commitment ids, rebase periods outside
// their series and series too short to chart. (Web addresses are checked by the view stage,
// which owns them: view/page_kinds.h.)
void check_cross_references(const SiteModel& model, Diagnostics& diags);

}  // namespace scrutiny
