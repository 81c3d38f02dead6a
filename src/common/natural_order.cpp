#include "common/natural_order.h"

namespace scrutiny {

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// -1, 0 or 1 as the run of digits at a[i..] is less than, equal to or greater than b[j..];
// advances i and j past the runs. Leading zeros are skipped so a run of any length compares.
int compare_numbers(std::string_view a, size_t& i, std::string_view b, size_t& j) {
    const size_t a_start = i, b_start = j;
    while (i < a.size() && a[i] == '0') ++i;
    while (j < b.size() && b[j] == '0') ++j;
    const size_t a_digits = i, b_digits = j;
    while (i < a.size() && is_digit(a[i])) ++i;
    while (j < b.size() && is_digit(b[j])) ++j;
    const size_t a_len = i - a_digits, b_len = j - b_digits;
    if (a_len != b_len) return a_len < b_len ? -1 : 1;
    if (int c = a.substr(a_digits, a_len).compare(b.substr(b_digits, b_len)); c != 0) return c < 0 ? -1 : 1;
    const size_t a_run = i - a_start, b_run = j - b_start;  // same value: fewer zeros first
    return a_run == b_run ? 0 : (a_run < b_run ? -1 : 1);
}
}  // namespace

bool natural_less(std::string_view a, std::string_view b) {
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_digit(a[i]) && is_digit(b[j])) {
            if (int c = compare_numbers(a, i, b, j); c != 0) return c < 0;
            continue;
        }
        const char x = lower(a[i]), y = lower(b[j]);
        if (x != y) return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
        ++i;
        ++j;
    }
    if ((i < a.size()) != (j < b.size())) return j < b.size();  // a prefix sorts first
    return a < b;
}

}  // namespace scrutiny
