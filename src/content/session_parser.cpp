#include "common/file_system.h"
#include "common/spellcheck.h"
#include "common/text.h"
#include "content/parsers.h"
#include "content/toml_reader.h"

namespace scrutiny {

std::optional<Session> parse_session(const std::string& text, const std::string& file, Diagnostics& diags) {
    auto doc = parse_front_matter_document(text, file, diags);
    if (!doc) return std::nullopt;
    TomlTable t(doc->table, file, doc->line_offset, diags, {file, 1, 1});
    Session s;
    s.source_file = file;
    s.where = t.where();
    s.slug = slug_from_file_name(file, diags);
    s.body_markdown = doc->body;
    // The papers date some sessions by day, some only by month or quarter; inventing a day
    // would tell readers more than the papers do.
    if (t.is_date("date")) {
        if (auto d = t.date("date", false)) s.date = *d;
    } else if (auto text = t.string("date", true)) {
        if (is_month_period(*text)) {
            s.date = {std::stoi(text->substr(0, 4)), std::stoi(text->substr(5, 2)), 0};
        } else if (auto q = parse_financial_quarter(*text)) {
            s.quarter = *q;
            const int month = 4 + 3 * (q->quarter - 1);
            s.date = {month > 12 ? q->year + 1 : q->year, month > 12 ? month - 12 : month, 0};
        } else {
            diags.error(t.where_of_key("date"), "`date` must be a date (2023-07-28), a month (\"2023-07\") or a financial-year quarter (\"2023-Q1\", April to June), not \"" + *text + "\"");
        }
    }
    s.title = t.string("title", true).value_or("");
    static const std::vector<std::string> kinds = {"performance", "thematic", "public", "virtual", "ad-hoc"};
    if (auto k = t.string("kind", true)) {
        s.kind = *k;
        bool ok = false;
        for (const auto& kind : kinds) ok = ok || kind == *k;
        if (!ok)
            diags.error(t.where_of_key("kind"), "unknown kind `" + *k + "`" + did_you_mean(*k, kinds));
    }
    if (auto series = t.located_string("series", true)) s.series = *series;
    s.objectives = t.string_list("objectives");
    s.minutes = t.string("minutes", false).value_or("");
    if (!s.minutes.empty() && !is_web_address(s.minutes))
        diags.error(t.where_of_key("minutes"), "`minutes` must be a web address starting with https://; paste the full link to the published minutes");
    t.finish();
    return s;
}

}  // namespace scrutiny
