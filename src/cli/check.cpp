#include "cli/check.h"

#include <ostream>

#include "cli/console.h"
#include "cli/site_folder.h"
#include "common/diagnostics.h"
#include "common/file_system.h"
#include "model/publishing_warnings.h"
#include "pipeline.h"

namespace scrutiny {

namespace {
std::string count(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }
}  // namespace

int run_check(const CheckCommandOptions& options, std::ostream& out, std::ostream& err) {
    const auto site_folder = open_site_folder(options.source, err);
    if (!site_folder) return kUsageError;
    const DiskFileSystem& site = *site_folder;
    Date today = build_date_from_environment();
    if (options.as_of) {
        auto d = Date::parse(*options.as_of);  // a day that exists: 2024-02-31 is refused
        if (!d) {
            console::report(err, Severity::error, "", "--as-of must be a date written YYYY-MM-DD, not `" + *options.as_of + "`");
            return kUsageError;
        }
        today = *d;
    }
    Diagnostics diags;
    PipelineOptions pipeline;
    pipeline.build.build_date = today;
    // The whole build in memory (charts, templates, rendering) so check finds what build would;
    // nothing is published.
    auto built = build_site(site, pipeline, diags);
    if (built)
        for (auto& w : publishing_warnings(built->model, today)) diags.add(std::move(w));

    console::print_diagnostic_lines(diags, err);
    const int errors = diags.error_count(), warnings = diags.warning_count();
    const bool failed = errors > 0 || (options.strict && warnings > 0);
    if (!options.quiet || failed) {
        std::ostream& summary = failed ? err : out;
        if (built)
            summary << "checked " << count(static_cast<int>(built->model.content.commitments.size()), "commitment") << ", "
                    << count(static_cast<int>(built->model.content.metrics.size()), "metric") << " and "
                    << count(static_cast<int>(built->pages), "page") << ": ";
        summary << count(errors, "error") << ", " << count(warnings, "warning");
        if (errors == 0 && warnings > 0 && options.strict) summary << " (--strict makes warnings fail)";
        summary << "; nothing was written\n";
    }
    return failed ? 1 : 0;
}

}  // namespace scrutiny
