#include "sentence_checker.h"

#include <cmath>
#include <map>

#include "common/calendar.h"
#include "common/number_format.h"

namespace scrutiny::testing {

namespace {

using Json = nlohmann::json;

const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};

Month month_of(const Json& period) { return *Month::parse(period.get<std::string>()); }
std::string month_text(Month m) { return std::string(kMonths[m.month - 1]) + " " + std::to_string(m.year); }
std::string quarter_text(Month first) {
    return std::string(kMonths[first.month - 1]) + " to " + kMonths[first.plus(2).month - 1] + " " +
           std::to_string(first.year);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A figure as a sentence may write it: a count, a statistic, a level with one decimal, a percentage.
bool quotes(const std::string& text, double v) {
    for (const std::string& f : {format_count(v), format_statistic(v), format_decimal(v, 1), format_decimal(v, 2),
                                  format_percent(v, 1), format_percent(v, 2)})
        if (contains(text, "(" + f) || contains(text, " " + f + " ") || contains(text, " " + f + ",") ||
            contains(text, " " + f + ".") || contains(text, " " + f + ";") || contains(text, " " + f + ")") ||
            contains(text, " " + f + "%"))
            return true;
    return false;
}

int sign(double d) { return d > 0 ? 1 : (d < 0 ? -1 : 0); }

class AreaChecker {
public:
    AreaChecker(const Json& area, std::string where, std::vector<std::string>& problems)
        : area_(area), where_(std::move(where)), problems_(problems) {
        for (const Json& p : area["points"]) points_[month_of(p["period"]).index()] = &p;
    }

    void check() {
        const Json& s = area_["summary"];
        const Json& claims = s["claims"];
        month(s["month_sentence"], claims["month"]);
        quarter(s["quarter_sentence"], claims["quarter"]);
        step(s["step_sentence"], claims["step"]);
        pending(s["pending_sentence"], claims["pending"], s["recalculation_pending"]);
    }

private:
    void fail(const std::string& sentence, const std::string& what) {
        problems_.push_back(where_ + ": " + sentence + ": " + what);
    }
    void expect(bool ok, const std::string& sentence, const std::string& what) {
        if (!ok) fail(sentence, what);
    }
    const Json* point(Month m) const {
        auto it = points_.find(m.index());
        return it == points_.end() ? nullptr : it->second;
    }
    static bool present(const Json* p) { return p && !(*p)["value"].is_null(); }

    // Sides and directions as the claims write them, held to the numbers.
    void side(const std::string& what, const std::string& claimed, double value, double mean, const std::string& text,
              const std::string& average) {
        if (claimed == "above") expect(value > mean && contains(text, "above the " + average), what, "not above the " + average);
        else if (claimed == "below") expect(value < mean && contains(text, "below the " + average), what, "not below the " + average);
        else expect(std::fabs(value - mean) <= 0.5 && contains(text, "in line with the " + average), what, "not in line with the " + average);
    }
    void change(const std::string& what, const Json& c, double now, Month expected_period, const std::string& period_text,
                const std::string& text) {
        expect(month_of(c["period"]) == expected_period, what, "compares with the wrong period");
        const double before = c["value"];
        const std::string d = c["direction"];
        // "up 4% on August 2019 (3,420)", or from nothing "up from 0 in August 2019".
        const bool named = contains(text, " on " + period_text) || contains(text, " in " + period_text);
        if (d == "up") expect(now > before && contains(text, "up ") && named, what, "not up on " + period_text);
        else if (d == "down") expect(now < before && contains(text, "down ") && named, what, "not down on " + period_text);
        else expect(std::fabs(now - before) <= 0.5 && contains(text, "the same as " + period_text), what, "not the same as " + period_text);
        expect(quotes(text, before), what, "does not quote the baseline " + format_exact(before));
    }

    void month(const Json& sentence, const Json& c) {
        const std::string what = "month sentence";
        if (sentence.is_null()) return expect(c.is_null(), what, "claims without a sentence");
        const std::string text = sentence;
        const Month m = month_of(c["period"]);
        expect(c["period"] == area_["summary"]["latest"], what, "is not about the latest month");
        const Json* p = point(m);
        if (!present(p)) return fail(what, "names a month with no value");
        const double value = (*p)["value"];
        expect(c["value"] == value, what, "quotes a value the chart does not have");
        expect(text.rfind("In " + month_text(m) + ", ", 0) == 0, what, "does not open with its month");
        expect(quotes(text, value), what, "does not quote the month's value");
        // The average named is the one drawn for that month's segment.
        expect(c["segment"] == (*p)["segment"] && c["mean"] == (*p)["mean"], what, "names another segment's average");
        const Json& seg = area_["segments"][(*p)["segment"].get<size_t>()];
        expect(c["provisional"] == seg["provisional"], what, "misstates whether the average is provisional");
        const std::string average = seg["provisional"].get<bool>() ? "provisional monthly average" : "monthly average";
        side(what, c["side"], value, (*p)["mean"], text, average);
        expect(quotes(text, (*p)["mean"]), what, "does not quote the monthly average");
        // Signal words only for signals.
        expect(c["rule"] == (*p)["rule"], what, "names a rule the point does not have");
        const std::string rule = (*p)["rule"].is_null() ? "" : (*p)["rule"].get<std::string>();
        const bool outside = rule == "above_ucl" || rule == "below_lcl";
        const bool sustained = rule.rfind("shift", 0) == 0 || rule.rfind("trend", 0) == 0;
        expect(contains(text, "unusually") == outside, what, "\"unusually\" without a point outside the limits");
        expect(contains(text, "sustained") == sustained, what, "\"sustained\" without a shift or trend");
        expect(contains(text, "within the usual range") == rule.empty(), what, "\"within the usual range\" for a signal");
        expect(!contains(text, "ignificant"), what, "says \"significantly\"");
        if (outside) {
            const double limit = rule == "above_ucl" ? (*p)["ucl"].get<double>() : (*p)["lcl"].get<double>();
            expect(c["limit"] == limit && quotes(text, limit), what, "quotes a limit the chart does not draw");
        }
        if (sustained) run(what, c["run"], rule, m, text);
        if (rule == "shift_high") expect(c["side"] == "above", what, "a run above the average that is not above it");
        if (rule == "shift_low") expect(c["side"] == "below", what, "a run below the average that is not below it");
        if (!c["previous"].is_null()) {
            const Json* prev = point(m.plus(-1));
            if (!present(prev)) return fail(what, "compares with a month that has no value");
            expect(c["previous"]["value"] == (*prev)["value"], what, "quotes the previous month wrongly");
            change(what, c["previous"], value, m.plus(-1), month_text(m.plus(-1)), text);
        } else {
            expect(!present(point(m.plus(-1))), what, "leaves out the change on a month that has a value");
        }
    }

    // The run length claimed, counted on the chart: present months of the segment ending at m.
    void run(const std::string& what, const Json& claimed, const std::string& rule, Month m, const std::string& text) {
        const int segment = (*point(m))["segment"];
        std::vector<double> values;
        for (const Json& p : area_["points"]) {
            if (p["segment"] == segment && !p["value"].is_null()) values.push_back(p["value"]);
            if (month_of(p["period"]) == m) break;
        }
        const double mean = area_["segments"][static_cast<size_t>(segment)]["mean"];
        int n = 0;
        if (rule.rfind("shift", 0) == 0) {
            const int s = rule == "shift_high" ? 1 : -1;
            for (size_t k = values.size(); k-- > 0 && sign(values[k] - mean) == s;) ++n;
            expect(claimed == n && contains(text, ordinal(n) + " month in a row"), what, "misstates the run above/below the average");
        } else {
            const int s = rule == "trend_up" ? 1 : -1;
            n = 1;
            for (size_t k = values.size() - 1; k > 0 && sign(values[k] - values[k - 1]) == s; --k) ++n;
            expect(claimed == n && contains(text, std::to_string(n) + " months in a row"), what, "misstates the trend's length");
        }
    }

    void quarter(const Json& sentence, const Json& c) {
        const std::string what = "quarter sentence";
        const Json& quarters = area_["quarters"];
        if (sentence.is_null()) return expect(c.is_null() && quarters.empty(), what, "missing for a complete quarter");
        const std::string text = sentence;
        const Json& q = quarters.back();
        const Month first = month_of(c["period"]);
        expect(text.rfind("In " + quarter_text(first) + ", ", 0) == 0, what, "does not open with its quarter");
        // The latest complete quarter, and its total is the sum or the mean of its months.
        double sum = 0;
        for (int k = 0; k < 3; ++k) {
            const Json* p = point(first.plus(k));
            if (!present(p)) return fail(what, "is about an incomplete quarter");
            sum += (*p)["value"].get<double>();
        }
        const double total = c["total"];
        expect(total == q["total"] && (std::fabs(total - sum) < 1e-6 || std::fabs(total - sum / 3) < 1e-6), what,
               "quotes a total that is not the quarter's");
        expect(quotes(text, total), what, "does not quote the total");
        if (!c["same_last_year"].is_null()) {
            expect(c["same_last_year"]["value"] == q["same_last_year"], what, "quotes the year-earlier quarter wrongly");
            change(what, c["same_last_year"], total, first.plus(-12), quarter_text(first.plus(-12)), text);
            // Year on year first.
            if (!c["previous"].is_null())
                expect(text.find(quarter_text(first.plus(-12))) < text.find(quarter_text(first.plus(-3))), what,
                       "does not lead with the change on a year earlier");
        } else {
            expect(q["same_last_year"].is_null(), what, "leaves out the change on a year earlier");
        }
        if (!c["previous"].is_null()) {
            expect(c["previous"]["value"] == q["previous"], what, "quotes the previous quarter wrongly");
            change(what, c["previous"], total, first.plus(-3), quarter_text(first.plus(-3)), text);
        }
        if (c["quarter_average"].is_null()) return;
        // The quarter average: the mean of every complete quarter so far (SPC.md section 5).
        double all = 0;
        for (const Json& x : quarters) all += x["total"].get<double>();
        const double average = c["quarter_average"];
        expect(std::fabs(average - all / static_cast<double>(quarters.size())) < 1e-6 * std::max(1.0, std::fabs(average)),
               what, "quotes a quarter average that is not the mean of the quarters so far");
        side(what, c["side"], total, average, text, "quarter average");
        expect(quotes(text, average), what, "does not quote the quarter average");
    }

    void step(const Json& sentence, const Json& c) {
        const std::string what = "step sentence";
        const Json& segments = area_["segments"];
        if (sentence.is_null()) return expect(c.is_null() && segments.size() < 2, what, "missing after a recalculation");
        const std::string text = sentence;
        const Json& now = segments.back();
        const Json& before = segments[segments.size() - 2];
        expect(c["segment"] == now["index"] && c["mean"] == now["mean"] && c["before"] == before["mean"] &&
                   c["start"] == now["start"] && c["provisional"] == now["provisional"],
               what, "tells a step the chart does not draw");
        expect(contains(text, "since " + month_text(month_of(now["start"]))), what, "does not name when the average changed");
        expect(quotes(text, now["mean"]) && quotes(text, before["mean"]), what, "does not quote both averages");
        const std::string d = c["direction"];
        const double a = now["mean"], b = before["mean"];
        expect(d == "up" ? a > b && contains(text, "up from") : d == "down" ? a < b && contains(text, "down from") : contains(text, "the same"),
               what, "misstates the direction of the step");
        expect(contains(text, "provisional") == now["provisional"].get<bool>(), what, "misstates whether it is provisional");
    }

    void pending(const Json& sentence, const Json& c, const Json& summary_pending) {
        const std::string what = "pending sentence";
        if (sentence.is_null()) return expect(c.is_null() && summary_pending.is_null(), what, "missing for a pending recalculation");
        const std::string text = sentence;
        expect(c["side"] == summary_pending["side"] && c["run"] == summary_pending["run"], what, "misstates the pending run");
        expect(c["period"] == area_["summary"]["latest"], what, "is not about the latest month");
        const Month m = month_of(c["period"]);
        expect(text.rfind(month_text(m) + " is the " + ordinal(c["run"].get<int>()) + " month in a row " +
                              c["side"].get<std::string>() + " the monthly average",
                          0) == 0,
               what, "does not say the month, the run and the side");
        // The run is true of the chart: the last `run` present months lie on that side of the mean.
        const Json& seg = area_["segments"].back();
        const int s = c["side"] == "above" ? 1 : -1;
        int n = 0;
        for (auto it = area_["points"].rbegin(); it != area_["points"].rend(); ++it) {
            if ((*it)["value"].is_null()) continue;
            if ((*it)["segment"] != seg["index"] || sign((*it)["value"].get<double>() - seg["mean"].get<double>()) != s) break;
            ++n;
        }
        expect(n == c["run"], what, "claims a run the chart does not show");
    }

    const Json& area_;
    std::string where_;
    std::vector<std::string>& problems_;
    std::map<int, const Json*> points_;
};

void check_commentary(const Json& chart, std::vector<std::string>& problems) {
    const std::string where = chart["metric"].get<std::string>() + ": commentary";
    const Json& c = chart["commentary_claims"];
    if (chart["commentary_sentence"].is_null()) {
        if (!c.is_null()) problems.push_back(where + ": claims without a sentence");
        return;
    }
    const std::string text = chart["commentary_sentence"];
    const Month period = month_of(c["period"]);
    if (text.rfind("In " + month_text(period), 0) != 0) problems.push_back(where + ": does not open with its month");
    std::map<std::string, std::vector<std::string>> expected;
    for (const Json& a : chart["areas"]) {
        const Json& latest = a["summary"]["latest"];
        if (latest.is_null() || month_of(latest) != period) continue;
        const std::string name = a["name"];
        const Json* p = nullptr;
        for (const Json& x : a["points"])
            if (x["period"] == latest) p = &x;
        const std::string rule = (*p)["rule"].is_null() ? "" : (*p)["rule"].get<std::string>();
        if (rule == "above_ucl") expected["unusual_high"].push_back(name);
        if (rule == "below_lcl") expected["unusual_low"].push_back(name);
        if (rule == "shift_high" || rule == "trend_up") expected["sustained_rise"].push_back(name);
        if (rule == "shift_low" || rule == "trend_down") expected["sustained_fall"].push_back(name);
        if (!a["summary"]["recalculation_pending"].is_null()) expected["pending"].push_back(name);
    }
    for (const char* key : {"unusual_high", "unusual_low", "sustained_rise", "sustained_fall"}) {
        if (c[key] != Json(expected[key])) problems.push_back(where + ": " + key + " names the wrong areas");
        for (const Json& name : c[key])
            if (!contains(text, name.get<std::string>())) problems.push_back(where + ": does not name " + name.get<std::string>());
    }
    std::vector<std::string> pending;
    for (const Json& p : c["pending"]) pending.push_back(p["area"]);
    if (pending != expected["pending"]) problems.push_back(where + ": pending names the wrong areas");
    for (const Json& m : c["moved"]) {
        const Json* area = nullptr;
        for (const Json& a : chart["areas"])
            if (a["name"] == m["area"]) area = &a;
        const Json& segs = (*area)["segments"];
        if (segs.size() < 2 || segs.back()["mean"] != m["after"] || segs[segs.size() - 2]["mean"] != m["before"] ||
            segs.back()["start"] != m["start"])
            problems.push_back(where + ": a moved average the chart of " + m["area"].get<std::string>() + " does not draw");
        const std::string verb = m["after"].get<double>() > m["before"].get<double>() ? "rose" : "fell";
        if (!contains(text, "the monthly average " + verb + " in " + m["area"].get<std::string>()))
            problems.push_back(where + ": does not say the average " + verb + " in " + m["area"].get<std::string>());
    }
    if (contains(text, "ignificant")) problems.push_back(where + ": says \"significantly\"");
}

}  // namespace

std::vector<std::string> check_chart_sentences(const nlohmann::json& chart) {
    std::vector<std::string> problems;
    for (const Json& area : chart["areas"]) {
        AreaChecker checker(area, chart["metric"].get<std::string>() + "/" + area["area"].get<std::string>(), problems);
        checker.check();
    }
    check_commentary(chart, problems);
    return problems;
}

}  // namespace scrutiny::testing
