// Errors of one kind about the same thing (one unknown area on 36 rows of an export) reported
// once, with a count of the rest, so the one fix needed is not buried under 36 lines.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/diagnostics.h"

namespace scrutiny {

class RepeatedErrors {
public:
    // `key` names the kind and its subject ("area:Westmercia"); the first report of a key gives
    // the message, later ones only count, and `more` says what they are ("rows with this area").
    void error(const std::string& key, SourceLocation where, std::string message, std::string more);
    // Adds one error per key to `diags`: "<message> ... and 35 more rows with this area, the
    // last on line 40" when it came more than once.
    void report_to(Diagnostics& diags) const;

private:
    struct Group {
        SourceLocation first;
        std::string message, more;
        int count = 0;
        int last_line = 0;
    };
    std::map<std::string, Group> groups_;
    std::vector<std::string> order_;  // keys in the order first seen
};

}  // namespace scrutiny
