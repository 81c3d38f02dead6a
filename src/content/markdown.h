// Markdown to HTML with cmark-gfm (tables, strikethrough, autolinks, tag filter). Raw HTML
// in content is never passed through: the comms team's files cannot inject markup or script.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"

struct cmark_node;

namespace scrutiny {

struct MarkdownOptions {
    // The body's highest heading becomes level heading_shift + 1 (so it nests under the page's
    // own headings), and later headings never skip a level.
    int heading_shift = 1;
    // Called on the parsed document before rendering (glossary terms, internal links).
    std::function<void(cmark_node* document)> transform;
    // The accessible name of the scrolling region around each table (in the site's language).
    std::string table_label = "Table";
};

std::string render_markdown(std::string_view text, const MarkdownOptions& options = {});

// A link or image whose address a browser would run or open locally (javascript:, vbscript:,
// file:, or data: other than an image). cmark-gfm's safe mode would silently empty such an
// address, so loading reports it instead. Line and column are 1-based within `text`.
struct UnsafeLink {
    int line = 0, column = 0;
    std::string url;
};
std::vector<UnsafeLink> find_unsafe_links(const std::string& text);

// Reports each unsafe link in Markdown that starts at `start` in its file. Markdown inside a
// TOML string cannot be mapped back exactly (escapes, quote styles), so with `exact` false
// every link there is reported at the string's start.
void check_markdown_links(const std::string& text, const SourceLocation& start, Diagnostics& diags, bool exact = true);

class TomlTable;
// A string of Markdown read from a TOML key, with its links checked (check_markdown_links).
std::optional<std::string> read_markdown(TomlTable& table, const std::string& key, bool required);

// The first paragraph's plain text, for summaries and feed entries (no markup).
std::string markdown_plain_text(std::string_view text);
// The plain text of every paragraph and heading, one a line (what the search box searches).
std::string markdown_all_text(std::string_view text);

}  // namespace scrutiny
