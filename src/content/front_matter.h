// Front matter: TOML between two `+++` lines at the top of a Markdown file (Hugo's convention).
#pragma once

#include <optional>
#include <string>

#include <toml++/toml.h>

#include "common/diagnostics.h"

namespace scrutiny {

struct FrontMatter {
    std::string toml;      // the text between the fences
    int toml_line_offset;  // add to a TOML line number to get the file's line number
    std::string body;      // the Markdown after the closing fence
    int body_line = 0;     // the file's line number where the body starts
};

// Splits a Markdown file; a missing fence is an error at the place it was expected.
std::optional<FrontMatter> split_front_matter(const std::string& text, const std::string& file,
                                              Diagnostics& diags);

// A Markdown file whose front matter has been parsed as TOML.
struct FrontMatterDocument {
    toml::table table;
    int line_offset = 0;  // add to a TOML line to get the file's line
    std::string body;     // the Markdown after the front matter (its links already checked)
};

// Splits and parses front matter; nothing (with the error reported) when either step fails.
std::optional<FrontMatterDocument> parse_front_matter_document(const std::string& text, const std::string& file,
                                                                Diagnostics& diags);

}  // namespace scrutiny
