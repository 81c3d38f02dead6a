// What the search box searches: every A to Z entry and every glossary term with the plain text
// of its page, written once per build as search/documents.json. The browser fetches it when a
// visitor first uses the box and indexes it there (MiniSearch, assets/js/search.js), so the
// index costs nothing on any other page and nothing at all without JavaScript.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/derived_cache.h"
#include "content/entities.h"
#include "view/view_index.h"

namespace scrutiny {

inline constexpr std::string_view search_documents_path = "search/documents.json";

// The text a visitor may search for besides the title: bodies, updates, definitions, as plain
// text (Markdown and glossary marking taken out).
std::string searchable_text(const Commitment& c);
std::string searchable_text(const Metric& m);
std::string searchable_text(const Session& s);
std::string searchable_text(const Page& p);
// "AGG: Alliance Governance Group"
std::string term_title(const Term& t);

// search/documents.json in pieces, one after another: a document a line, each either where the
// cache holds it or made now (`made`), never joined unless asked (at 10,000 commitments the file
// is 56 MB, and building it whole cost an edited rebuild a tenth of its time in memory first
// touched). The pieces stay good while the items' cache lives and this is not moved from.
struct SearchDocuments {
    std::vector<std::string_view> pieces;  // Pieces (common/text.h), as a FileWriter takes them
    std::vector<std::string> made;
    std::string joined() const;
};

// search/documents.json: one object per item, in the given order, with its address relative to
// the site's root ("commitments/a3/", "glossary/#agg"):
// {"url": ..., "title": ..., "kind": ..., "ref": ... (commitments only), "text": ...}.
// Each item's text is taken as it is written (the items stay, without it, for the A to Z): at
// 10,000 commitments the text is 56 MB, and holding it twice set the build's peak memory. With
// `cache`, an item with a text_key takes its document from there when the last build made it
// from the same inputs, and its text is not made at all.
SearchDocuments search_documents_json(std::vector<SearchItem>& items, DerivedCache* cache = nullptr);
// What a commitment's searchable text is made from (for SearchItem::text_key); `words` is its
// words' digest (SiteModel::words_digest), which stands for its body and updates' text.
std::string searchable_text_key(const Commitment& c, const std::string& words);

}  // namespace scrutiny
