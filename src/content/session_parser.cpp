#include "common/file_system.h"
#include "common/spellcheck.h"
#include "common/text.h"
#include "common/toml_reader.h"
#include "content/front_matter.h"
#include "content/parsers.h"

namespace scrutiny {

std::optional<Session> parse_session(const std::string& text, const std::string& file, Diagnostics& diags) {
    auto doc = parse_front_matter_document(text, file, diags);
    if (!doc) return std::nullopt;
    TomlTable t(doc->table, file, doc->line_offset, diags, {file, 1, 1});
    Session s;
    s.source_file = file;
    s.where = t.where();
    s.slug = slug_from_file_name(file, diags);
    s.body_markdown = doc->body;
    if (auto d = t.date("date", true)) s.date = *d;
    s.title = t.string("title", true).value_or("");
    if (auto kind = t.word("kind", true, session_kind_words())) s.kind = *kind;
    if (auto series = t.located_string("series", true)) s.series = *series;
    s.objectives = t.string_list("objectives");
    s.minutes = t.string("minutes", false).value_or("");
    if (!s.minutes.empty() && !is_web_address(s.minutes))
        diags.error(t.where_of_key("minutes"), "`minutes` must be a web address starting with https://; paste the full link to the published minutes");
    t.finish();
    return s;
}

}  // namespace scrutiny
