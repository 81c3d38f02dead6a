// Small text helpers shared by every stage: slugs, UTF-8 checks, HTML escaping.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scrutiny {

// Bytes in pieces, to be taken one after another: a large file (the search documents, 56 MB at
// 10,000 commitments) is written from where its pieces lie, never joined in memory.
using Pieces = std::span<const std::string_view>;
// The pieces' bytes joined (for whoever keeps a file in memory).
std::string joined(Pieces bytes);

// URL-safe, lower-case ASCII: letters and digits kept (accented Latin letters as their plain
// letter: "Müller" -> "muller", "Aberdâr" -> "aberdar"), every other run becomes one '-', no
// leading or trailing '-'. "A.1" -> "a-1", "Telford & Wrekin" -> "telford-wrekin". Letters of
// other scripts separate words like punctuation does, so the result can be empty: callers
// must reject an empty slug.
std::string slugify(std::string_view text);

// True when `text` is a valid id: lower-case letters, digits and single hyphens.
bool is_valid_id(std::string_view text);

// The unit for a count of exactly one: "offences" -> "offence", "people" -> "person",
// "burglaries" -> "burglary", "witnesses" -> "witness"; "offences and incidents" ->
// "offence or incident". Plain English rules, for the units a site's metrics use.
std::string singular_noun(const std::string& noun);

// True for an absolute web address: "http://" or "https://", a host, and no spaces, quotes,
// angle brackets or control characters.
bool is_web_address(std::string_view text);

// The 1-based line and column of a byte offset.
struct LineColumn {
    int line = 1;
    int column = 1;
};
LineColumn line_column_at(std::string_view text, size_t offset);

// The byte offset of the first invalid UTF-8 sequence, if any.
std::optional<size_t> first_invalid_utf8(std::string_view text);

// A character no page, feed or sitemap may carry, found in valid UTF-8: a control character
// other than tab, line feed and carriage return (U+0000-U+001F, U+007F-U+009F), or U+FFFE/U+FFFF.
// XML 1.0 forbids most of them outright and HTML treats them as parse errors.
struct ControlCharacter {
    size_t offset = 0;    // its first byte
    unsigned int code = 0;  // its code point, for "U+0000" in messages
};
std::optional<ControlCharacter> first_control_character(std::string_view text);

// "U+0007": how messages name a character.
std::string code_point_name(unsigned int code);

// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string escape_html(std::string_view text);

// Escapes for XML (feed, sitemap): &, <, >, ", '.
inline std::string escape_xml(std::string_view text) { return escape_html(text); }

std::string trim(std::string_view text);

// Trims ASCII spaces, tabs and UTF-8 no-break spaces (Excel writes them in formatted numbers).
std::string_view trim_blanks(std::string_view text);

// A-Z as a-z, every other byte unchanged (locale-free, so UTF-8 text passes through).
std::string ascii_lower(std::string_view text);

// Replaces every {{key}} in `text` by its value: the starter files' placeholders.
std::string fill_placeholders(std::string text, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace scrutiny
