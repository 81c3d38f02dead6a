#include <set>

#include "common/spellcheck.h"
#include "common/text.h"
#include "common/toml_reader.h"
#include "content/front_matter.h"
#include "content/markdown.h"
#include "content/parsers.h"

namespace scrutiny {

namespace {
std::optional<Status> read_status(TomlTable& t) { return t.word("status", true, status_words()); }
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
    // Two words, each explained in the message, say more than "did you mean".
    if (auto owner = t.located_string("owner", true)) {
        if (auto o = owner_words().parse(owner->value))
            c.owner = *o;
        else
            diags.error(owner->where, "`owner` must be \"pcc\" (the Commissioner's commitment) or \"force\" (a policing element), not \"" + owner->value + "\"");
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
            if (auto d = u.date("period", false)) up.period = FinancialQuarter::of(*d);
        } else if (u.has("period")) {
            if (auto p = u.string("period", false)) {
                if (auto q = FinancialQuarter::parse(*p))
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
        up.text_markdown = read_markdown(u, "text", true).value_or("");
        u.finish();
        c.updates.push_back(std::move(up));
    }
    t.finish();
    return c;
}

}  // namespace scrutiny
