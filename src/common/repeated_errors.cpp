#include "common/repeated_errors.h"

#include "common/number_format.h"

namespace scrutiny {

void RepeatedErrors::error(const std::string& key, SourceLocation where, std::string message, std::string more) {
    auto [it, inserted] = groups_.try_emplace(key);
    Group& g = it->second;
    if (inserted) {
        order_.push_back(key);
        g.first = where;
        g.message = std::move(message);
        g.more = std::move(more);
    }
    ++g.count;
    g.last_line = where.line;
}

void RepeatedErrors::report_to(Diagnostics& diags) const {
    for (const auto& key : order_) {
        const Group& g = groups_.at(key);
        std::string message = g.message;
        if (g.count > 1)
            message += " ... and " + format_count(g.count - 1) + " more " + g.more + ", the last on line " +
                       std::to_string(g.last_line);
        diags.error(g.first, message);
    }
}

}  // namespace scrutiny
