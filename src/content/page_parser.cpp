#include "common/file_system.h"
#include "common/text.h"
#include "content/front_matter.h"
#include "content/parsers.h"
#include "content/toml_reader.h"

namespace scrutiny {

std::optional<Page> parse_page(const std::string& text, const std::string& file, Diagnostics& diags) {
    auto fm = split_front_matter(text, file, diags);
    if (!fm) return std::nullopt;
    auto parsed = parse_toml(fm->toml, file, fm->toml_line_offset, diags);
    if (!parsed) return std::nullopt;
    TomlTable t(*parsed, file, fm->toml_line_offset, diags, {file, 1, 1});
    Page p;
    p.source_file = file;
    p.where = t.where();
    p.slug = slugify(file_stem(file));
    p.body_markdown = fm->body;
    p.title = t.string("title", true).value_or("");
    p.description = t.string("description", false).value_or("");
    if (auto w = t.integer("weight", false)) p.weight = static_cast<int>(*w);
    t.finish();
    return p;
}

}  // namespace scrutiny
