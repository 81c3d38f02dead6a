// The theme reference (docs/theme-reference.md): every key each template sees, with its type
// and meaning, written from the view structs' fields() lists so it cannot drift from the code.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "common/translations.h"
#include "view/page_kinds.h"

namespace scrutiny {

// The whole reference, in Markdown, with the words of `t` as the English table has them.
std::string theme_reference(const Translations& english, const std::vector<PageKind>& kinds = builtin_page_kinds());

// Every name a kind's template can look up: the shared keys and the kind's, at any depth, with
// each list's has_ key (for checking a theme's tags).
std::set<std::string> template_keys(const PageKind& kind);

}  // namespace scrutiny
