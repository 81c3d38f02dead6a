#include "view/chart_labels.h"

#include <algorithm>

namespace scrutiny::view {

namespace {
bool apart(double a0, double a1, double b0, double b1, double gap) { return a1 + gap <= b0 || b1 + gap <= a0; }

// Tries one form: every label placed, or the first that found no room reported as not shown.
LabelLayout try_form(const std::vector<LabelRequest>& requests, size_t form, const std::function<double(const std::string&)>& width,
                     double lo, double hi, int rows, double gap, bool& all) {
    LabelLayout out{form, std::vector<PlacedLabel>(requests.size())};
    all = true;
    std::vector<size_t> order(requests.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return requests[a].x < requests[b].x; });
    std::vector<size_t> placed;
    for (size_t i : order) {
        const LabelRequest& r = requests[i];
        const double w = width(r.texts[std::min(form, r.texts.size() - 1)]);
        bool done = false;
        for (int row = 0; row < rows && !done; ++row)
            for (bool left : {false, true}) {
                const double x0 = left ? r.x - 4 - w : r.x + 4, x1 = x0 + w;
                if (x0 < lo || x1 > hi) continue;
                bool free = true;
                for (size_t j : placed)
                    if (out.labels[j].row == row) free = free && apart(x0, x1, out.labels[j].x0, out.labels[j].x1, gap);
                if (!free) continue;
                out.labels[i] = {true, row, x0, x1, left};
                placed.push_back(i);
                done = true;
                break;
            }
        all = all && done;
    }
    return out;
}
}  // namespace

LabelLayout place_line_labels(const std::vector<LabelRequest>& requests, const std::function<double(const std::string&)>& width,
                              double lo, double hi, int rows, double gap) {
    size_t forms = 1;
    for (const auto& r : requests) forms = std::max(forms, r.texts.size());
    LabelLayout last;
    for (size_t form = 0; form < forms; ++form) {
        bool all = false;
        last = try_form(requests, form, width, lo, hi, rows, gap, all);
        if (all) return last;
    }
    return last;  // the shortest form, with the labels that found no room left out
}

}  // namespace scrutiny::view
