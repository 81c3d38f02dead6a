// The view of the national measures statement (national-measures/): per national crime and
// policing measure, the site's measures for it as summary rows, the areas whose latest signal
// differs from the whole force's, and the Commissioner's words.
#pragma once

#include <string>
#include <vector>

#include "view/page_view.h"
#include "view/row_views.h"

namespace scrutiny {

struct AreaException {
    std::string measure, href, area, signal, force_signal, sentence;
    template <class V>
    void fields(V& v) {
        v("sentence", sentence, "All of it in words (national_measures.exception).");
        v("measure", measure, "The measure's name.");
        v("href", href, "Its page's URL.");
        v("area", area, "The area's name.");
        v("signal", signal, "The area's latest variation signal, in words.");
        v("force_signal", force_signal, "The whole force's, in words.");
    }
};

struct NationalMeasureView {
    std::string id, title, note;
    Html text_html;
    bool has_text = false;
    std::vector<MeasureRow> measures;
    std::vector<AreaException> exceptions;
    template <class V>
    void fields(V& v) {
        v("id", id, "The national measure's id (homicide, serious-violence, ...), used as its anchor.");
        v("title", title, "Its name: Reduce murder and other homicide.");
        v("note", note, "How the site's measures relate to it, or why there is none (site_config.toml).");
        v("text_html", text_html, "The Commissioner's words (content/national-measures/<id>.md), as HTML.");
        v("has_text", has_text, "True when the Commissioner has written about it.");
        v("measures", measures, "The site's measures for it, as summary rows.");
        v("exceptions", exceptions, "Areas whose latest signal differs from the whole force's.");
    }
};

struct NationalMeasuresView {
    std::string commissioner_heading, exceptions_heading, current_link, current_href;
    std::vector<NationalMeasureView> national_measures;
    template <class V>
    void fields(V& v) {
        v("commissioner_heading", commissioner_heading, "The heading above the Commissioner's words.");
        v("exceptions_heading", exceptions_heading, "The heading above the area exceptions.");
        v("current_link", current_link, "On a quarter's statement: the words of the link to the current one.");
        v("current_href", current_href, "On a quarter's statement: the current statement's URL; empty on the current one.");
        v("national_measures", national_measures, "The six national measures, in the Home Office's order.");
    }
};

}  // namespace scrutiny
