// Reading TOML with positions: parse text into a table, then read typed keys from it,
// turning every missing, mistyped or unknown key into a located diagnostic.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "common/calendar.h"
#include "common/diagnostics.h"
#include "common/word_table.h"

namespace scrutiny {

// Parses TOML text; `line_offset` is added to every position (front matter starts below
// line 1 of its file). On a syntax error reports it and returns nothing.
std::optional<toml::table> parse_toml(const std::string& text, const std::string& file,
                                      int line_offset, Diagnostics& diags);

// One TOML table being read by a parser. Records which keys were read so `finish()` can
// report the unknown ones (with "did you mean"), since a misspelt key is otherwise silently lost.
class TomlTable {
public:
    TomlTable(const toml::table& table, std::string file, int line_offset, Diagnostics& diags,
              SourceLocation fallback);

    SourceLocation where_of(const toml::node& node) const;
    SourceLocation where_of_key(const std::string& key) const;  // the value's place, or the table's
    const SourceLocation& where() const { return where_; }
    bool has(const std::string& key) const { return table_.contains(key); }
    bool is_date(const std::string& key) const { return table_.get(key) && table_.get(key)->is_date(); }

    std::optional<std::string> string(const std::string& key, bool required);
    std::optional<LocatedString> located_string(const std::string& key, bool required);
    std::vector<LocatedString> string_list(const std::string& key);
    std::optional<long long> integer(const std::string& key, bool required);
    std::optional<double> number(const std::string& key, bool required);
    std::optional<bool> boolean(const std::string& key);
    std::optional<Date> date(const std::string& key, bool required);
    // One word of a value set; any other is an error "unknown <key> `word`; did you mean ...".
    template <class Enum>
    std::optional<Enum> word(const std::string& key, bool required, const WordTable<Enum>& table) {
        auto text = located_string(key, required);
        if (!text) return std::nullopt;
        if (auto value = table.parse(text->value)) return value;
        unknown_word(key, *text, table.words());
        return std::nullopt;
    }
    // Numbers of an array: integers, floats and nan; a non-number is an error at its place.
    std::optional<std::vector<double>> number_list(const std::string& key, bool required);
    // Each table of an array of tables ([[key]]), as readers sharing this one's diagnostics.
    std::vector<TomlTable> tables(const std::string& key);
    std::optional<TomlTable> table(const std::string& key);

    // Reports every key present but never read.
    void finish();

    Diagnostics& diags() { return *diags_; }
    const std::string& file() const { return file_; }

private:
    const toml::node* get(const std::string& key, bool required, const char* expected);
    void unknown_word(const std::string& key, const LocatedString& text, const std::vector<std::string>& words);
    void type_error(const std::string& key, const toml::node& node, const std::string& expected);

    const toml::table& table_;
    std::string file_;
    int line_offset_;
    Diagnostics* diags_;
    SourceLocation where_;
    std::set<std::string> read_;
};

}  // namespace scrutiny
