// Cells as spreadsheets write them: months in every spelling Excel produces, and figures with
// thousands separators, percent signs and blanks. Pure: text in, values out.
#pragma once

#include <optional>
#include <string_view>

#include "common/calendar.h"

namespace scrutiny {

// A month as spreadsheets write it: "2017-07", "2017-07-01", "2017/07", "07/2017", "Jul-17",
// "Jul 2017", "July 2017", "Sept-2017", "01/07/2017" or "1/7/17" (day/month/year, UK order).
std::optional<Month> parse_month_cell(std::string_view text);

// A figure as spreadsheets write it: "2762", "2,762", "-3.5", "81.7%", " 12 " (spaces and
// no-break spaces trimmed). Blank, "nan", "NA" and "n/a" are a missing month (NaN).
struct NumberCell {
    double value = 0;
    bool percent = false;
};
std::optional<NumberCell> parse_number_cell(std::string_view text);

}  // namespace scrutiny
