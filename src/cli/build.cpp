#include "cli/build.h"

#include <chrono>
#include <filesystem>
#include <ostream>

#include "cli/console.h"
#include "cli/site_folder.h"
#include "common/diagnostics.h"
#include "common/file_system.h"
#include "common/text.h"
#include "pipeline.h"
#include "publish/atomic_publish.h"

namespace scrutiny {

int run_build(const BuildCommandOptions& options, std::ostream& out, std::ostream& err) {
    const auto started = std::chrono::steady_clock::now();
    const auto site_folder = open_site_folder(options.source, err);
    if (!site_folder) return kUsageError;
    const DiskFileSystem& site = *site_folder;
    if (options.base_url && !is_web_address(*options.base_url)) {
        console::report(err, Severity::error, "",
                        "--base-url `" + *options.base_url +
                            "` is not a web address; give the address the site will be published at, like "
                            "https://example.org/performance/");
        return kUsageError;
    }
    Diagnostics diags;
    PipelineOptions pipeline;
    pipeline.base_url = options.base_url;
    pipeline.build.build_date = build_date_from_environment();
    if (options.verbose) out << "building " << options.source << " (build date " << pipeline.build.build_date.iso() << ")\n";
    std::optional<BuiltSite> built;
    {
        console::Progress progress("building...", !options.quiet);  // shown after a second, on a terminal
        built = build_site(site, pipeline, diags);
    }
    if (!built) {
        console::print_diagnostics(diags, err);
        return 1;
    }
    const std::string chosen = options.output ? *options.output
                                              : (std::filesystem::path(options.source) / built->model.config().output_dir).string();
    const auto output = checked_output_folder(
        options.source, chosen,
        options.output ? "--output `" + *options.output + "`" : "output_dir `" + built->model.config().output_dir + "`",
        options.output ? SourceLocation{} : built->model.config().output_dir_where, diags);
    if (!output) {
        console::print_diagnostics(diags, err);
        return options.output ? kUsageError : 1;  // a bad flag is a usage error; a bad config value, a content error
    }
    if (!publish_atomically(built->files, *output, diags)) {
        console::print_diagnostics(diags, err);
        return 1;
    }
    console::print_diagnostics(diags, err);  // warnings, if any
    if (!options.quiet) {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
        out << "built " << built->pages << " pages and " << (built->files.size() - built->pages) << " other files into "
            << chosen << " in " << ms << " ms\n";
    }
    return 0;
}

}  // namespace scrutiny
