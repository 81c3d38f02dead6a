#include "common/toml_reader.h"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "common/limits.h"
#include "common/spellcheck.h"
#include "common/text_file.h"
#include "common/toml_limits.h"
#include "common/toml_slips.h"

namespace scrutiny {

std::optional<toml::table> parse_toml(const std::string& text, const std::string& file,
                                      int line_offset, Diagnostics& diags) {
    if (!within_toml_limits(text, file, line_offset, diags)) return std::nullopt;
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        const auto& begin = e.source().begin;
        if (auto slip = diagnose_toml_slip(text, static_cast<int>(begin.line), static_cast<int>(begin.column))) {
            diags.error({file, slip->line + line_offset, slip->column}, slip->message);
            return std::nullopt;
        }
        std::string message(e.description());
        diags.error({file, static_cast<int>(begin.line) + line_offset, static_cast<int>(begin.column)},
                    "invalid TOML: " + message + "; check the quotes, brackets and `=` on this line");
        return std::nullopt;
    }
}

TomlTable::TomlTable(const toml::table& table, std::string file, int line_offset,
                     Diagnostics& diags, SourceLocation fallback)
    : table_(table), file_(std::move(file)), line_offset_(line_offset), diags_(&diags),
      where_(std::move(fallback)) {
    if (table.source().begin.line > 0) where_ = where_of(table);
}

SourceLocation TomlTable::where_of(const toml::node& node) const {
    const auto& begin = node.source().begin;
    if (begin.line == 0) return where_;
    return {file_, static_cast<int>(begin.line) + line_offset_, static_cast<int>(begin.column)};
}

SourceLocation TomlTable::where_of_key(const std::string& key) const {
    if (const auto* node = table_.get(key)) return where_of(*node);
    return where_;
}

namespace {
const char* type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "a whole number";
        case toml::node_type::floating_point: return "a number";
        case toml::node_type::boolean: return "true or false";
        case toml::node_type::date: return "a date";
        case toml::node_type::time: return "a time";
        case toml::node_type::date_time: return "a date and time";
        case toml::node_type::array: return "a list";
        case toml::node_type::table: return "a table";
        default: return "something else";
    }
}
}  // namespace

void TomlTable::type_error(const std::string& key, const toml::node& node, const std::string& expected) {
    diags_->error(where_of(node), "`" + key + "` must be " + expected + ", not " + type_name(node) +
                                      "; see docs/content-format.md");
}

const toml::node* TomlTable::get(const std::string& key, bool required, const char* expected) {
    scope_->read.insert(key);
    const toml::node* node = table_.get(key);
    if (!node && required)
        diags_->error(where_, "missing required key `" + key + "` (" + expected +
                                  "); add `" + key + " = ...` here");
    return node;
}

std::optional<std::string> TomlTable::string(const std::string& key, bool required) {
    const toml::node* node = get(key, required, "a string");
    if (!node) return std::nullopt;
    if (const auto* s = node->as_string()) {
        if (!printable_value(key, s->get(), *node)) return std::nullopt;
        return s->get();
    }
    type_error(key, *node, "a string in double quotes");
    return std::nullopt;
}

std::optional<LocatedString> TomlTable::located_string(const std::string& key, bool required) {
    auto s = string(key, required);
    if (!s) return std::nullopt;
    return LocatedString{*s, where_of(*table_.get(key))};
}

std::vector<LocatedString> TomlTable::string_list(const std::string& key) {
    std::vector<LocatedString> out;
    const toml::node* node = get(key, false, "a list of strings");
    if (!node) return out;
    const auto* arr = node->as_array();
    if (!arr) {
        type_error(key, *node, "a list of strings, like [\"a\", \"b\"]");
        return out;
    }
    for (const auto& item : *arr) {
        if (const auto* s = item.as_string()) {
            if (printable_value(key, s->get(), item)) out.push_back({s->get(), where_of(item)});
        } else {
            diags_->error(where_of(item), "every item of `" + key + "` must be a string, not " +
                                              type_name(item) + "; put it in double quotes");
        }
    }
    return out;
}

std::optional<long long> TomlTable::integer(const std::string& key, bool required) {
    const toml::node* node = get(key, required, "a whole number");
    if (!node) return std::nullopt;
    if (const auto* i = node->as_integer()) return i->get();
    type_error(key, *node, "a whole number");
    return std::nullopt;
}

std::optional<double> TomlTable::number(const std::string& key, bool required) {
    const toml::node* node = get(key, required, "a number");
    if (!node) return std::nullopt;
    if (const auto* i = node->as_integer()) {
        if (!within_figure_range(key, static_cast<double>(i->get()), *node)) return std::nullopt;
        return static_cast<double>(i->get());
    }
    if (const auto* f = node->as_floating_point()) {
        if (!std::isfinite(f->get())) {
            diags_->error(where_of(*node), "`" + key + "` must be a finite number; write a number such as 90");
            return std::nullopt;
        }
        if (!within_figure_range(key, f->get(), *node)) return std::nullopt;
        return f->get();
    }
    type_error(key, *node, "a number");
    return std::nullopt;
}

std::optional<bool> TomlTable::boolean(const std::string& key) {
    const toml::node* node = get(key, false, "true or false");
    if (!node) return std::nullopt;
    if (const auto* b = node->as_boolean()) return b->get();
    type_error(key, *node, "true or false (without quotes)");
    return std::nullopt;
}

std::optional<Date> TomlTable::date(const std::string& key, bool required) {
    const toml::node* node = get(key, required, "a date like 2021-01-26");
    if (!node) return std::nullopt;
    if (const auto* d = node->as_date()) {
        const auto v = d->get();
        return Date{v.year, v.month, v.day};
    }
    type_error(key, *node, "a date written like 2021-01-26 (without quotes)");
    return std::nullopt;
}

bool TomlTable::printable_value(const std::string& key, const std::string& value, const toml::node& node) {
    const auto control = first_control_character(value);
    if (!control) return true;
    diags_->error(where_of(node), "`" + key + "`: " + control_character_problem(*control));
    return false;
}

bool TomlTable::within_figure_range(const std::string& key, double value, const toml::node& node) {
    if (std::fabs(value) <= kLargestFigure) return true;
    char shown[32];
    std::snprintf(shown, sizeof shown, "%g", value);
    diags_->error(where_of(node), "`" + key + "` holds " + shown +
                                      ", too large to add up and draw; " + kFigureRange);
    return false;
}

void TomlTable::unknown_word(const std::string& key, const LocatedString& text, const std::vector<std::string>& words) {
    diags_->error(text.where, "unknown " + key + " `" + text.value + "`" + did_you_mean(text.value, words));
}

std::optional<std::vector<double>> TomlTable::number_list(const std::string& key, bool required) {
    const toml::node* node = get(key, required, "a list of numbers");
    if (!node) return std::nullopt;
    const auto* arr = node->as_array();
    if (!arr) {
        type_error(key, *node, "a list of numbers, like [812, 845, nan]");
        return std::nullopt;
    }
    if (arr->size() > kLongestSeries) {
        diags_->error(where_of(*node), "`" + key + "` has " + std::to_string(arr->size()) + " items, and a list holds at most " +
                                           std::to_string(kLongestSeries) + " (a hundred years of months); keep the figures "
                                           "this page needs and archive the rest");
        return std::nullopt;
    }
    std::vector<double> out;
    out.reserve(arr->size());
    bool ok = true;
    for (const auto& item : *arr) {
        if (const auto* i = item.as_integer()) {
            ok = within_figure_range(key, static_cast<double>(i->get()), item) && ok;
            out.push_back(static_cast<double>(i->get()));
        } else if (const auto* f = item.as_floating_point()) {
            if (std::isinf(f->get())) {
                diags_->error(where_of(item), "`" + key + "` holds an infinite value; write a number, or nan for a missing month");
                ok = false;
            } else if (!std::isnan(f->get())) {
                ok = within_figure_range(key, f->get(), item) && ok;
            }
            out.push_back(f->get());
        } else {
            diags_->error(where_of(item), "every item of `" + key + "` must be a number, not " +
                                              type_name(item) + "; write nan for a missing month");
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

std::vector<TomlTable> TomlTable::tables(const std::string& key) {
    std::vector<TomlTable> out;
    const toml::node* node = get(key, false, "a list of tables");
    if (!node) return out;
    const auto* arr = node->as_array();
    if (!arr || !arr->is_array_of_tables()) {
        type_error(key, *node, "a list of tables, each starting with [[" + key + "]]");
        return out;
    }
    const std::string first = "the first `[[" + key + "]]` (line " + std::to_string(where_of(*arr->get(0)).line) + ")";
    for (const auto& item : *arr) {
        out.emplace_back(*item.as_table(), file_, line_offset_, *diags_, where_of(item));
        out.back().nest_in(*this, first);
    }
    return out;
}

std::optional<TomlTable> TomlTable::table(const std::string& key) {
    const toml::node* node = get(key, false, "a table");
    if (!node) return std::nullopt;
    if (const auto* t = node->as_table()) {
        TomlTable nested(*t, file_, line_offset_, *diags_, where_of(*node));
        nested.nest_in(*this, "`[" + key + "]` (line " + std::to_string(nested.where().line) + ")");
        return nested;
    }
    type_error(key, *node, "a table, starting with [" + key + "]");
    return std::nullopt;
}

void TomlTable::nest_in(const TomlTable& parent, std::string move_above) {
    parent_table_ = &parent.table_;
    parent_scope_ = parent.scope_;
    move_above_ = std::move(move_above);
}

void TomlTable::report_stray(const StrayKey& stray) const {
    if (!stray.move_above.empty())
        diags_->error(stray.at, "TOML puts a key written below a table's heading inside that table; move `" +
                                    stray.name + "` above " + stray.move_above);
    else
        diags_->error(stray.at, "unknown key `" + stray.name + "`" + stray.hint);
}

void TomlTable::finish() {
    std::vector<std::string> known(scope_->read.begin(), scope_->read.end());
    for (const auto& [key, node] : table_) {
        const std::string name(key.str());
        if (scope_->read.count(name)) continue;
        const auto& begin = key.source().begin;
        SourceLocation at = begin.line > 0 ? SourceLocation{file_, static_cast<int>(begin.line) + line_offset_,
                                                            static_cast<int>(begin.column)}
                                           : where_of(node);
        std::string hint = did_you_mean(name, known);
        if (hint.rfind("; did you mean", 0) != 0) hint = "; remove it or see docs/content-format.md for the keys";
        StrayKey stray{name, at, hint, ""};
        if (parent_scope_ && !parent_table_->contains(name)) {
            stray.move_above = move_above_;
            if (!parent_scope_->finished) {
                parent_scope_->strays.push_back(std::move(stray));
                continue;
            }
            if (!parent_scope_->read.count(name)) stray.move_above.clear();
        }
        report_stray(stray);
    }
    scope_->finished = true;
    for (auto& stray : scope_->strays) {
        if (!scope_->read.count(stray.name)) stray.move_above.clear();
        report_stray(stray);
    }
    scope_->strays.clear();
}

}  // namespace scrutiny
