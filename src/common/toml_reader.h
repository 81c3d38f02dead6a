// Reading TOML with positions: parse text into a table, then read typed keys from it,
// turning every missing, mistyped or unknown key into a located diagnostic.
#pragma once

#include <memory>
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
// line 1 of its file). On a syntax error, or text beyond toml_limits.h, reports it and returns nothing.
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
    // Numbers of an array: integers, floats and nan; a non-number, a figure beyond kLargestFigure
    // or a list longer than kLongestSeries is an error at its place.
    std::optional<std::vector<double>> number_list(const std::string& key, bool required);
    // Each table of an array of tables ([[key]]), as readers sharing this one's diagnostics.
    std::vector<TomlTable> tables(const std::string& key);
    std::optional<TomlTable> table(const std::string& key);

    // Reports every key present but never read. A key the enclosing table reads, written
    // below a [[table]] line (where TOML puts it inside), gets "move it above" instead: the
    // verdict waits for the enclosing table's finish(), when all its keys are known.
    void finish();

    Diagnostics& diags() { return *diags_; }
    const std::string& file() const { return file_; }

private:
    // False (with an error at the value) when a text value holds a control character.
    bool printable_value(const std::string& key, const std::string& value, const toml::node& node);
    // False (with an error) when a figure is beyond kLargestFigure (common/limits.h) either way.
    bool within_figure_range(const std::string& key, double value, const toml::node& node);
    const toml::node* get(const std::string& key, bool required, const char* expected);
    void unknown_word(const std::string& key, const LocatedString& text, const std::vector<std::string>& words);
    void type_error(const std::string& key, const toml::node& node, const std::string& expected);
    void nest_in(const TomlTable& parent, std::string move_above);

    // An unknown key of a nested table, judged when its enclosing table finishes.
    struct StrayKey {
        std::string name;
        SourceLocation at;
        std::string hint;        // the "did you mean" or "remove it" ending
        std::string move_above;  // "the first `[[series]]` (line 12)"
    };
    // Shared by a table and the readers of its nested tables, which may outlive copies of it.
    struct Scope {
        std::set<std::string> read;
        bool finished = false;
        std::vector<StrayKey> strays;
    };
    void report_stray(const StrayKey& stray) const;

    const toml::table& table_;
    std::string file_;
    int line_offset_;
    Diagnostics* diags_;
    SourceLocation where_;
    std::shared_ptr<Scope> scope_ = std::make_shared<Scope>();
    // Set for a nested table: its enclosing table and how to name where this one starts.
    const toml::table* parent_table_ = nullptr;
    std::shared_ptr<Scope> parent_scope_;
    std::string move_above_;
};

}  // namespace scrutiny
