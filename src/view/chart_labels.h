// Where the "New average from ..." labels of a control chart go, so that no two overlap
// (issue 11): each label sits beside its recalculation line, in one of the rows above the plot,
// on whichever side has room. When the words do not fit, every label is shortened ("From Apr
// 2016"), then numbered ("1", with a legend under the chart). assets/js/charts.js places the
// canvas labels by the same rule, measuring text instead of estimating it.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace scrutiny::view {

struct LabelRequest {
    double x = 0;                     // where the line is
    std::vector<std::string> texts;   // the label in each form, longest first; all the same length
};

struct PlacedLabel {
    bool shown = false;  // false only in the last form, when even the number has no room
    int row = 0;         // 0 is the row nearest the plot
    double x0 = 0, x1 = 0;
    bool left = false;   // drawn to the left of its line (text ends at the line)
};

struct LabelLayout {
    size_t form = 0;  // index into each request's texts
    std::vector<PlacedLabel> labels;  // one per request, same order
};

// Labels inside [lo, hi], at least `gap` apart from each other. A line
// may pass behind a lower row's label on its way up: the labels are drawn last, on a white halo.
LabelLayout place_line_labels(const std::vector<LabelRequest>& requests, const std::function<double(const std::string&)>& width,
                              double lo, double hi, int rows, double gap = 6);

}  // namespace scrutiny::view
