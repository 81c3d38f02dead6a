// Glossary terms and internal links inside rendered Markdown.
#pragma once

#include <array>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
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

    // Walks text nodes only: never inside links, code, headings or raw HTML. Linear in the
    // document's size (times the few terms that share a first word), however deep it nests.
    void mark(cmark_node* document);

private:
    struct Hit {
        size_t pos = 0;
        const Term* term = nullptr;
    };
    // The earliest whole-word use, at or after `from`, of a term not yet marked on the page.
    Hit find_next(std::string_view text, size_t from) const;
    void index_terms();

    const std::vector<Term>* terms_;
    std::string glossary_href_;
    std::set<std::string> used_;
    // Terms by their first word ("Crime" for "Crime Panel"), longest first; terms that start with
    // punctuation by their first byte. Built on the first mark(), so pages without Markdown
    // never pay for it.
    std::unordered_map<std::string_view, std::vector<const Term*>> by_first_word_;
    // The bytes some term starts with: most words start with none of them (terms are mostly
    // capitalised abbreviations), and are passed over without hashing them.
    std::array<bool, 256> starts_term_{};
    bool indexed_ = false;
};

// Rewrites site-absolute link targets ("/glossary/") to page-relative ones ("../../glossary/"),
// so content links work when the site is served from a sub-path.
void relativise_links(cmark_node* document, const std::string& root);

}  // namespace scrutiny
