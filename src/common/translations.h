// The translation table: every visible word, sentence template, month name and number
// format of a site comes from one TOML file per language (themes/<theme>/i18n/<lang>.toml),
// over the built-in English, so a Welsh site is a file, not a fork. Pure once loaded: the
// computation stages (spc, view) take a table by reference.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/diagnostics.h"
#include "common/file_system.h"

namespace scrutiny {

// Named values for a string's {placeholders}: {{"count", "3"}, {"month", "July 2017"}}.
using TranslationArgs = std::vector<std::pair<std::string, std::string>>;

// A lookup that cannot be answered: a key no table has, or a string naming a placeholder the
// caller does not supply. The message is a located diagnostic ("file:line:col: error: ...").
class TranslationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Translations {
public:
    // Parses a translation file. Keys are dotted paths: `[quarter] sentence = "..."` is the
    // key "quarter.sentence"; every value must be a string whose placeholders are `{name}`
    // (letters, digits, '_'; "{{" and "}}" are literal braces). Errors are reported to
    // `diags` at their place in `source`; nothing is returned then.
    static std::optional<Translations> parse(std::string_view text, const std::string& source,
                                             Diagnostics& diags);

    // This table with every key it lacks taken from `fallback` (English). Reports, located in
    // this table, a string that uses a placeholder the fallback's string for the same key
    // does not (the program would not supply it), and warns of keys the fallback lacks
    // (misspelt: they would never be used), with "did you mean".
    Translations over(const Translations& fallback, Diagnostics& diags) const;

    // Every string wrapped in "⟦" and "⟧" with its placeholders kept, so a page built with it
    // shows any English that did not come from the table.
    Translations pseudo() const;

    bool has(std::string_view key) const { return entries_.find(key) != entries_.end(); }

    // The string for `key` with each {name} replaced by its value in `args`. Throws
    // TranslationError for a missing key or a placeholder not in `args`.
    std::string text(std::string_view key, const TranslationArgs& args = {}) const;

    // A count-dependent string: `key.zero` for 0 and `key.two` for 2 when the table has them
    // (Welsh needs both), `key.one` for 1, otherwise `key.other`. `{count}` is `count_text`.
    std::string plural(std::string_view key, double count, const std::string& count_text,
                       TranslationArgs args = {}) const;

    // "A", "A and B", "A, B and C" (period.list_pair, period.list_more).
    std::string list(const std::vector<std::string>& items) const;

    // "July" (month.1 .. month.12) and "Jul" (month_short.1 .. month_short.12).
    std::string month(int month) const;
    std::string month_short(int month) const;

    // An en-GB number ("2,762.5", "-3%") with this language's separators
    // (number.thousands_separator, number.decimal_separator).
    std::string number(std::string_view en_gb) const;

    // The string as written, placeholders unfilled (for tests and the theme reference).
    const std::string& raw(std::string_view key) const { return entry(key).value; }

    // Every key, sorted (for tests and the theme reference).
    std::vector<std::string> keys() const;

private:
    struct Entry {
        std::string value;
        SourceLocation where;
    };
    const Entry& entry(std::string_view key) const;
    std::map<std::string, Entry, std::less<>> entries_;
};

// The built-in English table (themes/default/i18n/en.toml) given its text; a broken built-in
// table is a bug, so this throws TranslationError rather than reporting.
Translations english_translations(std::string_view text);

// The table for a site's `language` ("en-GB", "cy", "x-pseudo"): `<lang>.toml`, then its
// primary subtag (`en`), looked up in the site's themes/<theme>/i18n/ and then the built-in
// themes/default/i18n/ of `builtin`, over the built-in English. "x-pseudo" is English marked
// by pseudo(). Nothing (with an error) when no file exists for the language or a file is bad.
std::optional<Translations> load_translations(const FileSystem& site, const FileSystem& builtin,
                                              const std::string& theme, const std::string& language,
                                              Diagnostics& diags);

}  // namespace scrutiny
