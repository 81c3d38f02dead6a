// `scrutiny init DIR`: a starter site that builds and passes `check --strict` as it is, with
// notes in every file that teach the format. The files live in starter/ in the repository
// and travel inside the binary, so they can be read, tested and edited as ordinary files.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "common/calendar.h"

namespace scrutiny {

struct InitCommandOptions {
    std::string folder;
    std::string title = "Our plan and how we are doing";
    std::string organisation = "Office of the Police and Crime Commissioner";
};

struct StarterSiteFile {
    std::string path;  // site-relative
    std::string text;
};

// The starter site's files with their placeholders filled. Dates come from `today` so that
// `check --strict` passes on the day of init: the figures end last month and the update is
// for the latest completed quarter.
std::vector<StarterSiteFile> starter_site(const InitCommandOptions& options, const Date& today);

// Exit status: 0 written, 2 when the folder is not empty or cannot be written.
int run_init(const InitCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace scrutiny
