// Glossary terms and internal links inside rendered Markdown.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "content/entities.h"

struct cmark_node;

namespace scrutiny {

// Marks the first use of each glossary term on one page as <abbr> linked to the glossary.
// One marker per page: it remembers which terms that page has already marked.
class TermMarker {
public:
    // `glossary_href` is the glossary page's URL relative to the page being rendered.
    TermMarker(const std::vector<Term>& terms, std::string glossary_href);

    // Walks text nodes only: never inside links, code, headings or raw HTML.
    void mark(cmark_node* document);

private:
    const std::vector<Term>* terms_;
    std::string glossary_href_;
    std::set<std::string> used_;
};

// Rewrites site-absolute link targets ("/glossary/") to page-relative ones ("../../glossary/"),
// so content links work when the site is served from a sub-path.
void relativise_links(cmark_node* document, const std::string& root);

}  // namespace scrutiny
