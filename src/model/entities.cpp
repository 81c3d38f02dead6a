#include "model/entities.h"

#include <array>
#include <cstdio>

namespace scrutiny {

std::string Date::iso() const {
    char buf[16];
    if (day == 0)
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

namespace {
const std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",
                                             "May",     "June",     "July",      "August",
                                             "September", "October", "November", "December"};
}

std::string FinancialQuarter::label() const {
    return std::to_string(year) + "-Q" + std::to_string(quarter);
}

std::string FinancialQuarter::months_label() const {
    const int first = (3 + (quarter - 1) * 3) % 12;  // 0-based month index: April = 3
    const int last = first + 2;
    const int cal_year = quarter == 4 ? year + 1 : year;
    return std::string(kMonths[first]) + " to " + kMonths[last] + " " + std::to_string(cal_year);
}

std::string FinancialQuarter::fy_label() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "Quarter %d %d/%02d", quarter, year, (year + 1) % 100);
    return buf;
}

namespace {
const std::vector<std::string> kStatusWords = {"not-started", "in-progress", "on-track",
                                               "at-risk",     "on-hold",     "complete"};
const std::vector<std::string> kStatusLabels = {"Not started", "In progress", "On track",
                                                "At risk",     "On hold",     "Complete"};
}  // namespace

const std::vector<std::string>& status_words() { return kStatusWords; }

std::optional<Status> parse_status(const std::string& word) {
    for (size_t i = 0; i < kStatusWords.size(); ++i)
        if (kStatusWords[i] == word) return static_cast<Status>(i);
    return std::nullopt;
}

std::string status_word(Status s) { return kStatusWords[static_cast<size_t>(s)]; }
std::string status_label(Status s) { return kStatusLabels[static_cast<size_t>(s)]; }

}  // namespace scrutiny
