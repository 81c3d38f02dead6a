// The views of the plan's own pages: home, objective, commitment and measure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "view/row_views.h"

namespace scrutiny {

struct HomeObjective {
    std::string id, title, href, commitment_count, complete_count, commitments_complete;
    Html summary_html;
    std::vector<MeasureRow> measures;
    template <class V>
    void fields(V& v) {
        v("id", id, "The objective's id.");
        v("title", title, "Its title.");
        v("href", href, "Its page's URL.");
        v("summary_html", summary_html, "Its summary.");
        v("commitment_count", commitment_count, "How many commitments it has: 12.");
        v("complete_count", complete_count, "How many of them are complete: 3.");
        v("commitments_complete", commitments_complete, "Both in a sentence: 3 of 12 commitments complete.");
        v("measures", measures, "Its measures' summary rows.");
    }
};

struct MeasureGroup {
    std::string title;
    std::vector<MeasureRow> measures;
    template <class V>
    void fields(V& v) {
        v("title", title, "The group's heading.");
        v("measures", measures, "Its measures' summary rows.");
    }
};

struct LatestUpdate {
    std::string ref, title, href, period, summary;
    template <class V>
    void fields(V& v) {
        v("ref", ref, "The commitment's reference.");
        v("title", title, "Its title.");
        v("href", href, "Its page's URL.");
        v("period", period, "The update's quarter and months.");
        v("summary", summary, "The update as plain text.");
    }
};

struct HomeView {
    bool is_home = true;
    std::vector<HomeObjective> objectives;
    std::optional<MeasureGroup> other_measures;
    std::vector<LatestUpdate> latest_updates;
    std::vector<AreaLink> areas;
    std::string figures_to, updates_to, updates_published;
    bool has_when = false;
    template <class V>
    void fields(V& v) {
        v("is_home", is_home, "Always true: lets the layout tell the home page apart.");
        v("objectives", objectives, "The plan's objectives, in the site's order.");
        v("other_measures", other_measures, "Measures that belong to no objective (false when there are none).");
        v("latest_updates", latest_updates, "The newest update of up to six commitments, newest first.");
        v("areas", areas, "Links to every area's page, in the site's order.");
        v("figures_to", figures_to, "The latest month with a figure in any measure: September 2019 (empty without data).");
        v("updates_to", updates_to, "The quarter of the newest progress update: Quarter 3 2020/21 (October to December 2020).");
        v("updates_published", updates_published, "The latest publication date of any update: 26 January 2021 (empty when none is dated).");
        v("has_when", has_when, "True when figures_to or updates_to has something to say.");
    }
};

struct CommitmentGroup {
    std::string heading;
    std::vector<CommitmentRow> commitments;
    template <class V>
    void fields(V& v) {
        v("heading", heading, "Whose commitments these are.");
        v("commitments", commitments, "The commitments, in file order.");
    }
};

// One plan edition's commitments on an objective page.
struct PlanCommitments {
    std::string plan_title;
    bool earlier = false;
    std::vector<CommitmentGroup> commitment_groups;
    template <class V>
    void fields(V& v) {
        v("plan_title", plan_title, "The plan's title from site_config.toml (empty when the site lists no plans).");
        v("earlier", earlier, "True for a plan that is not the current one.");
        v("commitment_groups", commitment_groups, "Its commitments: the Commissioner's, then policing elements (a group only when it has any).");
    }
};

struct ObjectiveView {
    Html summary_html;
    std::vector<PlanCommitments> plans;
    std::vector<MeasureRow> measures;
    std::vector<OversightLink> mechanisms;
    template <class V>
    void fields(V& v) {
        v("summary_html", summary_html, "The objective's summary.");
        v("plans", plans, "Its commitments by plan: the current plan first, then earlier ones (one untitled plan when the site lists none).");
        v("measures", measures, "Its measures' summary rows.");
        v("mechanisms", mechanisms, "The oversight meetings that check it.");
    }
};

struct ActivityRow {
    std::string ref, title, status, status_class, anchor;
    template <class V>
    void fields(V& v) {
        v("ref", ref, "The activity's reference (empty when the plan does not number it).");
        v("title", title, "What it is.");
        v("status", status, "Its status in words.");
        v("status_class", status_class, "A CSS class for the status.");
        v("anchor", anchor, "Its id on the page, for links from updates: activity-a3-1 (empty without a reference).");
    }
};

struct UpdateEntry {
    std::string period, period_label, published_iso, published, activity_ref, activity_href;
    Html text_html;
    template <class V>
    void fields(V& v) {
        v("period", period, "The quarter and its months: Q3 2020/21 (October to December 2020).");
        v("period_label", period_label, "The quarter as a short id: 2020-Q3.");
        v("published_iso", published_iso, "The publication date for `<time datetime>`: 2021-01-26.");
        v("published", published, "The publication date in words: 26 January 2021.");
        v("activity_ref", activity_ref, "The activity it is about, if any.");
        v("activity_href", activity_href, "A link to that activity on the page.");
        v("text_html", text_html, "The update.");
    }
};

struct CommitmentView {
    std::string ref, plan_title, commitment_title, objective_title, objective_href, owner, status, status_class;
    bool earlier_plan = false;
    Html body_html;
    std::vector<ActivityRow> activities;
    std::vector<UpdateEntry> updates;
    std::vector<OversightLink> oversight;
    std::vector<TitledLink> metrics;
    std::vector<CommitmentLink> related;
    template <class V>
    void fields(V& v) {
        v("ref", ref, "The plan's reference: A3.");
        v("plan_title", plan_title, "The title of the plan it belongs to (empty when the site lists no plans).");
        v("earlier_plan", earlier_plan, "True when that plan is not the current one.");
        v("commitment_title", commitment_title, "What was promised (`title` is ref and title together).");
        v("objective_title", objective_title, "Its objective's title.");
        v("objective_href", objective_href, "Its objective's page.");
        v("owner", owner, "Whose commitment it is, in words.");
        v("status", status, "Its status in words.");
        v("status_class", status_class, "A CSS class for the status.");
        v("body_html", body_html, "The commitment's text.");
        v("activities", activities, "Its supporting activities.");
        v("updates", updates, "Its progress updates, newest first.");
        v("oversight", oversight, "The meetings that check it.");
        v("metrics", metrics, "The measures related to it.");
        v("related", related, "Commitments it names in `see_also`, then those that name it.");
    }
};

struct DataRow {
    std::string period, value, mean, lcl, ucl, signal;
    template <class V>
    void fields(V& v) {
        v("period", period, "The month: March 2020.");
        v("value", value, "The figure, formatted (or words saying there is none).");
        v("mean", mean, "The average in force that month.");
        v("lcl", lcl, "The lower limit of the expected range.");
        v("ucl", ucl, "The upper limit.");
        v("signal", signal, "The signal the month is part of, in words (empty for common cause).");
    }
};

struct AreaChart {
    std::string id, name, month_sentence, quarter_sentence, step_sentence, pending_sentence, chart_id, figcaption, canvas_label,
        caption, area_href, area_link;
    Html chart_svg;
    std::vector<Badge> badges;
    std::vector<DataRow> rows;
    template <class V>
    void fields(V& v) {
        v("id", id, "The area's id.");
        v("name", name, "The area's name.");
        v("month_sentence", month_sentence, "What the latest month shows, naming the month, with its full stop.");
        v("quarter_sentence", quarter_sentence, "What the latest complete quarter shows, naming the quarter.");
        v("step_sentence", step_sentence, "The story of the latest recalculation: the average now, since when, and before.");
        v("pending_sentence", pending_sentence, "That the monthly average will be recalculated if the run goes on one more month.");
        v("badges", badges, "The area's signals: variation, then assurance when it has a target.");
        v("chart_id", chart_id, "An id for the chart's elements: chart-<area>.");
        v("figcaption", figcaption, "The chart's caption.");
        v("canvas_label", canvas_label, "The text label of the drawn chart.");
        v("chart_svg", chart_svg, "The chart as SVG, for readers without JavaScript and for print.");
        v("rows", rows, "The data table, newest month first.");
        v("caption", caption, "The data table's caption.");
        v("area_href", area_href, "The area's page: every measure for the area.");
        v("area_link", area_link, "The words of the link to it: Every measure for Shropshire.");
    }
};

struct MeasureView {
    std::string metric_id, objective_title, objective_href, unit, definition, source, inclusion, methodology_href,
        target, improvement, commentary_sentence, json_href, csv_href, value_type;
    bool illustrative = false, in_development = false, has_area_choice = false;
    std::vector<std::string> signs_of_improvement;
    Html commentary_html, status_note_html;
    std::vector<AreaChart> areas;
    std::vector<OversightLink> oversight;
    std::vector<CommitmentLink> related;
    template <class V>
    void fields(V& v) {
        v("metric_id", metric_id, "The metric's id.");
        v("objective_title", objective_title, "Its objective's title (empty for other measures).");
        v("objective_href", objective_href, "Its objective's page.");
        v("unit", unit, "What is counted: offences.");
        v("definition", definition, "What the measure counts.");
        v("source", source, "Where the figures come from.");
        v("inclusion", inclusion, "Why it is reported.");
        v("illustrative", illustrative, "True when the monthly figures are illustrative.");
        v("in_development", in_development, "True for a measure in development: no chart, figures or downloads.");
        v("status_note_html", status_note_html, "Why a measure in development has no figures yet.");
        v("methodology_href", methodology_href, "The page that explains how to read the charts.");
        v("target", target, "The target, formatted (empty when there is none).");
        v("improvement", improvement, "Which direction is better, in words.");
        v("signs_of_improvement", signs_of_improvement, "What would show improvement, one text each ({{.}}).");
        v("commentary_html", commentary_html, "The metric file's commentary.");
        v("commentary_sentence", commentary_sentence, "How the areas compare, in words.");
        v("json_href", json_href, "The chart data download (JSON).");
        v("csv_href", csv_href, "The figures download (CSV).");
        v("areas", areas, "One chart per area, the whole force first.");
        v("has_area_choice", has_area_choice, "True when there is more than one area to choose from.");
        v("value_type", value_type, "count, percent, rate or minutes: how the chart script formats values.");
        v("oversight", oversight, "The meetings that check it.");
        v("related", related, "The commitments that name this measure.");
    }
};

}  // namespace scrutiny
