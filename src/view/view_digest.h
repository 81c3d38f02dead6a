// A page's view as a 128-bit hash (16 bytes) of everything in it, each value with its length:
// equal when the views are, and different otherwise but for a 2^-128 chance. serve keeps a
// page's HTML while its digest (and the theme) stays the same, so an edit re-renders only what
// it changes.
#pragma once

#include <string>

#include "view/page_view.h"

namespace scrutiny {

std::string view_digest(PageView& page);

}  // namespace scrutiny
