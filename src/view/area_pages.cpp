// Area pages (areas/<id>/): what a visitor asking "how is my area doing?" wants on one page,
// instead of choosing their area on every measure page. And the list of areas (areas/).
#include "model/site_model.h"
#include "view/area_views.h"
#include "view/site_urls.h"
#include "view/site_views.h"

namespace scrutiny {

std::vector<AreaLink> area_links(const PageBuilder& page, const SiteModel& m, const std::string& except) {
    std::vector<AreaLink> out;
    for (const auto& a : m.config().areas)
        if (a.id != except) out.push_back({a.id, a.name, page.href_dir(urls::area(a.id)), a.total});
    return out;
}

namespace {

std::vector<MeasureRow> area_rows(PageBuilder& page, const PageContext& ctx, const Area& area, const std::string& objective) {
    std::vector<MeasureRow> rows;
    for (const Metric* metric : ViewIndex::find(ctx.index.metrics_by_objective, objective))
        rows.push_back(measure_area_row(page, *metric, ctx.charts.find(metric->id), area, ctx.model.translations));
    return rows;
}
}  // namespace

PageView areas_page(const PageContext& ctx) {
    const Translations& tr = ctx.model.translations;
    PageBuilder page(ctx, std::string(urls::areas), "areas");
    AreasView v{area_links(page, ctx.model)};
    return page.page(page.base(tr.text("areas.title"), tr.text("areas.description"), {{tr.text("site.home"), ""}}), std::move(v));
}

PageView area_page(const PageContext& ctx, const Area& area) {
    const SiteModel& m = ctx.model;
    const Translations& tr = m.translations;
    PageBuilder page(ctx, urls::area(area.id), "areas");
    AreaView v;
    v.area_id = area.id;
    v.name = area.name;
    v.total = area.total;
    for (const auto& o : m.config().objectives)
        if (auto rows = area_rows(page, ctx, area, o.id); !rows.empty())
            v.groups.push_back({o.id, o.title, page.href_dir(urls::objective(o.id)), std::move(rows)});
    if (auto rows = area_rows(page, ctx, area, ""); !rows.empty())
        v.groups.push_back({"other", tr.text("area.other_measures"), "", std::move(rows)});
    for (const Commitment* c : ViewIndex::find(ctx.index.commitments_naming_area, area.id))
        v.commitments.push_back({c->ref, c->title, page.href_dir(urls::commitment(c->slug))});
    for (const Session* s : ViewIndex::find(ctx.index.sessions_naming_area, area.id))
        v.sessions.push_back({s->title, page.href_dir(urls::meeting(s->slug)), session_date_label(tr, *s)});
    v.has_mentions = !v.commitments.empty() || !v.sessions.empty();
    v.mentions_heading = tr.text("area.mentions_heading", {{"area", area.name}});
    v.no_mentions = tr.text(area.total ? "area.whole_area" : "area.no_mentions", {{"area", area.name}});
    v.other_areas = area_links(page, m, area.id);
    BaseView base = page.base(tr.text("area.title", {{"area", area.name}}), tr.text("area.description", {{"area", area.name}}),
                              {{tr.text("site.home"), ""}, {tr.text("areas.title"), std::string(urls::areas)}});
    return page.page(std::move(base), std::move(v));
}

}  // namespace scrutiny
