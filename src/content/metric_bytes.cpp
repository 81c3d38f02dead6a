#include "content/metric_bytes.h"

#include "content/entity_bytes.h"

namespace scrutiny {

namespace {
constexpr long long kFormat = 1;  // changed with the fields below
}  // namespace

std::string metric_bytes(const Metric& m) {
    // A field added to Metric, Series, SpcSettings or LocatedMonth stops compilation until it is
    // written and read here: a field left out would come back empty from the cache.
    static_assert(sizeof(Metric) == 568, "Metric changed: write and read its new field here");
    static_assert(sizeof(Series) == 216 && sizeof(SpcSettings) == 44 && sizeof(LocatedMonth) == 48,
                  "Series, SpcSettings or LocatedMonth changed: write and read the new field here");
    EntityWriter w;
    w.number(kFormat);
    for (const std::string* s : {&m.id, &m.title, &m.unit, &m.inclusion, &m.definition, &m.source, &m.commentary_markdown})
        w.text(*s);
    w.number(static_cast<int>(m.value_type));
    w.number(static_cast<int>(m.aggregate));
    w.number(static_cast<int>(m.improvement));
    w.number(m.objective ? 1 : 0);
    if (m.objective) w.located(*m.objective);
    w.number(static_cast<long long>(m.signs_of_improvement.size()));
    for (const auto& s : m.signs_of_improvement) w.text(s);
    w.maybe(m.target);
    w.number(m.illustrative ? 1 : 0);
    w.number(static_cast<int>(m.status));
    w.text(m.status_note_markdown);
    w.located(m.oversight);
    for (const auto* n : {&m.spc.shift_run, &m.spc.trend_run, &m.spc.recalculate_after, &m.spc.min_points, &m.spc.fix_after_n_points})
        w.maybe(*n);
    w.maybe(m.spc.screen_outliers);
    w.number(static_cast<long long>(m.series.size()));
    for (const auto& s : m.series) {
        w.located(s.area);
        w.number(s.start ? 1 : 0);
        if (s.start) {
            w.number(s.start->year);
            w.number(s.start->month);
        }
        w.where(s.start_where);
        w.number(static_cast<long long>(s.values.size()));
        for (double v : s.values) w.real(v);
        w.number(static_cast<long long>(s.rebase.size()));
        for (const auto& r : s.rebase) {
            w.number(r.month.year);
            w.number(r.month.month);
            w.where(r.where);
        }
        w.where(s.where);
    }
    w.text(m.source_file);
    w.where(m.where);
    return w.take();
}

std::optional<Metric> metric_from_bytes(std::string_view bytes) {
    EntityReader r(bytes);
    if (r.number() != kFormat) return std::nullopt;
    Metric m;
    for (std::string* s : {&m.id, &m.title, &m.unit, &m.inclusion, &m.definition, &m.source, &m.commentary_markdown})
        *s = r.text();
    m.value_type = static_cast<spc::ValueType>(r.small());
    m.aggregate = static_cast<spc::Aggregate>(r.small());
    m.improvement = static_cast<spc::Improvement>(r.small());
    if (r.number()) m.objective = r.located();
    m.signs_of_improvement.resize(r.count());
    for (auto& s : m.signs_of_improvement) s = r.text();
    m.target = r.maybe_real();
    m.illustrative = r.number() != 0;
    m.status = static_cast<MetricStatus>(r.small());
    m.status_note_markdown = r.text();
    m.oversight = r.located_list();
    for (auto* n : {&m.spc.shift_run, &m.spc.trend_run, &m.spc.recalculate_after, &m.spc.min_points, &m.spc.fix_after_n_points})
        *n = r.maybe_int();
    m.spc.screen_outliers = r.maybe_bool();
    m.series.resize(r.count());
    for (auto& s : m.series) {
        s.area = r.located();
        if (r.number()) {
            Month start;
            start.year = r.small();
            start.month = r.small();
            s.start = start;
        }
        s.start_where = r.where();
        s.values.resize(r.count());
        for (double& v : s.values) v = r.real();
        s.rebase.resize(r.count());
        for (auto& b : s.rebase) {
            b.month.year = r.small();
            b.month.month = r.small();
            b.where = r.where();
        }
        s.where = r.where();
    }
    m.source_file = r.text();
    m.where = r.where();
    if (!r.ok()) return std::nullopt;
    return m;
}

}  // namespace scrutiny
