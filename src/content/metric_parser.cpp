#include <cmath>
#include <set>

#include "common/file_system.h"
#include "common/spellcheck.h"
#include "common/text.h"
#include "common/toml_reader.h"
#include "config/site_config.h"
#include "content/markdown.h"
#include "content/parsers.h"

namespace scrutiny {

std::optional<Metric> parse_metric(const std::string& text, const std::string& file, Diagnostics& diags) {
    auto parsed = parse_toml(text, file, 0, diags);
    if (!parsed) return std::nullopt;
    TomlTable t(*parsed, file, 0, diags, {file, 1, 1});
    Metric m;
    m.source_file = file;
    m.where = {file, 1, 1};
    // The id becomes the web address /measures/<id>/ and the data file names, so it must be a
    // plain id whether it comes from the `id` key or from the file name.
    const auto id_key = t.string("id", false);
    m.id = id_key.value_or(file_stem(file));
    if (!is_valid_id(m.id)) {
        const std::string like = slugify(m.id).empty() ? "violence-with-injury" : slugify(m.id);
        if (id_key)
            diags.error(t.where_of_key("id"), "metric id `" + m.id +
                                                  "` must be lower-case letters, digits and single hyphens, like \"" + like + "\"");
        else
            diags.error(m.where, "the file name `" + m.id + "` cannot be a metric id (lower-case letters, digits and single "
                                 "hyphens); rename the file to `" + like + ".toml`");
    }
    m.title = t.string("title", true).value_or("");
    m.objective = t.located_string("objective", false);
    m.unit = t.string("unit", true).value_or("");
    m.value_type = t.word("value_type", true, value_type_words()).value_or(spc::ValueType::count);
    // Counts add up over a quarter; percentages, rates and times are averaged.
    m.aggregate = t.word("aggregate", false, aggregate_words())
                      .value_or(m.value_type == spc::ValueType::count ? spc::Aggregate::sum : spc::Aggregate::mean);
    m.improvement = t.word("improvement", true, improvement_words()).value_or(spc::Improvement::neutral);
    m.inclusion = t.string("inclusion", false).value_or("");
    for (auto& s : t.string_list("signs_of_improvement")) m.signs_of_improvement.push_back(s.value);
    m.definition = t.string("definition", false).value_or("");
    m.source = t.string("source", false).value_or("");
    m.target = t.number("target", false);
    m.oversight = t.string_list("oversight");
    m.commentary_markdown = read_markdown(t, "commentary", false).value_or("");
    m.illustrative = t.boolean("illustrative").value_or(false);
    m.status = t.word("status", false, metric_status_words()).value_or(MetricStatus::reported);
    m.status_note_markdown = read_markdown(t, "status_note", false).value_or("");
    if (m.status == MetricStatus::in_development && m.status_note_markdown.empty())
        diags.error(t.where_of_key("status"), "a measure in development needs `status_note`: say why it has no figures yet");
    if (auto spc = t.table("spc")) m.spc = read_spc_settings(*spc);

    std::set<std::string> areas;
    for (auto& s : t.tables("series")) {
        Series series;
        series.where = s.where();
        if (auto a = s.located_string("area", true)) {
            series.area = *a;
            if (!areas.insert(a->value).second)
                diags.error(a->where, "area `" + a->value + "` has two [[series]] in this metric; merge them into one");
        }
        if (auto start = s.string("start", true)) {
            series.start_where = s.where_of_key("start");
            series.start = Month::parse(*start);
            if (!series.start)
                diags.error(series.start_where, "`start` must be a month written \"YYYY-MM\", like \"2015-04\", not \"" + *start + "\"");
        }
        if (auto values = s.number_list("values", true)) {
            series.values = std::move(*values);
            if (series.values.empty())
                diags.error(s.where_of_key("values"), "`values` is empty; give one number per month from `start`");
        }
        for (const auto& r : s.string_list("rebase")) {
            if (auto month = Month::parse(r.value))
                series.rebase.push_back({*month, r.where});
            else
                diags.error(r.where, "rebase period must be a month written \"YYYY-MM\", not \"" + r.value + "\"");
        }
        s.finish();
        m.series.push_back(std::move(series));
    }
    if (m.status == MetricStatus::in_development && !m.series.empty())
        diags.error(m.series.front().where, "a measure in development publishes no figures; remove its [[series]] or set "
                                            "status = \"reported\"");
    t.finish();
    return m;
}

}  // namespace scrutiny
