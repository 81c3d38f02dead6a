// A page's view as one string that is equal exactly when the views are: serve keeps a page's
// HTML while its digest (and the theme) stays the same, so an edit re-renders only what it changes.
#pragma once

#include <string>

#include "view/page_view.h"

namespace scrutiny {

std::string view_digest(PageView& page);

}  // namespace scrutiny
