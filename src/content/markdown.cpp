#include "content/markdown.h"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <string_view>
#include <vector>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "common/text.h"
#include "common/toml_reader.h"

namespace scrutiny {

namespace {
void ensure_extensions() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_SMART;

struct Parsed {
    cmark_parser* parser = nullptr;
    cmark_node* document = nullptr;
    ~Parsed() {
        if (document) cmark_node_free(document);
        if (parser) cmark_parser_free(parser);
    }
};

void parse(std::string_view text, Parsed& out) {
    ensure_extensions();
    out.parser = cmark_parser_new(kOptions);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(out.parser, ext);
    cmark_parser_feed(out.parser, text.data(), text.size());
    out.document = cmark_parser_finish(out.parser);
}

// The body's highest heading becomes `base`, and no heading is more than one level deeper than
// the one before it: the page's outline never skips a level, whatever level the author began at
// (WCAG 1.3.1; a `##` under a page's <h1> would otherwise become an <h3>).
void nest_headings(cmark_node* document, int base) {
    std::vector<cmark_node*> headings;
    cmark_iter* iter = cmark_iter_new(document);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) headings.push_back(node);
    }
    cmark_iter_free(iter);
    if (headings.empty()) return;
    int top = 6;
    for (cmark_node* h : headings) top = std::min(top, cmark_node_get_heading_level(h));
    int previous = base - 1;
    for (cmark_node* h : headings) {
        const int level = std::min({cmark_node_get_heading_level(h) - top + base, previous + 1, 6});
        cmark_node_set_heading_level(h, level);
        previous = level;
    }
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
    for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) s.replace(pos, from.size(), to);
}
}  // namespace

std::string render_markdown(std::string_view text, const MarkdownOptions& options) {
    Parsed p;
    parse(text, p);
    nest_headings(p.document, std::clamp(options.heading_shift + 1, 1, 6));
    if (options.transform) options.transform(p.document);
    char* html = cmark_render_html(p.document, kOptions, cmark_parser_get_syntax_extensions(p.parser));
    std::string out(html);
    free(html);
    // Wide tables scroll inside their own focusable region instead of the whole page (WCAG reflow).
    replace_all(out, "<table>", "<div class=\"table-wrap\" role=\"region\" aria-label=\"" + escape_html(options.table_label) +
                                    "\" tabindex=\"0\"><table>");
    replace_all(out, "</table>", "</table></div>");
    // Safe mode leaves a comment where raw HTML was; drop it so pages stay clean.
    replace_all(out, "<!-- raw HTML omitted -->", "");
    return out;
}

namespace {
bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
}

// The schemes cmark-gfm's safe mode blanks (its _scan_dangerous_url), with the same image exception.
bool is_unsafe_url(const std::string& url) {
    if (starts_with_ignoring_case(url, "data:"))
        return !(starts_with_ignoring_case(url, "data:image/png") || starts_with_ignoring_case(url, "data:image/gif") ||
                 starts_with_ignoring_case(url, "data:image/jpeg") || starts_with_ignoring_case(url, "data:image/webp"));
    return starts_with_ignoring_case(url, "javascript:") || starts_with_ignoring_case(url, "vbscript:") ||
           starts_with_ignoring_case(url, "file:");
}

// The column, in characters, of the address of the link cmark found at byte column `start` of
// line `line`. cmark's own inline columns count bytes and miss indentation on continuation
// lines, so the address is looked for after `start` (else anywhere on the line), as written
// after "(" or "<". Where cmark decoded it (entities, escapes) it is not there literally, and
// the link's start is used.
int address_column(const std::string& text, int line, const std::string& url, int start) {
    size_t begin = 0;
    for (int n = 1; n < line && begin != std::string::npos; ++n) {
        begin = text.find('\n', begin);
        if (begin != std::string::npos) ++begin;
    }
    if (begin == std::string::npos) return start;
    const size_t end = std::min(text.find('\n', begin), text.size());
    const std::string_view row = std::string_view(text).substr(begin, end - begin);
    const size_t from = std::min(static_cast<size_t>(std::max(start - 1, 0)), row.size());
    const auto written_at = [&](size_t after) { return std::min(row.find("(" + url, after), row.find("<" + url, after)); };
    size_t at = written_at(from);
    if (at == std::string_view::npos) at = written_at(0);  // cmark's column can be past it on continuation lines
    return line_column_at(row, at == std::string_view::npos ? from : at + 1).column;
}
}  // namespace

std::vector<UnsafeLink> find_unsafe_links(const std::string& text) {
    std::vector<UnsafeLink> out;
    Parsed p;
    parse(text, p);
    cmark_iter* iter = cmark_iter_new(p.document);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        const auto type = cmark_node_get_type(node);
        if (ev != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE)) continue;
        const char* url = cmark_node_get_url(node);
        if (url && is_unsafe_url(url)) {
            const int line = cmark_node_get_start_line(node);
            out.push_back({line, address_column(text, line, url, cmark_node_get_start_column(node)), url});
        }
    }
    cmark_iter_free(iter);
    return out;
}

namespace {
// Whether `text` could hold an unsafe link, without parsing it: cmark unescapes only entities
// ("&#115;") and backslash escapes in an address, so without '&' or '\\' an unsafe address is
// written as it is, and then "script:", "file:" or "data:" (in any case) is in the text.
bool may_hold_unsafe_link(std::string_view text) {
    if (text.find_first_of("&\\") != std::string_view::npos) return true;
    for (size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
        const std::string_view before = text.substr(0, colon);
        for (std::string_view scheme : {"script", "file", "data"})
            if (before.size() >= scheme.size() && starts_with_ignoring_case(before.substr(before.size() - scheme.size()), scheme))
                return true;
    }
    return false;
}
}  // namespace

void check_markdown_links(const std::string& text, const SourceLocation& start, Diagnostics& diags, bool exact) {
    if (!may_hold_unsafe_link(text)) return;  // nothing to parse for
    for (const auto& link : find_unsafe_links(text)) {
        SourceLocation where = start;
        if (exact) {
            where.line = start.line + link.line - 1;
            where.column = link.line == 1 ? start.column + link.column - 1 : link.column;
        }
        diags.error(where, "`" + link.url + "`" + (exact ? "" : " (in the text that starts here)") +
                               " would run code or open a file on the reader's computer, so links and images may not "
                               "use it; use a web address (https://...) instead");
    }
}

namespace {
// The text of the first paragraph, or of every block (one a line) for the search box.
std::string plain_text(std::string_view text, bool first_paragraph_only) {
    Parsed p;
    parse(text, p);
    std::string out;
    cmark_iter* iter = cmark_iter_new(p.document);
    bool in_first_block = !first_paragraph_only, done = false;
    for (cmark_event_type ev; !done && (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        const auto type = cmark_node_get_type(node);
        if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            if (!first_paragraph_only) {
                if (ev == CMARK_EVENT_ENTER && !out.empty()) out += '\n';
            } else if (type == CMARK_NODE_PARAGRAPH) {
                if (ev == CMARK_EVENT_ENTER) in_first_block = true;
                else done = true;
            }
        } else if (in_first_block && ev == CMARK_EVENT_ENTER &&
                   (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
            out += cmark_node_get_literal(node);
        } else if (in_first_block && (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)) {
            out += ' ';
        }
    }
    cmark_iter_free(iter);
    return out;
}
}  // namespace

std::string markdown_plain_text(std::string_view text) { return plain_text(text, true); }
std::string markdown_all_text(std::string_view text) { return plain_text(text, false); }

std::optional<std::string> read_markdown(TomlTable& table, const std::string& key, bool required) {
    auto s = table.located_string(key, required);
    if (!s) return std::nullopt;
    check_markdown_links(s->value, s->where, table.diags(), false);
    return std::move(s->value);
}

}  // namespace scrutiny
