#include "view/term_marking.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <cmark-gfm.h>

#include "common/text.h"

namespace scrutiny {

TermMarker::TermMarker(const std::vector<Term>& terms, std::string glossary_href)
    : terms_(&terms), glossary_href_(std::move(glossary_href)) {}

namespace {
bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool excluded(cmark_node* node) {
    const auto t = cmark_node_get_type(node);
    return t == CMARK_NODE_LINK || t == CMARK_NODE_HEADING || t == CMARK_NODE_IMAGE || t == CMARK_NODE_CUSTOM_INLINE;
}

// The key a term or a use of it is indexed by: its leading run of word characters, or its first
// byte when it starts with punctuation.
std::string_view first_word(std::string_view text, size_t pos) {
    size_t end = pos;
    while (end < text.size() && word_char(text[end])) ++end;
    return text.substr(pos, std::max(end - pos, size_t{1}));
}
}  // namespace

void TermMarker::index_terms() {
    indexed_ = true;
    for (const auto& t : *terms_)
        if (!t.term.empty()) {
            by_first_word_[first_word(t.term, 0)].push_back(&t);
            starts_term_[static_cast<unsigned char>(t.term[0])] = true;
        }
    for (auto& [word, terms] : by_first_word_)
        std::stable_sort(terms.begin(), terms.end(), [](const Term* a, const Term* b) { return a->term.size() > b->term.size(); });
}

TermMarker::Hit TermMarker::find_next(std::string_view text, size_t from) const {
    const auto whole_word_at = [&](size_t pos, const Term& t) {
        if (text.compare(pos, t.term.size(), t.term) != 0) return false;
        const size_t end = pos + t.term.size();  // a plural "s" still counts as the term
        return end >= text.size() || !word_char(text[end]) ||
               (text[end] == 's' && (end + 1 >= text.size() || !word_char(text[end + 1])));
    };
    for (size_t pos = from; pos < text.size(); ++pos) {
        if (!starts_term_[static_cast<unsigned char>(text[pos])]) continue;  // no term starts so
        if (pos > 0 && word_char(text[pos - 1])) continue;                    // not the start of a word
        const std::string_view word = first_word(text, pos);
        // A use may carry a plural "s" its term's first word has not ("ISVAs"): try both, longest term first.
        Hit best{pos, nullptr};
        for (const std::string_view key : {word, word.size() > 1 && word.back() == 's' ? word.substr(0, word.size() - 1) : std::string_view()}) {
            const auto found = key.empty() ? by_first_word_.end() : by_first_word_.find(key);
            if (found == by_first_word_.end()) continue;
            for (const Term* t : found->second) {
                if (best.term && t->term.size() <= best.term->term.size()) break;
                if (!used_.count(t->term) && whole_word_at(pos, *t)) {
                    best.term = t;
                    break;
                }
            }
        }
        if (best.term) return best;
    }
    return {};
}

void TermMarker::mark(cmark_node* document) {
    if (!indexed_) index_terms();
    // Text nodes outside links, headings, images and marked terms. Counting the excluded
    // containers entered (rather than walking up from each text) keeps this linear however
    // deeply emphasis nests.
    std::vector<cmark_node*> texts;
    cmark_iter* iter = cmark_iter_new(document);
    int excluded_depth = 0;
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (excluded(node)) excluded_depth += ev == CMARK_EVENT_ENTER ? 1 : ev == CMARK_EVENT_EXIT ? -1 : 0;
        else if (ev == CMARK_EVENT_ENTER && excluded_depth == 0 && cmark_node_get_type(node) == CMARK_NODE_TEXT)
            texts.push_back(node);
    }
    cmark_iter_free(iter);

    for (cmark_node* node : texts) {
        const std::string text = cmark_node_get_literal(node);
        cmark_node* current = node;
        size_t done = 0;  // text before this is already in the tree
        for (Hit hit = find_next(text, 0); hit.term; hit = find_next(text, done)) {
            // A link holding an <abbr>: a link, unlike a custom node, may stand in a table cell.
            cmark_node* marked = cmark_node_new(CMARK_NODE_LINK);
            cmark_node_set_url(marked, (glossary_href_ + "#" + hit.term->anchor).c_str());
            cmark_node* abbr = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
            cmark_node_set_on_enter(abbr, ("<abbr title=\"" + escape_html(hit.term->expansion) + "\">").c_str());
            cmark_node_set_on_exit(abbr, "</abbr>");
            cmark_node* inner = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(inner, hit.term->term.c_str());
            cmark_node_append_child(abbr, inner);
            cmark_node_append_child(marked, abbr);
            cmark_node* rest = cmark_node_new(CMARK_NODE_TEXT);
            // Checked, never assumed: a node the parent refuses would be lost with the text after it.
            if (!cmark_node_insert_after(current, marked) || !cmark_node_insert_after(marked, rest)) {
                cmark_node_unlink(marked);
                cmark_node_free(marked);
                cmark_node_free(rest);
                break;
            }
            used_.insert(hit.term->term);
            cmark_node_set_literal(current, text.substr(done, hit.pos - done).c_str());
            current = rest;
            done = hit.pos + hit.term->term.size();
        }
        if (current != node) cmark_node_set_literal(current, text.substr(done).c_str());
    }
}

void relativise_links(cmark_node* document, const std::string& root) {
    cmark_iter* iter = cmark_iter_new(document);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        const auto type = cmark_node_get_type(node);
        if (ev != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE)) continue;
        const char* url = cmark_node_get_url(node);
        if (url && url[0] == '/' && url[1] != '/') {
            const std::string rewritten = root + (url + 1);
            cmark_node_set_url(node, rewritten.c_str());
        }
    }
    cmark_iter_free(iter);
}

}  // namespace scrutiny
