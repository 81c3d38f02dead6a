#include "view/site_urls.h"

namespace scrutiny::urls {

namespace {
std::string in(std::string_view folder, std::string_view name) {
    std::string out;
    out.reserve(folder.size() + 1 + name.size());
    out.append(folder).append(1, '/').append(name);
    return out;
}
}  // namespace

std::string objective(std::string_view id) { return in(objectives, id); }
std::string commitment(std::string_view slug) { return in(commitments, slug); }
std::string measure(std::string_view id) { return in(measures, id); }
std::string meeting(std::string_view slug) { return in(meetings, slug); }
std::string area(std::string_view id) { return in(areas, id); }
std::string report(const FinancialQuarter& q) {
    return in(reports, std::to_string(q.year) + "-q" + std::to_string(q.quarter));
}
std::string report_national_measures(const FinancialQuarter& q) { return report(q) + "/" + std::string(national_measures); }
std::string glossary_entry(std::string_view id) { return in(glossary, "#" + std::string(id)); }
std::string metric_download(std::string_view id, std::string_view extension) {
    return in(data, "metrics/" + std::string(id) + "." + std::string(extension));
}

}  // namespace scrutiny::urls
