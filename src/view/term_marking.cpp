#include "view/term_marking.h"

#include <cctype>
#include <cstring>

#include <cmark-gfm.h>

#include "common/text.h"

namespace scrutiny {

TermMarker::TermMarker(const std::vector<Term>& terms, std::string glossary_href)
    : terms_(&terms), glossary_href_(std::move(glossary_href)) {}

namespace {
bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool inside_excluded(cmark_node* node) {
    for (cmark_node* p = cmark_node_parent(node); p; p = cmark_node_parent(p)) {
        const auto t = cmark_node_get_type(p);
        if (t == CMARK_NODE_LINK || t == CMARK_NODE_HEADING || t == CMARK_NODE_IMAGE || t == CMARK_NODE_CUSTOM_INLINE)
            return true;
    }
    return false;
}

// The earliest whole-word occurrence in `text` of a term not yet used on the page.
struct Hit {
    size_t pos = std::string::npos;
    const Term* term = nullptr;
};

Hit find_first(const std::string& text, const std::vector<Term>& terms, const std::set<std::string>& used) {
    Hit best;
    for (const auto& t : terms) {
        if (used.count(t.term) || t.term.empty()) continue;
        for (size_t pos = text.find(t.term); pos != std::string::npos && pos < best.pos; pos = text.find(t.term, pos + 1)) {
            const bool start_ok = pos == 0 || !word_char(text[pos - 1]);
            const size_t end = pos + t.term.size();
            const bool end_ok = end >= text.size() || !word_char(text[end]) ||
                                (text[end] == 's' && (end + 1 >= text.size() || !word_char(text[end + 1])));
            if (start_ok && end_ok) {
                if (pos < best.pos || (pos == best.pos && t.term.size() > best.term->term.size())) best = {pos, &t};
                break;
            }
        }
    }
    return best;
}
}  // namespace

void TermMarker::mark(cmark_node* document) {
    std::vector<cmark_node*> texts;
    cmark_iter* iter = cmark_iter_new(document);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_TEXT && !inside_excluded(node))
            texts.push_back(node);
    }
    cmark_iter_free(iter);

    for (cmark_node* node : texts) {
        std::string text = cmark_node_get_literal(node);
        cmark_node* current = node;
        for (;;) {
            const Hit hit = find_first(text, *terms_, used_);
            if (!hit.term) break;
            used_.insert(hit.term->term);
            const std::string before = text.substr(0, hit.pos);
            const std::string after = text.substr(hit.pos + hit.term->term.size());
            cmark_node_set_literal(current, before.c_str());

            cmark_node* marked = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
            const std::string open = "<a class=\"term\" href=\"" + escape_html(glossary_href_) + "#" + hit.term->anchor +
                                     "\"><abbr title=\"" + escape_html(hit.term->expansion) + "\">";
            cmark_node_set_on_enter(marked, open.c_str());
            cmark_node_set_on_exit(marked, "</abbr></a>");
            cmark_node* inner = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(inner, hit.term->term.c_str());
            cmark_node_append_child(marked, inner);
            cmark_node_insert_after(current, marked);

            cmark_node* rest = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(rest, after.c_str());
            cmark_node_insert_after(marked, rest);
            current = rest;
            text = after;
        }
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
