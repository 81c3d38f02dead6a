#include "content/front_matter.h"

#include "common/toml_reader.h"
#include "content/markdown.h"

namespace scrutiny {

namespace {
bool is_fence(const std::string& text, size_t begin, size_t end) {
    std::string line = text.substr(begin, end - begin);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.pop_back();
    return line == "+++";
}
}  // namespace

std::optional<FrontMatter> split_front_matter(const std::string& text, const std::string& file,
                                              Diagnostics& diags) {
    size_t end = text.find('\n');
    if (end == std::string::npos) end = text.size();
    if (!is_fence(text, 0, end)) {
        diags.error({file, 1, 1}, "the file must start with a `+++` line opening its front matter; "
                                  "add `+++`, the TOML keys, then another `+++` line");
        return std::nullopt;
    }
    int line = 2;
    size_t begin = end + 1;
    const size_t toml_begin = begin;
    while (begin <= text.size()) {
        size_t stop = text.find('\n', begin);
        if (stop == std::string::npos) stop = text.size();
        if (is_fence(text, begin, stop)) {
            FrontMatter fm;
            fm.toml = text.substr(toml_begin, begin - toml_begin);
            fm.toml_line_offset = 1;
            fm.body = stop < text.size() ? text.substr(stop + 1) : std::string();
            fm.body_line = line + 1;
            return fm;
        }
        if (stop == text.size()) break;
        begin = stop + 1;
        ++line;
    }
    diags.error({file, 1, 1}, "the front matter opened here is never closed; add a `+++` line after its last key");
    return std::nullopt;
}

std::optional<FrontMatterDocument> parse_front_matter_document(const std::string& text, const std::string& file,
                                                                Diagnostics& diags) {
    auto fm = split_front_matter(text, file, diags);
    if (!fm) return std::nullopt;
    auto table = parse_toml(fm->toml, file, fm->toml_line_offset, diags);
    if (!table) return std::nullopt;
    check_markdown_links(fm->body, {file, fm->body_line, 1}, diags);
    return FrontMatterDocument{std::move(*table), fm->toml_line_offset, std::move(fm->body)};
}

}  // namespace scrutiny
