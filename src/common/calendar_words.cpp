#include "common/calendar_words.h"

namespace scrutiny {

namespace {
// An unset date (a build date of 0) has no month name, as in calendar.h.
std::string name(const Translations& tr, int month) { return month >= 1 && month <= 12 ? tr.month(month) : ""; }
std::string short_name(const Translations& tr, int month) { return month >= 1 && month <= 12 ? tr.month_short(month) : ""; }
}  // namespace

std::string month_words(const Translations& tr, Month m) {
    return tr.text("period.month", {{"month", name(tr, m.month)}, {"year", std::to_string(m.year)}});
}

std::string short_month_words(const Translations& tr, Month m) {
    return tr.text("period.month", {{"month", short_name(tr, m.month)}, {"year", std::to_string(m.year)}});
}

std::string date_words(const Translations& tr, const Date& d) {
    if (d.day == 0) return month_words(tr, {d.year, d.month});
    return tr.text("period.day", {{"day", std::to_string(d.day)}, {"month", name(tr, d.month)}, {"year", std::to_string(d.year)}});
}

std::string quarter_words(const Translations& tr, const FinancialQuarter& q) {
    std::string next = std::to_string((q.year + 1) % 100);
    if (next.size() < 2) next.insert(next.begin(), '0');
    return tr.text("period.financial_quarter",
                   {{"quarter", std::to_string(q.quarter)}, {"year", std::to_string(q.year)}, {"next", next}});
}

std::string quarter_months_words(const Translations& tr, const FinancialQuarter& q) {
    const Month first = q.first_month(), last = first.plus(2);
    return tr.text("period.quarter", {{"first", name(tr, first.month)}, {"last", name(tr, last.month)}, {"year", std::to_string(last.year)}});
}

std::string quarter_with_months_words(const Translations& tr, const FinancialQuarter& q) {
    return tr.text("period.quarter_with_months", {{"quarter", quarter_words(tr, q)}, {"months", quarter_months_words(tr, q)}});
}

std::string calendar_quarter_words(const Translations& tr, Month m) {
    const Month first = m.quarter_start();
    return tr.text("period.calendar_quarter", {{"first", short_name(tr, first.month)},
                                               {"last", short_name(tr, first.month + 2)},
                                               {"year", std::to_string(first.year)}});
}

}  // namespace scrutiny
