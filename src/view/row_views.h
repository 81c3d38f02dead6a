// Rows and links that several page kinds show: a measure's summary row, a commitment's row,
// signal badges, links to oversight meetings and related pages.
#pragma once

#include <string>
#include <vector>

#include "view/page_view.h"

namespace scrutiny {

// A chart signal as icon plus words (never colour alone).
struct Badge {
    std::string kind, label, css_class, icon;
    template <class V>
    void fields(V& v) {
        v("kind", kind, "`variation` (what the latest month shows) or `assurance` (whether the target is met).");
        v("label", label, "The words: Special cause: concern.");
        v("class", css_class, "A CSS class for the badge's look: badge-concern.");
        v("icon", icon, "The icon's name, for the class icon-<name>: concern.");
    }
};

// A measure in a performance summary table (home, objective and report pages).
struct MeasureRow {
    std::string id, title, href, inclusion, data_sentence, commentary_sentence;
    Html sparkline_svg;
    std::vector<Badge> badges;
    template <class V>
    void fields(V& v) {
        v("id", id, "The metric's id.");
        v("title", title, "The measure's name.");
        v("href", href, "Its page's URL.");
        v("inclusion", inclusion, "Why it is reported (from the metric file).");
        v("sparkline_svg", sparkline_svg, "A small SVG of the first area's trend, with its own text label.");
        v("data_sentence", data_sentence, "What the first area's latest month and quarter show, in words.");
        v("commentary_sentence", commentary_sentence, "How the areas compare, in words.");
        v("badges", badges, "The first area's signals: its variation badge, then its assurance badge when it has a target.");
    }
};

// A commitment in a list (objective pages).
struct CommitmentRow {
    std::string ref, title, href, status, status_class, owner, latest_update;
    template <class V>
    void fields(V& v) {
        v("ref", ref, "The plan's reference: A3.");
        v("title", title, "What was promised.");
        v("href", href, "Its page's URL.");
        v("status", status, "Its status in words: In progress.");
        v("status_class", status_class, "A CSS class for the status: status-in-progress.");
        v("owner", owner, "Whose commitment it is, in words.");
        v("latest_update", latest_update, "The quarter of its newest update: Q3 2020/21.");
    }
};

// A link to an oversight meeting in the glossary.
struct OversightLink {
    std::string name, href, meets;
    template <class V>
    void fields(V& v) {
        v("name", name, "The meeting's name.");
        v("href", href, "Its entry in the glossary.");
        v("meets", meets, "How often it meets, as written in the glossary.");
    }
};

// A link to an area's page (home page, list of areas, the other areas).
struct AreaLink {
    std::string id, name, href;
    bool total = false;
    template <class V>
    void fields(V& v) {
        v("id", id, "The area's id.");
        v("name", name, "Its name.");
        v("href", href, "Its page's URL.");
        v("total", total, "True for the whole force area.");
    }
};

// A link to a commitment by its reference and title.
struct CommitmentLink {
    std::string ref, title, href;
    template <class V>
    void fields(V& v) {
        v("ref", ref, "The commitment's reference.");
        v("title", title, "Its title.");
        v("href", href, "Its page's URL.");
    }
};

}  // namespace scrutiny
