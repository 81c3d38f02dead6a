// Home, objective and commitment pages.
#include <algorithm>

#include "common/calendar_words.h"
#include "common/text.h"
#include "content/markdown.h"
#include "model/site_model.h"
#include "view/content_views.h"
#include "view/site_urls.h"
#include "view/site_views.h"

namespace scrutiny {

namespace {
std::string owner_label(const Translations& tr, Owner owner) { return tr.text("owner." + owner_words().word(owner)); }

// Updates newest first: by quarter, then publication date, then file order.
std::vector<const Update*> updates_newest_first(const Commitment& c) {
    std::vector<const Update*> out;
    out.reserve(c.updates.size());
    for (const auto& u : c.updates) out.push_back(&u);
    std::stable_sort(out.begin(), out.end(), [](const Update* a, const Update* b) {
        if (a->period != b->period) return a->period > b->period;
        return a->published.value_or(Date{}) > b->published.value_or(Date{});
    });
    return out;
}

CommitmentRow commitment_row(PageBuilder& page, const Translations& tr, const Commitment& c) {
    const auto updates = updates_newest_first(c);
    return {c.ref, c.title, page.href_dir(urls::commitment(c.slug)), status_text(tr, c.status), status_class(c.status),
            owner_label(tr, c.owner), updates.empty() ? std::string() : quarter_words(tr, updates.front()->period)};
}

CommitmentLink commitment_link(PageBuilder& page, const Commitment& c) {
    return {c.ref, c.title, page.href_dir(urls::commitment(c.slug))};
}

std::vector<MeasureRow> measure_rows(PageBuilder& page, const PageContext& ctx, const std::string& objective) {
    std::vector<MeasureRow> rows;
    for (const Metric* metric : ViewIndex::find(ctx.index.metrics_by_objective, objective))
        rows.push_back(measure_summary_row(page, ctx.model.translations, *metric, ctx.charts.find(metric->id)));
    return rows;
}
}  // namespace

PageView home_page(const PageContext& ctx) {
    const SiteModel& m = ctx.model;
    const Translations& tr = m.translations;
    PageBuilder page(ctx, "", "home");
    HomeView v;
    for (const auto& o : m.config().objectives) {
        const auto& commitments = ViewIndex::find(ctx.index.commitments_by_objective, o.id);
        const auto complete = std::count_if(commitments.begin(), commitments.end(),
                                            [](const Commitment* c) { return c->status == Status::complete; });
        const std::string count = std::to_string(commitments.size());
        v.objectives.push_back({o.id, o.title, page.href_dir(urls::objective(o.id)), count, std::to_string(complete),
                                tr.plural("home.commitments_complete", static_cast<double>(commitments.size()), count,
                                          {{"complete", std::to_string(complete)}}),
                                page.markdown(o.summary_markdown, 2), measure_rows(page, ctx, o.id)});
    }
    if (auto other = measure_rows(page, ctx, ""); !other.empty()) v.other_measures = MeasureGroup{tr.text("home.other_measures"), std::move(other)};
    v.areas = area_links(page, m);
    for (const auto& [c, u] : home_latest_updates(ctx.index))
        v.latest_updates.push_back({c->ref, c->title, page.href_dir(urls::commitment(c->slug)), quarter_with_months_words(tr, u->period),
                                    markdown_plain_text(u->text_markdown)});
    // When: the month the figures run to and the newest progress update, so a reader can tell
    // what time the tables and updates below speak of (issue 11).
    std::optional<spc::Period> figures_to;  // known without analysing every metric's charts
    ctx.charts.for_each_unanalysed([&](const MetricChartSet& set) {
        if (set.latest && (!figures_to || *set.latest > *figures_to)) figures_to = set.latest;
    });
    std::optional<Date> published;
    for (const auto& su : ctx.index.updates_newest_first)
        if (su.update->published && (!published || *su.update->published > *published)) published = su.update->published;
    if (figures_to) v.figures_to = month_words(tr, *figures_to);
    if (!ctx.index.updates_newest_first.empty()) v.updates_to = quarter_with_months_words(tr, ctx.index.updates_newest_first.front().update->period);
    if (published) v.updates_published = date_words(tr, *published);
    v.has_when = !v.figures_to.empty() || !v.updates_to.empty();
    return page.page(page.base(m.config().title, m.config().description, {}), std::move(v));
}

PageView objective_page(const PageContext& ctx, const Objective& o) {
    const SiteModel& m = ctx.model;
    const Translations& tr = m.translations;
    PageBuilder page(ctx, urls::objective(o.id), "objective:" + o.id);
    ObjectiveView v;
    v.summary_html = page.markdown(o.summary_markdown, 1);
    // The current plan first, then earlier plans as such: each numbers its commitments afresh,
    // so mixing them would read as one list with duplicates. No [[plans]]: one untitled plan.
    std::vector<const Plan*> plans;
    for (const auto& p : m.config().plans)
        if (p.current) plans.insert(plans.begin(), &p);
        else plans.push_back(&p);
    if (plans.empty()) plans.push_back(nullptr);
    for (const Plan* p : plans) {
        PlanCommitments edition{p ? p->title : "", p && !p->current, {}};
        CommitmentGroup pcc{tr.text("objective.pcc"), {}}, force{tr.text("objective.force"), {}};
        for (const Commitment* c : ViewIndex::find(ctx.index.commitments_by_objective, o.id))
            if (!p || (c->plan && c->plan->value == p->id))
                (c->owner == Owner::pcc ? pcc : force).commitments.push_back(commitment_row(page, tr, *c));
        for (auto* group : {&pcc, &force})
            if (!group->commitments.empty()) edition.commitment_groups.push_back(std::move(*group));
        if (!edition.commitment_groups.empty()) v.plans.push_back(std::move(edition));
    }
    v.measures = measure_rows(page, ctx, o.id);
    for (const auto& x : m.content.mechanisms)
        if (x.objective.value == o.id) v.mechanisms.push_back({x.name, page.href(urls::glossary_entry(x.id)), x.meets});
    return page.page(page.base(o.title, "", {{tr.text("site.home"), ""}}), std::move(v));
}

PageView commitment_page(const PageContext& ctx, const Commitment& c) {
    const SiteModel& m = ctx.model;
    const Translations& tr = m.translations;
    PageBuilder page(ctx, urls::commitment(c.slug), "objective:" + c.objective);
    const Objective* o = m.objective(c.objective);
    CommitmentView v;
    v.ref = c.ref;
    for (const auto& p : m.config().plans)
        if (c.plan && c.plan->value == p.id) {
            v.plan_title = p.title;
            v.earlier_plan = !p.current;
        }
    v.commitment_title = c.title;
    v.objective_title = o ? o->title : "";
    v.objective_href = page.href_dir(urls::objective(c.objective));
    v.owner = owner_label(tr, c.owner);
    v.status = status_text(tr, c.status);
    v.status_class = status_class(c.status);
    v.body_html = page.markdown(c.body_markdown, 1);
    for (const auto& a : c.activities)
        v.activities.push_back({a.ref, a.title, status_text(tr, a.status), status_class(a.status),
                                 a.ref.empty() ? "" : "activity-" + slugify(a.ref)});
    for (const Update* u : updates_newest_first(c)) {
        UpdateEntry e{quarter_with_months_words(tr, u->period), u->period.id()};
        if (u->published) {
            e.published_iso = u->published->iso();
            e.published = date_words(tr, *u->published);
        }
        if (u->activity) {
            e.activity_ref = u->activity->value;
            e.activity_href = "#activity-" + slugify(u->activity->value);
        }
        e.text_html = page.markdown(u->text_markdown, 3);
        v.updates.push_back(std::move(e));
    }
    for (const auto& ref : c.oversight)
        if (const Mechanism* x = m.mechanism(ref.value)) v.oversight.push_back({x->name, page.href(urls::glossary_entry(x->id)), x->meets});
    for (const auto& ref : c.metrics)
        if (const Metric* x = m.metric(ref.value)) v.metrics.push_back({x->title, page.href_dir(urls::measure(x->id))});
    for (const auto& ref : c.see_also)
        if (const Commitment* x = m.commitment(ref.value)) v.related.push_back(commitment_link(page, *x));
    // Then the commitments that name this one, unless it names them too.
    for (const Commitment* other : ViewIndex::find(ctx.index.named_in_see_also_by, c.ref))
        if (std::none_of(c.see_also.begin(), c.see_also.end(), [&](const LocatedString& s) { return s.value == other->ref; }))
            v.related.push_back(commitment_link(page, *other));
    const std::string title = tr.text("site.ref_title", {{"ref", c.ref}, {"title", c.title}});
    return page.page(page.base(title, "", {{tr.text("site.home"), ""}, {o ? o->title : c.objective, urls::objective(c.objective)}}),
                     std::move(v), c.source_file);
}

}  // namespace scrutiny
