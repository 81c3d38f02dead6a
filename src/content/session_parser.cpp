#include "common/calendar.h"
#include "common/file_system.h"
#include "common/spellcheck.h"
#include "common/text.h"
#include "common/toml_reader.h"
#include "content/front_matter.h"
#include "content/parsers.h"

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
        if (auto month = Month::parse(*text)) {
            s.date = Date::whole_month(*month);
        } else if (auto q = FinancialQuarter::parse(*text)) {
            s.quarter = *q;
            s.date = Date::whole_month(q->first_month());  // so it sorts with its first month
        } else {
            diags.error(t.where_of_key("date"), "`date` must be a date (2023-07-28), a month (\"2023-07\") or a financial-year "
                                                "quarter (\"2023-Q1\", April to June), not \"" + *text + "\"");
        }
    }
    s.title = t.string("title", true).value_or("");
    if (auto kind = t.word("kind", true, session_kind_words())) s.kind = *kind;
    if (auto series = t.located_string("series", true)) s.series = *series;
    s.objectives = t.string_list("objectives");
    s.minutes = t.string("minutes", false).value_or("");
    if (!s.minutes.empty() && !is_web_address(s.minutes))
        diags.error(t.where_of_key("minutes"), "`minutes` must be a web address starting with https://; paste the full link to the published minutes");
    t.finish();
    return s;
}

}  // namespace scrutiny
