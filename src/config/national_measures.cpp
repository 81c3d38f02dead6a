#include "config/national_measures.h"

#include <algorithm>
#include <set>

#include "common/spellcheck.h"
#include "common/toml_reader.h"

namespace scrutiny {

const std::vector<std::string>& national_measure_ids() {
    static const std::vector<std::string> ids = {"homicide",           "serious-violence", "drugs-county-lines",
                                                 "neighbourhood-crime", "cyber-crime",      "victim-satisfaction"};
    return ids;
}

std::vector<NationalMeasureMapping> read_national_measures(TomlTable& root, Diagnostics& diags) {
    std::vector<NationalMeasureMapping> out;
    std::set<std::string> seen;
    const auto& ids = national_measure_ids();
    for (auto& t : root.tables("national_measures")) {
        NationalMeasureMapping n;
        n.where = t.where();
        n.id = t.string("id", true).value_or("");
        n.metrics = t.string_list("metrics");
        n.note = t.string("note", false).value_or("");
        if (!n.id.empty() && std::find(ids.begin(), ids.end(), n.id) == ids.end()) {
            diags.error(t.where_of_key("id"), "unknown national measure `" + n.id + "`" + did_you_mean(n.id, ids));
        } else if (!n.id.empty() && !seen.insert(n.id).second) {
            diags.error(t.where_of_key("id"), "national measure `" + n.id + "` is mapped twice; keep one table for it");
        }
        if (n.metrics.empty() && n.note.empty())
            diags.error(n.where, "national measure `" + n.id + "` names no metrics; list the site's metric ids in `metrics`, "
                                 "or say why there is no local measure in `note`");
        t.finish();
        out.push_back(std::move(n));
    }
    return out;
}

}  // namespace scrutiny
