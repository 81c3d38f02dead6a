// Cross-reference checks: every id a file names must exist, with "did you mean" when it does not.
#pragma once

#include <string>

#include "common/diagnostics.h"

namespace scrutiny {

struct SiteModel;

// Reports unknown objective, area, mechanism, metric and commitment ids, page slugs that
// clash with the site's own sections, rebase periods outside their series and series too
// short to chart.
void check_cross_references(const SiteModel& model, Diagnostics& diags);

// True for a slug the site's own sections use ("commitments", "search", ...): no page may take it.
bool is_reserved_page_slug(const std::string& slug);

}  // namespace scrutiny
