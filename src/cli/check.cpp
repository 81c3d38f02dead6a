#include "cli/check.h"

#include <filesystem>
#include <ostream>

#include "cli/console.h"
#include "common/diagnostics.h"
#include "common/file_system.h"
#include "model/publishing_warnings.h"
#include "pipeline.h"

namespace scrutiny {

namespace {
std::string count(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }
}  // namespace

int run_check(const CheckCommandOptions& options, std::ostream& out, std::ostream& err) {
    if (!std::filesystem::is_directory(options.source)) {
        err << "error: source folder `" << options.source << "` does not exist; pass --source DIR with a site folder\n";
        return 2;
    }
    Date today = build_date_from_environment();
    if (options.as_of) {
        auto d = Date::parse(*options.as_of);  // a day that exists: 2024-02-31 is refused
        if (!d) {
            err << "error: --as-of must be a date written YYYY-MM-DD, not `" << *options.as_of << "`\n";
            return 2;
        }
        today = *d;
    }
    DiskFileSystem site(options.source);
    Diagnostics diags;
    PipelineOptions pipeline;
    pipeline.build.build_date = today;
    // The whole build in memory (charts, templates, rendering) so check finds what build would;
    // nothing is published.
    auto built = build_site(site, pipeline, diags);
    if (built)
        for (auto& w : publishing_warnings(built->model, today)) diags.add(std::move(w));

    const bool colour = console::colour_enabled(err);
    for (const auto& d : diags.sorted()) err << console::paint_diagnostic(format_diagnostic(d), colour) << '\n';
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
