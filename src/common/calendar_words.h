// The calendar's labels in the site's language, from the translation table. calendar.h keeps
// its English labels for messages to staff (check, import, init); what the public reads is
// written here.
#pragma once

#include <string>

#include "common/calendar.h"
#include "common/translations.h"

namespace scrutiny {

std::string month_words(const Translations& tr, Month m);        // "July 2017"
std::string short_month_words(const Translations& tr, Month m);  // "Jul 2017" (chart axes)
std::string date_words(const Translations& tr, const Date& d);   // "26 January 2021", or "January 2021" for a whole month
std::string quarter_words(const Translations& tr, const FinancialQuarter& q);              // "Q3 2020/21"
std::string quarter_months_words(const Translations& tr, const FinancialQuarter& q);       // "October to December 2020"
std::string quarter_with_months_words(const Translations& tr, const FinancialQuarter& q);  // "Q3 2020/21 (October to December 2020)"
// The calendar quarter containing m, as the chart panels write it: "Jul - Sep 2017".
std::string calendar_quarter_words(const Translations& tr, Month m);

}  // namespace scrutiny
