// Facts about this build that are not content (kept out of the views' inputs otherwise, so
// views stay pure). Its own header so the pipeline's callers need no JSON.
#pragma once

#include <string>

#include "common/calendar.h"

namespace scrutiny {

struct BuildInfo {
    Date build_date;              // from SOURCE_DATE_EPOCH, or the day of the build
    std::string generator = "scrutiny";
};

}  // namespace scrutiny
