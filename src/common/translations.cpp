#include "common/translations.h"

#include <algorithm>
#include <set>

#include <toml++/toml.h>

#include "common/spellcheck.h"

namespace scrutiny {

namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A string's placeholders, or the first syntax problem.
struct Scan {
    std::set<std::string> names;
    std::string problem;
};

Scan scan_placeholders(std::string_view s) {
    Scan out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '}') {
            if (i + 1 < s.size() && s[i + 1] == '}') { ++i; continue; }
            out.problem = "a lone `}`; write `}}` for a literal brace";
            return out;
        }
        if (s[i] != '{') continue;
        if (i + 1 < s.size() && s[i + 1] == '{') { ++i; continue; }
        size_t j = i + 1;
        while (j < s.size() && is_name_char(s[j])) ++j;
        if (j == i + 1 || j >= s.size() || s[j] != '}') {
            out.problem = "an unfinished placeholder at `" + std::string(s.substr(i, 12)) +
                          "`; write `{name}`, or `{{` for a literal brace";
            return out;
        }
        out.names.insert(std::string(s.substr(i + 1, j - i - 1)));
        i = j;
    }
    return out;
}

std::string list_names(const std::set<std::string>& names) {
    if (names.empty()) return "none";
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "{" : ", {") + n + "}";
    return out;
}

SourceLocation where_of(const toml::node& node, const std::string& source) {
    const auto& b = node.source().begin;
    return {source, static_cast<int>(b.line), static_cast<int>(b.column)};
}

// "cy" from "cy", "en" from "en-GB" / "en_GB".
std::string primary_subtag(const std::string& language) {
    std::string out;
    for (char c : language) {
        if (c == '-' || c == '_') break;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

}  // namespace

std::optional<Translations> Translations::parse(std::string_view text, const std::string& source,
                                                Diagnostics& diags) {
    toml::table root;
    try {
        root = toml::parse(text, source);
    } catch (const toml::parse_error& e) {
        const auto& b = e.source().begin;
        diags.error({source, static_cast<int>(b.line), static_cast<int>(b.column)},
                    "invalid TOML: " + std::string(e.description()) +
                        "; check the quotes, brackets and `=` on this line");
        return std::nullopt;
    }
    Translations out;
    bool ok = true;
    auto walk = [&](auto&& self, const toml::table& table, const std::string& prefix) -> void {
        for (const auto& [k, node] : table) {
            std::string key = prefix + std::string(k.str());
            if (const auto* sub = node.as_table()) {
                self(self, *sub, key + ".");
                continue;
            }
            const auto* str = node.as_string();
            if (!str) {
                diags.error(where_of(node, source), "translation `" + key +
                                                        "` is not a string; quote it (\"...\")");
                ok = false;
                continue;
            }
            Scan scan = scan_placeholders(str->get());
            if (!scan.problem.empty()) {
                diags.error(where_of(node, source), "translation `" + key + "` has " + scan.problem);
                ok = false;
                continue;
            }
            out.entries_[key] = Entry{str->get(), where_of(node, source)};
        }
    };
    walk(walk, root, "");
    if (!ok) return std::nullopt;
    return out;
}

Translations Translations::over(const Translations& fallback, Diagnostics& diags) const {
    Translations out = fallback;
    std::vector<std::string> known = fallback.keys();
    for (const auto& [key, e] : entries_) {
        auto base = fallback.entries_.find(key);
        if (base == fallback.entries_.end()) {
            diags.warning(e.where, "translation `" + key + "` is not a key scrutiny uses, so it is never shown" +
                                       did_you_mean(key, known));
            continue;
        }
        std::set<std::string> mine = scan_placeholders(e.value).names;
        std::set<std::string> theirs = scan_placeholders(base->second.value).names;
        std::set<std::string> extra;
        std::set_difference(mine.begin(), mine.end(), theirs.begin(), theirs.end(),
                            std::inserter(extra, extra.begin()));
        if (!extra.empty()) {
            diags.error(e.where, "translation `" + key + "` uses " + list_names(extra) +
                                     ", which scrutiny does not supply for it; " +
                                     (theirs.empty() ? std::string("this string takes no placeholders")
                                                     : "use only " + list_names(theirs)));
            continue;
        }
        out.entries_[key] = e;
    }
    return out;
}

Translations Translations::pseudo() const {
    Translations out = *this;
    for (auto& [key, e] : out.entries_) {
        // Separators stay as they are: they are formats, not words.
        if (key.rfind("number.", 0) == 0) continue;
        e.value = "\xE2\x9F\xA6" + e.value + "\xE2\x9F\xA7";  // ⟦ ⟧
    }
    return out;
}

const Translations::Entry& Translations::entry(std::string_view key) const {
    auto it = entries_.find(key);
    if (it == entries_.end())
        throw TranslationError("themes/default/i18n/en.toml: error: no translation for `" + std::string(key) +
                               "`; add it to the table");
    return it->second;
}

std::string Translations::text(std::string_view key, const TranslationArgs& args) const {
    const Entry& e = entry(key);
    const std::string& s = e.value;
    std::string out;
    out.reserve(s.size() + 16);
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if ((c == '{' || c == '}') && i + 1 < s.size() && s[i + 1] == c) {
            out += c;
            ++i;
            continue;
        }
        if (c != '{') {
            out += c;
            continue;
        }
        size_t j = s.find('}', i);
        std::string_view name(s.data() + i + 1, j - i - 1);
        auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
        if (arg == args.end()) {
            std::set<std::string> given;
            for (const auto& a : args) given.insert(a.first);
            throw TranslationError(format_diagnostic(
                {Severity::error, e.where,
                 "translation `" + std::string(key) + "` uses {" + std::string(name) +
                     "}, which is not supplied here; " +
                     (given.empty() ? std::string("this string takes no placeholders")
                                    : "the placeholders supplied are " + list_names(given))}));
        }
        out += arg->second;
        i = j;
    }
    return out;
}

std::string Translations::plural(std::string_view key, double count, const std::string& count_text,
                                 TranslationArgs args) const {
    std::string base(key);
    std::string form = base + ".other";
    if (count == 0 && has(base + ".zero")) form = base + ".zero";
    else if (count == 1) form = base + ".one";
    else if (count == 2 && has(base + ".two")) form = base + ".two";
    args.emplace_back("count", count_text);
    return text(form, args);
}

std::string Translations::list(const std::vector<std::string>& items) const {
    if (items.empty()) return "";
    std::string out = items.back();
    if (items.size() >= 2) out = text("period.list_pair", {{"first", items[items.size() - 2]}, {"second", out}});
    for (size_t i = items.size() - 2; items.size() >= 3 && i-- > 0;)
        out = text("period.list_more", {{"first", items[i]}, {"rest", out}});
    return out;
}

std::string Translations::month(int m) const { return text("month." + std::to_string(m)); }

std::string Translations::month_short(int m) const { return text("month_short." + std::to_string(m)); }

std::string Translations::number(std::string_view en_gb) const {
    const std::string& thousands = entry("number.thousands_separator").value;
    const std::string& decimal = entry("number.decimal_separator").value;
    if (thousands == "," && decimal == ".") return std::string(en_gb);
    std::string out;
    for (char c : en_gb) {
        if (c == ',') out += thousands;
        else if (c == '.') out += decimal;
        else out += c;
    }
    return out;
}

std::vector<std::string> Translations::keys() const {
    std::vector<std::string> out;
    out.reserve(entries_.size());
    for (const auto& [k, e] : entries_) out.push_back(k);
    return out;
}

Translations english_translations(std::string_view text) {
    Diagnostics diags;
    auto t = Translations::parse(text, "themes/default/i18n/en.toml", diags);
    if (!t) throw TranslationError(format_diagnostic(diags.all().front()));
    return std::move(*t);
}

std::optional<Translations> load_translations(const FileSystem& site, const FileSystem& builtin,
                                              const std::string& theme, const std::string& language,
                                              Diagnostics& diags) {
    const std::string en_path = "themes/default/i18n/en.toml";
    auto en_text = builtin.read(en_path);
    if (!en_text) throw TranslationError(en_path + ": error: the built-in English table is missing");
    Translations english = english_translations(*en_text);
    if (language == "x-pseudo") return english.pseudo();

    std::vector<std::string> names = {language + ".toml"};
    std::string primary = primary_subtag(language);
    if (primary + ".toml" != names.front()) names.push_back(primary + ".toml");
    for (const auto& name : names) {
        for (const FileSystem* fs : {&site, &builtin}) {
            const bool own = fs == &site;
            if (!own && name == "en.toml") return english;
            std::string path = "themes/" + (own ? theme : std::string("default")) + "/i18n/" + name;
            auto text = fs->read(path);
            if (!text) continue;
            auto table = Translations::parse(*text, path, diags);
            if (!table) return std::nullopt;
            int errors = diags.error_count();
            Translations merged = table->over(english, diags);
            if (diags.error_count() > errors) return std::nullopt;
            return merged;
        }
    }
    diags.error({"site_config.toml", 0, 0},
                "language \"" + language + "\" has no translation table; add themes/" + theme + "/i18n/" +
                    primary + ".toml (copy the keys of the built-in English table) or set language = \"en-GB\"");
    return std::nullopt;
}

}  // namespace scrutiny
