#include "common/file_system.h"
#include "common/text.h"
#include "common/toml_reader.h"
#include "content/front_matter.h"
#include "content/parsers.h"

namespace scrutiny {

std::string slug_from_file_name(const std::string& file, Diagnostics& diags) {
    std::string slug = slugify(file_stem(file));
    if (slug.empty())
        diags.error({file, 1, 1}, "the file name `" + file_stem(file) +
                                      "` has no letters or digits to make a web address from; rename the file, like `annual-report.md`");
    return slug;
}

std::optional<Page> parse_page(const std::string& text, const std::string& file, Diagnostics& diags) {
    auto doc = parse_front_matter_document(text, file, diags);
    if (!doc) return std::nullopt;
    TomlTable t(doc->table, file, doc->line_offset, diags, {file, 1, 1});
    Page p;
    p.source_file = file;
    p.where = t.where();
    p.slug = slug_from_file_name(file, diags);
    p.body_markdown = doc->body;
    p.title = t.string("title", true).value_or("");
    p.description = t.string("description", false).value_or("");
    if (auto w = t.integer("weight", false)) p.weight = static_cast<int>(*w);
    t.finish();
    return p;
}

}  // namespace scrutiny
