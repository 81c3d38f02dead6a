// The order people expect of plan references and titles: runs of digits compare as numbers,
// so 3.2 comes before 3.10 and A2 before A10 (a plain byte comparison puts 3.10 first).
#pragma once

#include <string_view>

namespace scrutiny {

// True when `a` sorts before `b`: digit runs by value (then shorter run first, "2" before
// "02"), other characters with A-Z as a-z; text equal that way falls back to byte order, so
// the order is total and the same on every machine.
bool natural_less(std::string_view a, std::string_view b);

}  // namespace scrutiny
