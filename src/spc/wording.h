// How a metric's figures are written in sentences: its noun and title, numbers in the
// language's format, periods by name. Every word comes from the translation table.
#pragma once

#include <string>
#include <vector>

#include "common/translations.h"
#include "spc/period.h"

namespace scrutiny::spc {

// How a metric's values read: counts are numbers of the noun ("offences"); percentages,
// rates and minutes are levels, read with the metric's title ("victim satisfaction was 81.7%").
enum class ValueType { count, percent, rate, minutes };

struct Wording {
    std::string noun = "values";  // counts: "offences"; rates: the unit ("per 1,000 people")
    ValueType value_type = ValueType::count;
    std::string title;            // "Victim satisfaction"
    std::string noun_one;         // the noun for exactly one ("offence"); "" = singular_noun(noun)
};

// Formats figures and periods for one metric in one language.
class Writer {
public:
    Writer(const Translations& tr, const Wording& w) : tr_(tr), w_(w) {}

    const Translations& tr() const { return tr_; }
    const Wording& wording() const { return w_; }
    bool is_count() const { return w_.value_type == ValueType::count; }

    // A month's or quarter's figure: "2,762", "81.7%", "13.2 minutes".
    std::string value(double v) const;
    // A mean or limit: counts as format_statistic ("3,302", "4.3"), levels as value().
    std::string mean(double v) const;
    // A mean with one decimal more than mean() ("65.9", "80.04%").
    std::string mean_precise(double v) const;
    // "3 offences" / "1 offence" for counts (the translation's plural forms pick the noun).
    std::string noun_for(double count) const;
    // The title mid-sentence: "victim satisfaction" (first letter lowered unless an acronym).
    std::string title_in_sentence() const;
    // The title opening a sentence: "Victim satisfaction".
    std::string title_opening() const;

    // "September 2019".
    std::string month(Period p) const;
    // "July to September 2019" for the calendar quarter starting at `first`.
    std::string quarter(Period first) const;
    // "8th".
    std::string ordinal(int n) const;
    // "A", "A and B", "A, B and C".
    std::string list(const std::vector<std::string>& items) const;

    // The change from `before` to `now` with its baseline, "up 4% on August 2019 (3,420)"
    // (counts and rates: relative; percentages: percentage points between the figures as
    // written); `direction` receives +1, -1, or 0 when the written figures are equal ("the
    // same as ...").
    std::string change(double now, double before, const std::string& period, int& direction) const;

private:
    const Translations& tr_;
    const Wording& w_;
};

// Upper-cases the first ASCII letter ("in July" -> "In July").
std::string capitalise(std::string s);

}  // namespace scrutiny::spc
