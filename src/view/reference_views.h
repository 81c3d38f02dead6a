// The views of the pages around the plan: glossary, meetings, free pages, quarterly reports,
// the A to Z and the not-found page.
#pragma once

#include <string>
#include <vector>

#include "view/row_views.h"

namespace scrutiny {

struct MechanismEntry {
    std::string id, name, purpose, meets, notes_published, is_public, sessions_href;
    template <class V>
    void fields(V& v) {
        v("id", id, "The meeting's id, used as its anchor.");
        v("name", name, "Its name.");
        v("purpose", purpose, "What it is for.");
        v("meets", meets, "How often it meets (words saying it is not stated when the glossary does not say).");
        v("notes_published", notes_published, "Yes or No, in words.");
        v("public", is_public, "Yes or No, in words.");
        v("sessions_href", sessions_href, "Its meetings on the meetings page (empty when none is recorded).");
    }
};

struct MechanismGroup {
    std::string id, title;
    std::vector<MechanismEntry> mechanisms;
    template <class V>
    void fields(V& v) {
        v("id", id, "An id for the group's heading.");
        v("title", title, "The objective it belongs to, or words for across the whole plan.");
        v("mechanisms", mechanisms, "Its meetings, in file order.");
    }
};

struct TermEntry {
    std::string anchor, term, expansion, definition;
    template <class V>
    void fields(V& v) {
        v("anchor", anchor, "Its id on the page.");
        v("term", term, "The abbreviation or term.");
        v("expansion", expansion, "What it stands for.");
        v("definition", definition, "More about it (may be empty).");
    }
};

struct GlossaryView {
    std::vector<MechanismGroup> mechanism_groups;
    std::vector<TermEntry> terms;
    template <class V>
    void fields(V& v) {
        v("mechanism_groups", mechanism_groups, "The oversight meetings by objective (a group only when it has any).");
        v("terms", terms, "The abbreviations and terms, A to Z.");
    }
};

struct SessionRow {
    std::string title, href, date, date_iso, kind, series;
    template <class V>
    void fields(V& v) {
        v("title", title, "The meeting's title.");
        v("href", href, "Its page's URL.");
        v("date", date, "Its date in words.");
        v("date_iso", date_iso, "Its date for `<time datetime>`.");
        v("kind", kind, "What kind of meeting it was, in words.");
        v("series", series, "The oversight meeting it belongs to.");
    }
};

struct SessionYear {
    std::string year;
    std::vector<SessionRow> sessions;
    template <class V>
    void fields(V& v) {
        v("year", year, "The calendar year.");
        v("sessions", sessions, "Its meetings, in file order.");
    }
};

struct SeriesEntry {
    std::string id, name, purpose, glossary_href;
    template <class V>
    void fields(V& v) {
        v("id", id, "An anchor: series-<meeting id>.");
        v("name", name, "The oversight meeting's name.");
        v("purpose", purpose, "What it is for.");
        v("glossary_href", glossary_href, "Its entry in the glossary.");
    }
};

struct SessionsView {
    std::vector<SessionYear> years;
    std::vector<SeriesEntry> series;
    template <class V>
    void fields(V& v) {
        v("years", years, "The recorded meetings by year, newest year first.");
        v("series", series, "The oversight meetings that have a recorded meeting, in order of first appearance.");
    }
};

struct SessionView {
    std::string date, date_iso, kind, series_name, series_href, minutes;
    std::vector<TitledLink> objectives;
    Html body_html;
    template <class V>
    void fields(V& v) {
        v("date", date, "The meeting's date in words.");
        v("date_iso", date_iso, "Its date for `<time datetime>`.");
        v("kind", kind, "What kind of meeting it was, in words.");
        v("series_name", series_name, "The oversight meeting it belongs to.");
        v("series_href", series_href, "That meeting's glossary entry.");
        v("objectives", objectives, "The objectives it discussed.");
        v("minutes", minutes, "The published minutes' URL, as written.");
        v("body_html", body_html, "The record's text.");
    }
};

struct FreePageView {
    Html body_html;
    template <class V>
    void fields(V& v) {
        v("body_html", body_html, "The page's text.");
    }
};

struct ReportLink {
    std::string title, months, href, national_measures_title, national_measures_href;
    template <class V>
    void fields(V& v) {
        v("title", title, "The quarter: Q3 2020/21.");
        v("months", months, "Its months: October to December 2020.");
        v("href", href, "The report's URL.");
        v("national_measures_title", national_measures_title, "The title of the quarter's national measures statement.");
        v("national_measures_href", national_measures_href, "Its URL; empty when site_config.toml maps no national measure.");
    }
};

struct ReportsView {
    std::vector<ReportLink> reports;
    std::string national_measures_title, national_measures_href;
    template <class V>
    void fields(V& v) {
        v("reports", reports, "Every quarter with an update, newest first.");
        v("national_measures_title", national_measures_title, "The national measures statement's title.");
        v("national_measures_href", national_measures_href, "Its URL; empty when site_config.toml maps no national measure.");
    }
};

struct ReportUpdate {
    std::string activity_ref;
    Html text_html;
    template <class V>
    void fields(V& v) {
        v("activity_ref", activity_ref, "The activity it is about, if any.");
        v("text_html", text_html, "The update.");
    }
};

struct ReportCommitment {
    std::string ref, title, href, print_href, status, status_class;
    std::vector<ReportUpdate> updates;
    template <class V>
    void fields(V& v) {
        v("ref", ref, "The commitment's reference.");
        v("title", title, "Its title.");
        v("href", href, "Its page's URL.");
        v("print_href", print_href, "Its published address (base_url), printed after the link on paper.");
        v("status", status, "Its status in words.");
        v("status_class", status_class, "A CSS class for the status.");
        v("updates", updates, "Its updates for the quarter, in file order.");
    }
};

struct ReportMeasure {
    std::string title, href, print_href, total, previous, average;
    std::vector<Badge> badges;
    std::string chart_id, figcaption, chart_src, chart_alt;
    template <class V>
    void fields(V& v) {
        v("title", title, "The measure's name.");
        v("href", href, "Its page's URL.");
        v("print_href", print_href, "Its published address (base_url), printed after the link on paper.");
        v("total", total, "The quarter's figure for the whole force, with its unit.");
        v("previous", previous, "The previous quarter's figure.");
        v("average", average, "The average quarter.");
        v("badges", badges, "The whole force's signals as the chart read at the quarter's last month.");
        v("chart_id", chart_id, "The chart figure's id on the page: chart-<metric id>; empty when the measure has no chart.");
        v("figcaption", figcaption, "The chart's caption: Control chart: Burglary in West Mercia, April 2015 to March 2024.");
        v("chart_src", chart_src, "The whole force's control chart as an SVG file (data/metrics/<id>.svg), as its measure page draws it.");
        v("chart_alt", chart_alt, "The chart in words (months, averages, special causes, latest value), for the image's alt text.");
    }
};

struct ReportObjective {
    std::string title;
    std::vector<ReportCommitment> commitments;
    std::vector<ReportMeasure> measures;
    template <class V>
    void fields(V& v) {
        v("title", title, "The objective's title.");
        v("commitments", commitments, "Its commitments with an update in the quarter.");
        v("measures", measures, "Its measures with figures for the quarter.");
    }
};

struct ReportView {
    std::string months;
    std::vector<ReportObjective> objectives;
    std::string national_measures_title, national_measures_href, national_measures_print_href;
    template <class V>
    void fields(V& v) {
        v("months", months, "The quarter's months.");
        v("national_measures_title", national_measures_title, "The title of the quarter's national measures statement.");
        v("national_measures_href", national_measures_href, "Its URL; empty when site_config.toml maps no national measure.");
        v("national_measures_print_href", national_measures_print_href, "Its published address, printed after the link on paper.");
        v("objectives", objectives, "The objectives with something to report, in the site's order.");
    }
};

struct SearchEntry {
    std::string title, href, kind;
    template <class V>
    void fields(V& v) {
        v("title", title, "The entry's title.");
        v("href", href, "Its URL.");
        v("kind", kind, "What it is, in words: Commitment.");
    }
};

struct SearchLetter {
    std::string letter, anchor;
    std::vector<SearchEntry> entries;
    template <class V>
    void fields(V& v) {
        v("letter", letter, "The first letter (0-9 for the rest).");
        v("anchor", anchor, "Its id on the page.");
        v("entries", entries, "Its entries, by title.");
    }
};

// The search box, shown by assets/js/search.js (hidden without JavaScript); its words come from
// the translation table so the script needs none of its own.
struct SearchBox {
    std::string label, hint, documents_href, root_href, result_one, result_other, no_results;
    template <class V>
    void fields(V& v) {
        v("label", label, "The box's label (search.label).");
        v("hint", hint, "What can be searched for (search.hint).");
        v("documents_href", documents_href, "The URL of search/documents.json, fetched when the box is first used.");
        v("root_href", root_href, "The site's root, relative to this page: the documents' URLs start there.");
        v("result_one", result_one, "\"{count} result\" (search.results.one), announced by the script.");
        v("result_other", result_other, "\"{count} results\" (search.results.other).");
        v("no_results", no_results, "What the script announces when nothing matches (search.no_results).");
    }
};

struct SearchView {
    SearchBox box;
    std::vector<SearchLetter> letters;
    template <class V>
    void fields(V& v) {
        v("box", box, "The search box's words and addresses.");
        v("letters", letters, "Every page, grouped by first letter.");
    }
};

// The not-found page has only the shared keys; its URLs are absolute paths, since it is served
// for any missing address at any depth.
struct NotFoundView {
    template <class V>
    void fields(V&) {}
};

}  // namespace scrutiny
