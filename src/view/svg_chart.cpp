#include "view/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "common/calendar_words.h"
#include "common/number_format.h"
#include "common/text.h"
#include "view/badges.h"
#include "view/chart_labels.h"

namespace scrutiny::view {

namespace {

// Chart geometry in viewBox units; the SVG scales to its container.
constexpr double kWidth = 720, kHeight = 340;
constexpr double kLeft = 64, kRight = 700, kTop = 54, kBottom = 296;  // kTop: two rows of labels above the plot
constexpr const char* kTextColour = "#1b1b1b";
constexpr const char* kMeanColour = "#1b1b1b";
constexpr const char* kLimitColour = "#4b5563";
constexpr const char* kTargetColour = "#146c2e";
constexpr const char* kGridColour = "#d1d5db";
// A white outline behind labels that may cross lines, so they stay readable.
constexpr const char* kHalo = " stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"";

// A coordinate with at most one decimal, never "-0": keeps the inline SVG compact and exact.
std::string num(double v) {
    long long tenths = std::llround(v * 10);
    std::string out;
    if (tenths < 0) {
        out += '-';
        tenths = -tenths;
    }
    out += std::to_string(tenths / 10);
    if (tenths % 10) {
        out += '.';
        out += static_cast<char>('0' + tenths % 10);
    }
    return out;
}


// Text width at `font` units, a little wider than DejaVu Sans and most system fonts draw it
// (0.57 em a character in Chromium's default sans), so that estimated gaps stay gaps.
double estimated_text_width(const std::string& text, double font) {
    size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;  // UTF-8: count characters, not bytes
    return static_cast<double>(chars) * font * 0.64;
}

bool is_special(spc::PointType t) { return t != spc::PointType::common_cause; }

// The marker of type `t` centred on (x, y); `r` is its half-size.
std::string marker(spc::PointType t, double x, double y, double r) {
    const MarkerStyle s = marker_style(t);
    const std::string shape = s.shape;
    const std::string fill = std::string(" fill=\"") + s.colour + "\"";
    if (shape == "circle")
        return "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"" + num(r) + "\"" + fill + "/>";
    std::string d;
    const double w = r * 0.95;  // half-width of a triangle
    if (shape == "triangle-up")
        d = "M" + num(x) + " " + num(y - r) + "L" + num(x + w) + " " + num(y + r * 0.7) + "H" + num(x - w) + "Z";
    else if (shape == "triangle-down")
        d = "M" + num(x) + " " + num(y + r) + "L" + num(x + w) + " " + num(y - r * 0.7) + "H" + num(x - w) + "Z";
    else
        d = "M" + num(x) + " " + num(y - r) + "L" + num(x + r) + " " + num(y) + "L" + num(x) + " " + num(y + r) + "L" +
            num(x - r) + " " + num(y) + "Z";
    return "<path d=\"" + d + "\"" + fill + "/>";
}

int decimals_for(double step) {
    if (step >= 1 || step <= 0) return 0;
    return std::min(3, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
}

std::string tick_label(double v, double step, spc::ValueType value_type) {
    const int d = decimals_for(step);
    if (value_type == spc::ValueType::percent) return format_percent(v, d);
    return format_decimal(v, d);
}

// The value range the chart must show: values, limits and target.
std::pair<double, double> value_range(const spc::SeriesChart& chart, bool with_limits) {
    double lo = INFINITY, hi = -INFINITY;
    auto take = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    for (const auto& p : chart.points) take(p.value);
    if (with_limits) {
        for (const auto& s : chart.segments) {
            take(s.limits.lcl);
            take(s.limits.ucl);
            take(s.limits.mean);
        }
        if (chart.target) take(*chart.target);
    }
    if (!std::isfinite(lo)) return {0, 1};
    return {lo, hi};
}

// A stepped path through each segment's `field` (mean or a limit): flat across the segment's
// months, a vertical step where the next segment begins.
template <typename Field, typename X, typename Y>
std::string stepped_path(const spc::SeriesChart& chart, Field field, X x_edge, Y y) {
    std::string d;
    const int first = chart.points.empty() ? 0 : chart.points.front().period.index();
    for (size_t i = 0; i < chart.segments.size(); ++i) {
        const spc::Segment& s = chart.segments[i];
        const double v = field(s.limits);
        if (!std::isfinite(v)) continue;
        const double x0 = x_edge(s.start.index() - first), x1 = x_edge(s.end.index() - first + 1);
        if (d.empty() || !std::isfinite(field(chart.segments[i - 1].limits)))
            d += "M" + num(x0) + " " + num(y(v));
        else
            d += "V" + num(y(v));
        d += "H" + num(x1);
    }
    return d;
}

// The values as one path, broken at missing months.
template <typename X, typename Y>
std::string value_path(const spc::SeriesChart& chart, X x_mid, Y y) {
    std::string d;
    bool drawing = false;
    for (size_t i = 0; i < chart.points.size(); ++i) {
        const double v = chart.points[i].value;
        if (std::isnan(v)) {
            drawing = false;
            continue;
        }
        d += (drawing ? "L" : "M") + num(x_mid(static_cast<int>(i))) + " " + num(y(v));
        drawing = true;
    }
    return d;
}

std::string value_with_unit(const Translations& tr, double v, spc::ValueType value_type, const std::string& unit) {
    std::string s = format_value(tr, v, value_type);
    if (value_type != spc::ValueType::percent && !unit.empty() && unit != "%") s += " " + (s == "1" ? singular_noun(unit) : unit);
    return s;
}

}  // namespace

MarkerStyle marker_style(spc::PointType type) {
    using T = spc::PointType;
    switch (type) {
        case T::special_cause_improvement: return {"triangle-up", kImprovementColour};
        case T::special_cause_concern: return {"triangle-down", kConcernColour};
        case T::special_cause_neutral_high:
        case T::special_cause_neutral_low: return {"diamond", kNeutralColour};
        default: return {"circle", kCommonColour};
    }
}

AxisScale nice_scale(double lo, double hi, int target_ticks) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return {};
    if (hi < lo) std::swap(lo, hi);
    if (hi == lo) {
        const double pad = lo == 0 ? 1 : std::fabs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
    const double raw = (hi - lo) / std::max(1, target_ticks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw * (1 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    AxisScale s;
    s.step = step;
    s.min = std::floor(lo / step + 1e-9) * step;
    s.max = std::ceil(hi / step - 1e-9) * step;
    if (s.max <= s.min) s.max = s.min + step;
    return s;
}

std::string describe_chart(const Translations& tr, const spc::SeriesChart& chart, spc::ValueType value_type,
                           const std::string& unit) {
    if (chart.points.empty()) return tr.text("chart.no_figures");
    const size_t n = chart.points.size();
    const std::string count = std::to_string(n);
    std::string span = month_words(tr, chart.points.front().period);
    if (n > 1) span = tr.text("measure.span", {{"first", span}, {"last", month_words(tr, chart.points.back().period)}});
    std::string out = tr.text("chart.drawing", {{"months", tr.plural("chart.months", static_cast<double>(n), count, {{"span", span}})}});
    if (chart.target) out = tr.text("chart.drawing_target", {{"drawing", out}, {"value", value_with_unit(tr, *chart.target, value_type, unit)}});
    out += ".";
    size_t missing = 0;
    for (const auto& p : chart.points) missing += std::isnan(p.value);
    if (missing) out += " " + tr.plural("chart.missing", static_cast<double>(missing), std::to_string(missing));
    if (chart.segments.size() > 1) {
        std::vector<std::string> from;
        for (size_t i = 1; i < chart.segments.size(); ++i) from.push_back(month_words(tr, chart.segments[i].start));
        out += " " + tr.text("chart.recalculated", {{"months", tr.list(from)}});
    }
    size_t improvement = 0, concern = 0, neutral = 0;
    for (const auto& p : chart.points) {
        if (std::isnan(p.value)) continue;
        improvement += p.type == spc::PointType::special_cause_improvement;
        concern += p.type == spc::PointType::special_cause_concern;
        neutral += p.type == spc::PointType::special_cause_neutral_high || p.type == spc::PointType::special_cause_neutral_low;
    }
    const size_t special = improvement + concern + neutral;
    auto counted = [](size_t k) { return std::to_string(k); };
    if (special == 0) {
        out += " " + tr.text("chart.no_special");
    } else {
        std::vector<std::string> kinds;
        if (improvement) kinds.push_back(tr.text("chart.special_improvement", {{"count", counted(improvement)}}));
        if (concern) kinds.push_back(tr.text("chart.special_concern", {{"count", counted(concern)}}));
        if (neutral) kinds.push_back(tr.text("chart.special_neutral", {{"count", counted(neutral)}}));
        out += " " + tr.plural("chart.special", static_cast<double>(special), counted(special), {{"kinds", tr.list(kinds)}});
    }
    if (const spc::Point* latest = chart.latest_point())
        out += " " + tr.text("chart.latest", {{"month", month_words(tr, latest->period)}, {"value", value_with_unit(tr, latest->value, value_type, unit)}});
    return out;
}

std::string svg_control_chart(const Translations& tr, const spc::SeriesChart& chart, const SvgChartText& text) {
    const auto [lo, hi] = value_range(chart, true);
    const AxisScale scale = nice_scale(lo, hi);
    const int n = std::max<int>(1, static_cast<int>(chart.points.size()));
    const double slot = (kRight - kLeft) / n;
    auto x_edge = [&](int i) { return kLeft + slot * i; };
    auto x_mid = [&](int i) { return kLeft + slot * (i + 0.5); };
    auto y = [&](double v) { return kBottom - (v - scale.min) / (scale.max - scale.min) * (kBottom - kTop); };

    // Recalculations: a dotted line where each new segment starts, and its label above the plot,
    // placed so that no two labels overlap (chart_labels.h).
    const int first = chart.points.empty() ? 0 : chart.points.front().period.index();
    const double row_gap = 17, font = 13;  // a row is a little more than a line of 13-unit text
    auto row_baseline = [&](int row) { return kTop - 6 - row_gap * row; };
    std::vector<LabelRequest> requests;
    std::vector<std::string> months;  // each label's month, for the numbered form's legend
    for (size_t i = 1; i < chart.segments.size(); ++i) {
        const std::string month = short_month_words(tr, chart.segments[i].start);
        months.push_back(month);
        requests.push_back({x_edge(chart.segments[i].start.index() - first),
                            {tr.text("chart.new_average_from", {{"month", month}}), tr.text("chart.from", {{"month", month}}),
                             std::to_string(i)}});
    }
    const LabelLayout layout = place_line_labels(requests, [&](const std::string& t) { return estimated_text_width(t, font); },
                                                 kLeft, kWidth - 2, 2);
    // Numbered labels: the months they stand for, in lines under the chart.
    std::vector<std::string> legend_lines;
    if (layout.form == 2) {
        std::string line = tr.text("chart.new_average_legend");
        for (size_t i = 0; i < requests.size(); ++i) {
            const std::string item = " " + requests[i].texts[2] + " " + months[i] + (i + 1 < requests.size() ? ";" : "");
            if (estimated_text_width(line + item, font) > kWidth - kLeft) {
                legend_lines.push_back(line);
                line = item.substr(1);
            } else {
                line += item;
            }
        }
        legend_lines.push_back(line);
    }
    const double height = kHeight + 16 * static_cast<double>(legend_lines.size());
    std::string s, legend;
    s.reserve(6000 + chart.points.size() * 80);
    // geometricPrecision: text scales exactly with the drawing, so labels that do not overlap at
    // full size do not overlap on a phone either (hinting widens small text).
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 " + num(kWidth) + " " + num(height) +
         "\" role=\"img\" aria-labelledby=\"" + text.id + "-title\" aria-describedby=\"" + text.id +
         "-desc\" font-size=\"13\" text-rendering=\"geometricPrecision\">";
    s += "<title id=\"" + text.id + "-title\">" + escape_xml(text.title) + "</title>";
    s += "<desc id=\"" + text.id + "-desc\">" + escape_xml(text.description) + "</desc>";
    s += "<rect width=\"" + num(kWidth) + "\" height=\"" + num(height) + "\" fill=\"#fff\"/>";

    // Value axis: grid lines and labels, the unit above them.
    s += "<g class=\"y-axis\" fill=\"" + std::string(kTextColour) + "\" text-anchor=\"end\">";
    std::string grid;
    const int ticks = static_cast<int>(std::llround((scale.max - scale.min) / scale.step));
    for (int t = 0; t <= ticks; ++t) {
        const double v = scale.min + t * scale.step;
        grid += "M" + num(kLeft) + " " + num(y(v)) + "H" + num(kRight);
        s += "<text x=\"" + num(kLeft - 6) + "\" y=\"" + num(y(v) + 4) + "\">" + escape_xml(tr.number(tick_label(v, scale.step, text.value_type))) + "</text>";
    }
    if (!text.unit.empty() && text.unit != "%")
        s += "<text x=\"" + num(kLeft - 6) + "\" y=\"" + num(14) + "\" text-anchor=\"start\">" + escape_xml(text.unit) + "</text>";
    s += "</g>";
    s += "<path class=\"grid\" d=\"" + grid + "\" stroke=\"" + kGridColour + "\" stroke-width=\"1\" fill=\"none\"/>";

    // Month axis: each January labelled with its year (every other year on long series);
    // short series label every third month.
    s += "<g class=\"x-axis\" fill=\"" + std::string(kTextColour) + "\" text-anchor=\"middle\">";
    std::string marks;
    if (chart.points.size() <= 18) {
        for (size_t i = 0; i < chart.points.size(); i += 3) {
            marks += "M" + num(x_mid(static_cast<int>(i))) + " " + num(kBottom) + "v5";
            s += "<text x=\"" + num(x_mid(static_cast<int>(i))) + "\" y=\"" + num(kBottom + 20) + "\">" +
                 escape_xml(short_month_words(tr, chart.points[i].period)) + "</text>";
        }
    } else {
        const int years = static_cast<int>(chart.points.size() / 12);
        const int every = years > 10 ? 2 : 1;
        for (size_t i = 0; i < chart.points.size(); ++i) {
            const spc::Period p = chart.points[i].period;
            if (p.month != 1) continue;
            marks += "M" + num(x_edge(static_cast<int>(i))) + " " + num(kBottom) + "v5";
            if (p.year % every == 0)
                s += "<text x=\"" + num(x_edge(static_cast<int>(i))) + "\" y=\"" + num(kBottom + 20) + "\">" + std::to_string(p.year) + "</text>";
        }
    }
    s += "</g>";
    s += "<path class=\"axis\" d=\"M" + num(kLeft) + " " + num(kBottom) + "H" + num(kRight) + marks + "\" stroke=\"" + kTextColour +
         "\" stroke-width=\"1\" fill=\"none\"/>";

    // Recalculations: a dotted line where each new segment starts, and its label (placed above).
    // Every line first, then the labels on their white halo, so a line never strikes a label out.
    std::string labels;
    for (size_t i = 0; i < requests.size(); ++i) {
        const PlacedLabel& l = layout.labels[i];
        const double x = requests[i].x, label_y = row_baseline(l.shown ? l.row : 0);
        s += "<path class=\"recalculation\" d=\"M" + num(x) + " " + num(label_y + 4) + "V" + num(kBottom) + "\" stroke=\"" +
             kLimitColour + "\" stroke-width=\"1\" stroke-dasharray=\"2 3\" fill=\"none\"/>";
        if (!l.shown) continue;
        labels += "<text class=\"recalculation-label\" x=\"" + num(l.left ? x - 4 : x + 4) + "\" y=\"" + num(label_y) + "\" text-anchor=\"" +
                  (l.left ? "end" : "start") + "\" fill=\"" + kTextColour + "\"" + kHalo + ">" + escape_xml(requests[i].texts[layout.form]) + "</text>";
    }
    s += labels;
    for (size_t i = 0; i < legend_lines.size(); ++i)
        legend += "<text class=\"recalculation-legend\" x=\"" + num(kLeft) + "\" y=\"" + num(kHeight + 12 + 16 * i) + "\" fill=\"" +
                  kTextColour + "\">" + escape_xml(legend_lines[i]) + "</text>";

    // Limits (dashed), mean (solid), target (dash-dot): stepped per segment.
    const std::string upper = stepped_path(chart, [](const spc::Limits& l) { return l.ucl; }, x_edge, y);
    const std::string lower = stepped_path(chart, [](const spc::Limits& l) { return l.lcl; }, x_edge, y);
    const std::string mean = stepped_path(chart, [](const spc::Limits& l) { return l.mean; }, x_edge, y);
    s += "<path class=\"limits\" d=\"" + upper + lower + "\" stroke=\"" + kLimitColour +
         "\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" fill=\"none\"/>";
    s += "<path class=\"mean\" d=\"" + mean + "\" stroke=\"" + kMeanColour + "\" stroke-width=\"1.5\" fill=\"none\"/>";
    std::string target_label;  // drawn last, over the values
    if (chart.target && std::isfinite(*chart.target)) {
        const double ty = y(*chart.target);
        s += "<path class=\"target\" d=\"M" + num(kLeft) + " " + num(ty) + "H" + num(kRight) + "\" stroke=\"" + kTargetColour +
             "\" stroke-width=\"2\" stroke-dasharray=\"10 4 2 4\" fill=\"none\"/>";
        // Above its line, or below it when the line is at the top, clear of the labels' rows.
        const double label_y = ty - 18 < kTop ? ty + 16 : ty - 5;
        target_label = "<text class=\"target-label\" x=\"" + num(kRight - 2) + "\" y=\"" + num(label_y) + "\" text-anchor=\"end\" fill=\"" +
             kTargetColour + "\"" + kHalo + ">" + escape_xml(tr.text("chart.target", {{"value", format_value(tr, *chart.target, text.value_type)}})) + "</text>";
    }

    // Values: the line (gaps for missing months), then a marker per month.
    s += "<path class=\"values\" d=\"" + value_path(chart, x_mid, y) + "\" stroke=\"" + kCommonColour +
         "\" stroke-width=\"2\" fill=\"none\" stroke-linejoin=\"round\"/>";
    s += "<g class=\"points\" stroke=\"#fff\" stroke-width=\"1\">";
    for (size_t i = 0; i < chart.points.size(); ++i) {
        const spc::Point& p = chart.points[i];
        if (std::isnan(p.value)) continue;
        s += marker(p.type, x_mid(static_cast<int>(i)), y(p.value), is_special(p.type) ? 6.5 : 3.5);
    }
    s += "</g>" + target_label + legend + "</svg>";
    return s;
}

std::string svg_sparkline(const spc::SeriesChart& chart, const std::string& label) {
    constexpr double w = 120, h = 32, pad = 5;
    const auto [lo, hi] = value_range(chart, false);
    const double range = hi > lo ? hi - lo : 1;
    const double base = hi > lo ? lo : lo - 0.5;
    const int n = std::max<int>(1, static_cast<int>(chart.points.size()));
    const double slot = (w - 2 * pad) / n;
    auto x_edge = [&](int i) { return pad + slot * i; };
    auto x_mid = [&](int i) { return pad + slot * (i + 0.5); };
    auto y = [&](double v) { return h - pad - (v - base) / range * (h - 2 * pad); };

    std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" width=\"120\" height=\"32\" viewBox=\"0 0 120 32\" role=\"img\" aria-label=\"" +
                    escape_xml(label) + "\"><title>" + escape_xml(label) + "</title>";
    if (!chart.segments.empty()) {
        // The current average only, clipped to the chart's height.
        const spc::Segment& last = chart.segments.back();
        if (std::isfinite(last.limits.mean)) {
            const int first = chart.points.empty() ? 0 : chart.points.front().period.index();
            const double my = std::clamp(y(last.limits.mean), 1.0, h - 1);
            s += "<path d=\"M" + num(x_edge(last.start.index() - first)) + " " + num(my) + "H" + num(x_edge(last.end.index() - first + 1)) +
                 "\" stroke=\"" + kLimitColour + "\" stroke-width=\"1\" stroke-dasharray=\"3 2\" fill=\"none\"/>";
        }
    }
    s += "<path d=\"" + value_path(chart, x_mid, y) + "\" stroke=\"" + kTextColour + "\" stroke-width=\"1.5\" fill=\"none\" stroke-linejoin=\"round\"/>";
    for (size_t i = chart.points.size(); i-- > 0;) {
        const spc::Point& p = chart.points[i];
        if (std::isnan(p.value)) continue;
        s += "<g stroke=\"#fff\" stroke-width=\"0.5\">" + marker(p.type, x_mid(static_cast<int>(i)), y(p.value), is_special(p.type) ? 4.5 : 3) + "</g>";
        break;
    }
    s += "</svg>";
    return s;
}

}  // namespace scrutiny::view
