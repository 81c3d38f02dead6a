#include <set>

#include "common/spellcheck.h"
#include "common/text.h"
#include "content/parsers.h"
#include "content/toml_reader.h"

namespace scrutiny {

std::optional<FinancialQuarter> parse_financial_quarter(const std::string& text) {
    if (text.size() != 7 || text[4] != '-' || text[5] != 'Q') return std::nullopt;
    for (int i = 0; i < 4; ++i)
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    if (text[6] < '1' || text[6] > '4') return std::nullopt;
    return FinancialQuarter{std::stoi(text.substr(0, 4)), text[6] - '0'};
}

FinancialQuarter financial_quarter_of(const Date& d) {
    if (d.month >= 4) return {d.year, (d.month - 4) / 3 + 1};
    return {d.year - 1, 4};
}

bool is_month_period(const std::string& text) {
    if (text.size() != 7 || text[4] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6})
        if (text[i] < '0' || text[i] > '9') return false;
    const int month = std::stoi(text.substr(5, 2));
    return month >= 1 && month <= 12;
}

namespace {
std::optional<Status> read_status(TomlTable& t) {
    auto word = t.string("status", true);
    if (!word) return std::nullopt;
    if (auto s = parse_status(*word)) return s;
    t.diags().error(t.where_of_key("status"), "unknown status `" + *word + "`" + did_you_mean(*word, status_words()));
    return std::nullopt;
}
}  // namespace

std::optional<Commitment> parse_commitment(const std::string& text, const std::string& file, Diagnostics& diags) {
    auto doc = parse_front_matter_document(text, file, diags);
    if (!doc) return std::nullopt;
    TomlTable t(doc->table, file, doc->line_offset, diags, {file, 1, 1});
    Commitment c;
    c.source_file = file;
    c.body_markdown = doc->body;
    if (auto ref = t.located_string("ref", true)) {
        c.ref = ref->value;
        c.where = ref->where;
        c.slug = slugify(c.ref);
        if (c.slug.empty()) diags.error(ref->where, "`ref` must contain letters or digits, like \"A3\"");
    }
    if (auto o = t.located_string("objective", true)) {
        c.objective_ref = *o;
        c.objective = o->value;
    }
    c.plan = t.located_string("plan", false);
    c.title = t.string("title", true).value_or("");
    if (auto owner = t.string("owner", true)) {
        c.owner = *owner;
        if (c.owner != "pcc" && c.owner != "force")
            diags.error(t.where_of_key("owner"), "`owner` must be \"pcc\" (the Commissioner's commitment) or \"force\" (a policing element), not \"" + c.owner + "\"");
    }
    if (auto s = read_status(t)) c.status = *s;
    c.oversight = t.string_list("oversight");
    c.metrics = t.string_list("metrics");
    c.see_also = t.string_list("see_also");

    std::set<std::string> activity_refs;
    for (auto& a : t.tables("activities")) {
        Activity act;
        act.where = a.where();
        // The papers number some activities and not others; an unnumbered one has no ref.
        act.ref = a.string("ref", false).value_or("");
        act.title = a.string("title", true).value_or("");
        if (auto s = read_status(a)) act.status = *s;
        if (!act.ref.empty() && !activity_refs.insert(act.ref).second)
            diags.error(a.where_of_key("ref"), "activity ref `" + act.ref + "` is used twice in this commitment; give each activity its own ref");
        a.finish();
        c.activities.push_back(std::move(act));
    }
    for (auto& u : t.tables("updates")) {
        Update up;
        up.where = u.where();
        if (u.is_date("period")) {
            if (auto d = u.date("period", false)) up.period = financial_quarter_of(*d);
        } else if (u.has("period")) {
            if (auto p = u.string("period", false)) {
                if (auto q = parse_financial_quarter(*p))
                    up.period = *q;
                else
                    diags.error(u.where_of_key("period"), "`period` must be a financial-year quarter like \"2020-Q3\" (Q1 is April to June) or a date, not \"" + *p + "\"");
            }
        } else {
            u.string("period", true);
        }
        up.published = u.date("published", false);
        up.activity = u.located_string("activity", false);
        if (up.activity && !activity_refs.count(up.activity->value)) {
            std::vector<std::string> known(activity_refs.begin(), activity_refs.end());
            diags.error(up.activity->where, "update names activity `" + up.activity->value +
                                                "`, which this commitment does not have" + did_you_mean(up.activity->value, known));
        }
        up.text_markdown = u.markdown("text", true).value_or("");
        u.finish();
        c.updates.push_back(std::move(up));
    }
    t.finish();
    return c;
}

}  // namespace scrutiny
