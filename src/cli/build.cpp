#include "cli/build.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "cli/build_stamp.h"
#include "cli/console.h"
#include "cli/site_folder.h"
#include "common/diagnostics.h"
#include "common/file_system.h"
#include "common/text.h"
#include "content/content_loader.h"
#include "pipeline.h"
#include "publish/atomic_publish.h"

namespace scrutiny {

namespace {
// Ends the process with status 0 without destroying what the build made (see
// BuildCommandOptions::end_process_when_built); everything it wrote is already on disk.
[[noreturn]] void end_process(std::ostream& out, std::ostream& err) {
    out.flush();
    err.flush();
    std::fflush(nullptr);
    std::_Exit(0);
}

// The output folder the flags and site_config.toml name (as given, and resolved), when they name
// one a build may use; nothing otherwise (the full build then reports why).
std::optional<std::pair<std::string, std::string>> configured_output(const DiskFileSystem& site, const BuildCommandOptions& options) {
    Diagnostics quiet;
    site.check_links(quiet);
    const auto config = load_site_config(site, quiet);
    if (!config || quiet.has_errors()) return std::nullopt;
    const std::string chosen = options.output ? *options.output
                                              : (std::filesystem::path(options.source) / config->output_dir).string();
    // Not walked for foreign files: unchanged_build() proves the output holds exactly the last
    // build's files, each unchanged, and its folders unchanged, which no foreign file allows;
    // a full build looks under the output's lock.
    const auto output = checked_output_folder(options.source, chosen, "output", {}, quiet, false);
    if (!output) return std::nullopt;
    return std::pair{chosen, *output};
}

// The last build's stamp and the output folder, when a build now would publish the same files.
std::optional<std::pair<BuildStamp, std::string>> up_to_date(const std::optional<std::pair<std::string, std::string>>& output,
                                                             std::optional<std::uint64_t> fingerprint) {
    if (!fingerprint || !output) return std::nullopt;
    const auto stamp = unchanged_build(output->second, *fingerprint);
    if (!stamp) return std::nullopt;
    return std::pair{*stamp, output->first};
}
}  // namespace

int run_build(const BuildCommandOptions& options, std::ostream& out, std::ostream& err) {
    const auto started = std::chrono::steady_clock::now();
    const auto site_folder = open_site_folder(options.source, err);
    if (!site_folder) return kUsageError;
    const DiskFileSystem& site = *site_folder;
    site.keep_listings();  // one build: its fingerprint, loader and inputs digest list the same folders
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
    auto stage_started = started;
    const auto stage_done = [&](std::string_view stage) {
        const auto now = std::chrono::steady_clock::now();
        out << "  " << stage << ": " << std::chrono::duration_cast<std::chrono::milliseconds>(now - stage_started).count() << " ms\n";
        stage_started = now;
    };
    if (options.verbose) pipeline.stage_done = stage_done;
    // Nothing to do when every input is as the last build found it and its output is intact.
    std::optional<std::uint64_t> fingerprint;
    SettledFiles settled;  // what was looked at for it: a file unchanged need not be read (with the cache below)
    const auto output_named = configured_output(site, options);
    if (!options.clean) {
        fingerprint = input_fingerprint(site, {options.base_url, pipeline.build.build_date}, &settled);
        if (options.verbose) stage_done("inputs' fingerprint");
        if (const auto skipped = up_to_date(output_named, fingerprint)) {
            if (!options.quiet) {
                const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
                out << "built " << skipped->first.pages << " pages and " << (skipped->first.files - skipped->first.pages)
                    << " other files into " << skipped->second << " in " << ms
                    << " ms (nothing changed since the last build)\n";
            }
            return 0;
        }
    }
    // What the last build derived (parsed commitments, search documents), kept beside the output:
    // read now, before parsing; written back once this build is published, under the lock.
    std::optional<DerivedCache> derived;
    if (output_named) {
        const std::string file = derived_cache_location(output_named->second);
        derived = options.clean ? DerivedCache::fresh(file) : DerivedCache::read(file);
        pipeline.derived = &*derived;
        pipeline.done("what the last build made, mapped");
        if (fingerprint) pipeline.settled_files = &settled;
    }
    std::optional<BuiltSite> built;
    std::string chosen;
    int failed = 0;  // the exit code when the build fails
    {
        console::Progress progress("building...", !options.quiet);  // shown after a second, on a terminal
        failed = [&] {
            auto model = load_model(site, pipeline, diags);
            if (!model) return 1;
            chosen = options.output ? *options.output
                                    : (std::filesystem::path(options.source) / model->config().output_dir).string();
            const auto check_output = [&](bool look_for_foreign_files) {
                return checked_output_folder(
                    options.source, chosen,
                    options.output ? "--output `" + *options.output + "`" : "output_dir `" + model->config().output_dir + "`",
                    options.output ? SourceLocation{} : model->config().output_dir_where, diags, look_for_foreign_files);
            };
            const int refused = options.output ? kUsageError : 1;  // a bad flag is a usage error; a bad config value, a content error
            const auto output = check_output(false);
            if (!output) return refused;
            // Pages are written into the staging folder as they are rendered, so a large site is
            // never held in memory whole; the folder replaces the output only if the build succeeds.
            const auto staging = StagingFolder::open(*output, diags, !options.clean, true);
            if (!staging) return 1;
            // Looked for once, now that no other build can publish into the output, and reported
            // with the flag or setting that chose the folder; not walked for when the output's
            // folders are as the last build left them (some 0.1 s on a large site; --clean, which
            // reads no record of the last build, always looks).
            if (!check_output(options.clean || !output_folders_as_published(*output, staging->published())))
                return refused;
            remove_stamp(*output);  // under the lock: a half-published build is never taken as current
            // Unless --clean, a page made from the same inputs as a published one is kept from there.
            PublishedPages published;
            published.keep = [&staging](const std::string& path, const std::string& key) { return staging->keep(path, key); };
            published.note = [&staging](const std::string& path, const std::string& key) { staging->note_inputs_key(path, key); };
            built = build_site(site, std::move(*model), pipeline, diags, nullptr, staging->writer(), &published);
            if (!built || !staging->publish(built->files, diags)) return 1;
            // Only into the folder beside the output this build published to (a cache not written
            // costs the next build time, nothing else).
            if (derived && *output == output_named->second) derived->save();
            pipeline.done("published");
            if (options.verbose) out << "  pages kept from the last build (their inputs unchanged): " << built->kept << "\n";
            if (fingerprint && diags.all().empty())  // a build with warnings is run again, to say them again
                write_stamp(*output, {*fingerprint, built->pages, built->files.size()}, staging->published());
            return 0;
        }();
    }
    if (failed) {
        console::print_diagnostics(diags, err);
        return failed;
    }
    console::print_diagnostics(diags, err);  // warnings, if any
    if (!options.quiet) {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
        out << "built " << built->pages << " pages and " << (built->files.size() - built->pages) << " other files into "
            << chosen << " in " << ms << " ms\n";
    }
#ifndef __SANITIZE_ADDRESS__  // AddressSanitizer's leak check runs at a normal exit
    if (options.end_process_when_built) end_process(out, err);
#endif
    return 0;
}

}  // namespace scrutiny
