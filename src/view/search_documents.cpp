#include "view/search_documents.h"

#include <nlohmann/json.hpp>

#include "common/digest.h"
#include "common/parallel.h"
#include "common/text.h"
#include "content/markdown.h"

namespace scrutiny {

namespace {
void add(std::string& out, const std::string& text) {
    if (text.empty()) return;
    if (!out.empty()) out += '\n';
    out += text;
}
}  // namespace

std::string searchable_text(const Commitment& c) {
    std::string out = markdown_all_text(c.body_markdown);
    for (const auto& a : c.activities) add(out, a.ref.empty() ? a.title : a.ref + " " + a.title);
    for (const auto& u : c.updates) add(out, markdown_all_text(u.text_markdown));
    return out;
}

std::string searchable_text_key(const Commitment& c, const std::string& words) {
    Digest d;
    d.add("commitment text 2");  // what searchable_text(Commitment) reads, all of it
    d.add(words);                // the body and every update's text
    d.add(static_cast<long long>(c.activities.size()));
    for (const auto& a : c.activities) {
        d.add(a.ref);
        d.add(a.title);
    }
    return d.result();
}

std::string searchable_text(const Metric& m) {
    std::string out = m.definition;
    add(out, m.inclusion);
    add(out, markdown_all_text(m.commentary_markdown));
    return out;
}

std::string searchable_text(const Session& s) { return markdown_all_text(s.body_markdown); }

std::string searchable_text(const Page& p) {
    std::string out = p.description;
    add(out, markdown_all_text(p.body_markdown));
    return out;
}

std::string term_title(const Term& t) { return t.expansion.empty() ? t.term : t.term + ": " + t.expansion; }

std::string SearchDocuments::joined() const { return scrutiny::joined(pieces); }

SearchDocuments search_documents_json(std::vector<SearchItem>& items, DerivedCache* cache) {
    // One document a line: small, and a diff between two builds reads item by item. Each is
    // written on its own (on every core), never as one tree of the whole site (at 10,000
    // commitments the text alone is some 50 MB).
    // A document the cache holds is used where it lies (a view into it), never copied but into
    // the output; one made now is held in `made`.
    std::vector<std::string_view> lines(items.size());
    SearchDocuments out;
    std::vector<std::string>& made = out.made;
    made.resize(items.size());
    parallel_for(items.size(), worker_count(), [&](size_t, size_t i) {
        SearchItem& item = items[i];
        const std::string url = item.folder ? (item.target.empty() ? "" : item.target + "/") : item.target;
        std::string key;
        if (!item.text_key.empty()) {
            Digest d;  // the line is made from the text's inputs and the fields beside it
            for (const std::string* part : std::initializer_list<const std::string*>{&item.text_key, &url, &item.title, &item.kind, &item.ref})
                d.add(*part);
            key = d.result();
            if (const auto line = cache ? cache->find(key) : std::nullopt) {
                lines[i] = *line;
                return;
            }
            if (item.make_text) item.text = item.make_text();
        }
        nlohmann::ordered_json d;
        d["url"] = url;
        d["title"] = item.title;
        d["kind"] = item.kind;
        if (!item.ref.empty()) d["ref"] = item.ref;
        d["text"] = std::move(item.text);
        std::string().swap(item.text);
        made[i] = d.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        lines[i] = made[i];
        if (cache && !key.empty()) cache->put(key, made[i]);
    });
    out.pieces.reserve(2 * lines.size() + 2);
    out.pieces.push_back("[\n");
    for (size_t i = 0; i < lines.size(); ++i) {
        out.pieces.push_back(lines[i]);
        out.pieces.push_back(i + 1 < lines.size() ? ",\n" : "\n");
    }
    out.pieces.push_back("]\n");
    return out;
}

}  // namespace scrutiny
