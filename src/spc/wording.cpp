#include "spc/wording.h"

#include <cmath>

#include "common/number_format.h"
#include "common/text.h"

namespace scrutiny::spc {

std::string capitalise(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string Writer::value(double v) const {
    switch (w_.value_type) {
        case ValueType::percent: return tr_.number(format_percent(v, 1));
        case ValueType::rate:
        case ValueType::minutes: return tr_.number(format_decimal(v, 1)) + (w_.noun.empty() ? "" : " " + w_.noun);
        case ValueType::count: break;
    }
    return tr_.number(format_count(v));
}

std::string Writer::mean(double v) const {
    return is_count() ? tr_.number(format_statistic(v)) : value(v);
}

std::string Writer::mean_precise(double v) const {
    if (is_count()) return tr_.number(format_decimal(v, std::fabs(v) >= 9.95 ? 1 : 2));
    const std::string text = tr_.number(format_decimal(v, 2));
    if (w_.value_type == ValueType::percent) return text + "%";
    return w_.noun.empty() ? text : text + " " + w_.noun;
}

std::string Writer::noun_for(double count) const {
    if (format_count(count) != "1") return w_.noun;
    return w_.noun_one.empty() ? singular_noun(w_.noun) : w_.noun_one;
}

std::string Writer::title_in_sentence() const {
    std::string t = w_.title.empty() ? w_.noun : w_.title;
    // "Victim satisfaction" -> "victim satisfaction"; "ASB incidents" and "999 calls" stay.
    if (t.size() >= 2 && t[0] >= 'A' && t[0] <= 'Z' && !(t[1] >= 'A' && t[1] <= 'Z'))
        t[0] = static_cast<char>(t[0] - 'A' + 'a');
    return t;
}

std::string Writer::title_opening() const { return capitalise(w_.title.empty() ? w_.noun : w_.title); }

std::string Writer::month(Period p) const {
    return tr_.text("period.month", {{"month", tr_.month(p.month)}, {"year", std::to_string(p.year)}});
}

std::string Writer::quarter(Period first) const {
    Period last = first.plus(2);  // calendar quarters never cross a year end
    return tr_.text("period.quarter", {{"first", tr_.month(first.month)},
                                       {"last", tr_.month(last.month)},
                                       {"year", std::to_string(first.year)}});
}

std::string Writer::ordinal(int n) const {
    int last_two = std::abs(n) % 100, last = std::abs(n) % 10;
    std::string key = "period.ordinal";
    if (last_two < 11 || last_two > 13) {
        if (last >= 1 && last <= 3) key += "_" + std::to_string(last);
    }
    return tr_.text(key, {{"n", std::to_string(n)}});
}

std::string Writer::list(const std::vector<std::string>& items) const { return tr_.list(items); }

std::string Writer::change(double now, double before, const std::string& period, int& direction) const {
    const std::string now_text = value(now), before_text = value(before);
    TranslationArgs args{{"period", period}, {"value", before_text}};
    if (now_text == before_text) {
        direction = 0;
        return tr_.text("spc.same_as", args);
    }
    direction = now > before ? 1 : -1;
    const char* dir = direction > 0 ? "up" : "down";
    if (w_.value_type == ValueType::percent) {
        // Points between the figures as written, so the sentence adds up for the reader.
        double points = std::fabs(std::round(now * 10) - std::round(before * 10)) / 10;
        std::string count = tr_.number(format_decimal(points, 1));
        return tr_.plural(std::string("spc.") + dir + "_points", points, count, args);
    }
    if (before == 0) return tr_.text(std::string("spc.") + dir + "_amount", args);
    double percent = std::fabs(now - before) / std::fabs(before) * 100;
    // Whole percentages; a change that rounds to 0% is written with as many decimals as it
    // takes to show it, so a change is never written as "0%".
    int decimals = 0;
    while (decimals < 3 && format_decimal(percent, decimals).find_first_not_of("0.,") == std::string::npos) ++decimals;
    args.emplace_back("change", tr_.number(format_decimal(percent, decimals)));
    return tr_.text(std::string("spc.") + dir + "_percent", args);
}

}  // namespace scrutiny::spc
