// spc's name for a calendar month, the unit of every control-chart series (common/calendar.h).
#pragma once

#include "common/calendar.h"

namespace scrutiny::spc {

using Period = Month;
using scrutiny::month_label;
using scrutiny::month_name;

}  // namespace scrutiny::spc
