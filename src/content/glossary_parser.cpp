#include <set>

#include "common/text.h"
#include "common/toml_reader.h"
#include "content/parsers.h"

namespace scrutiny {

std::vector<Mechanism> parse_mechanisms(const std::string& text, const std::string& file, Diagnostics& diags) {
    std::vector<Mechanism> out;
    auto parsed = parse_toml(text, file, 0, diags);
    if (!parsed) return out;
    TomlTable root(*parsed, file, 0, diags, {file, 1, 1});
    for (auto& t : root.tables("meeting")) {
        Mechanism m;
        m.where = t.where();
        m.id = t.string("id", true).value_or("");
        if (!m.id.empty() && !is_valid_id(m.id))
            diags.error(t.where_of_key("id"), "meeting id `" + m.id + "` must be lower-case letters, digits and hyphens, like \"victims-board\"");
        m.name = t.string("name", true).value_or("");
        m.purpose = t.string("purpose", true).value_or("");
        if (auto o = t.located_string("objective", true)) m.objective = *o;
        m.meets = t.string("meets", false).value_or("");
        m.notes_published = t.boolean("notes_published").value_or(false);
        m.is_public = t.boolean("public").value_or(false);
        t.finish();
        out.push_back(std::move(m));
    }
    root.finish();
    return out;
}

std::vector<Term> parse_terms(const std::string& text, const std::string& file, Diagnostics& diags) {
    std::vector<Term> out;
    auto parsed = parse_toml(text, file, 0, diags);
    if (!parsed) return out;
    TomlTable root(*parsed, file, 0, diags, {file, 1, 1});
    std::set<std::string> anchors;
    for (auto& t : root.tables("term")) {
        Term term;
        term.where = t.where();
        term.term = t.string("term", true).value_or("");
        term.expansion = t.string("expansion", true).value_or("");
        term.definition = t.string("definition", false).value_or("");
        // One anchor per term even when slugs meet ("C" and "C++") or vanish ("&").
        const std::string slug = slugify(term.term);
        const std::string base = "term-" + (slug.empty() ? std::to_string(out.size() + 1) : slug);
        term.anchor = base;
        for (int n = 2; !anchors.insert(term.anchor).second; ++n) term.anchor = base + "-" + std::to_string(n);
        t.finish();
        if (!term.term.empty()) out.push_back(std::move(term));
    }
    root.finish();
    return out;
}

}  // namespace scrutiny
