// The views of the area pages: every measure for one area, and the list of areas.
#pragma once

#include <string>
#include <vector>

#include "view/row_views.h"

namespace scrutiny {

// An area's measures under one objective (or the measures that belong to none).
struct AreaMeasureGroup {
    std::string id, title, href;
    std::vector<MeasureRow> measures;
    template <class V>
    void fields(V& v) {
        v("id", id, "The objective's id (`other` for the measures of no objective).");
        v("title", title, "The group's heading: the objective's title.");
        v("href", href, "The objective's page (empty for the measures of no objective).");
        v("measures", measures, "Its measures' rows for this area: sentences, sparkline and signals of the area's chart.");
    }
};

// A recorded meeting that mentions the area.
struct AreaSession {
    std::string title, href, date;
    template <class V>
    void fields(V& v) {
        v("title", title, "The meeting's title.");
        v("href", href, "Its page's URL.");
        v("date", date, "When it happened, in words.");
    }
};

struct AreaView {
    std::string area_id, name, mentions_heading, no_mentions;
    bool total = false, has_mentions = false;
    std::vector<AreaMeasureGroup> groups;
    std::vector<CommitmentLink> commitments;
    std::vector<AreaSession> sessions;
    std::vector<AreaLink> other_areas;
    template <class V>
    void fields(V& v) {
        v("area_id", area_id, "The area's id.");
        v("name", name, "The area's name.");
        v("total", total, "True for the whole force area.");
        v("groups", groups, "Every measure, grouped by objective in the site's order, then the measures of no objective.");
        v("mentions_heading", mentions_heading, "The heading over the commitments and meetings: Commitments and meetings that mention Shropshire.");
        v("has_mentions", has_mentions, "True when a commitment or meeting mentions the area (never for the whole force area).");
        v("no_mentions", no_mentions, "What to say when none does.");
        v("commitments", commitments, "Commitments whose title, text, activities or updates name the area, in plan order.");
        v("sessions", sessions, "Recorded meetings whose title or notes name the area, newest first.");
        v("other_areas", other_areas, "Every other area, in the site's order.");
    }
};

struct AreasView {
    std::vector<AreaLink> areas;
    template <class V>
    void fields(V& v) {
        v("areas", areas, "Every area, in the site's order (the whole force area is one of them).");
    }
};

}  // namespace scrutiny
