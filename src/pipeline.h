// The site build, stage by stage: config -> content -> model (cross-references) -> control
// charts -> views -> render -> (publish, by the caller). Commands run it up to the stage
// they need: `check` stops before publishing, `serve` keeps the output in memory.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/derived_cache.h"
#include "common/diagnostics.h"
#include "common/file_system.h"
#include "model/site_model.h"
#include "publish/output_set.h"
#include "view/page_kinds.h"
#include "view/build_info.h"

namespace scrutiny {

struct PipelineOptions {
    std::optional<std::string> base_url;  // overrides site_config.toml's
    BuildInfo build;
    const std::vector<PageKind>* page_kinds = &builtin_page_kinds();  // tests add their own
    // Told as each stage ends ("content read", "pages rendered and written", ...): `build
    // --verbose` prints how long each took.
    std::function<void(std::string_view stage)> stage_done;
    // Derived data kept from the last build (common/derived_cache.h): parsed commitments and
    // search documents, by what they were made from. This build takes what it can and adds what
    // it makes. `build` keeps it beside the output; `serve` in its RenderCache (used when this
    // is not set).
    DerivedCache* derived = nullptr;
    // With `derived`: the site's files known unchanged by their identity (common/file_system.h),
    // so a commitment file with the identity it had when last read is not read again.
    const SettledFiles* settled_files = nullptr;
    void done(std::string_view stage) const {
        if (stage_done) stage_done(stage);
    }
};

// Pages rendered by an earlier build, kept by `serve`: a page whose inputs (view/page_inputs.h)
// are unchanged is not made again, and a page whose view (and theme) is exactly the same as last
// time is not rendered again, so an edit re-renders only the pages it changes.
struct RenderCache {
    struct Page {
        std::string inputs_key;  // empty for a page whose inputs are not known before it is made
        std::string view;        // its view's digest (view_digest.h)
        std::shared_ptr<const std::string> html;  // shared with the output sets serve answers from
    };
    DerivedCache derived;   // derived data (search documents) by what it was made from
    std::string theme_key;  // the templates and partials the pages were rendered with
    std::map<std::string, Page> pages;  // by output path
    size_t reused = 0;      // pages taken from the cache by the last build
    // Each metric's chart downloads (path, bytes) as the last build made them, from the site's
    // shared inputs with key `charts_key` (view/page_inputs.h).
    std::string charts_key;
    std::map<std::string, std::vector<std::pair<std::string, std::shared_ptr<const std::string>>>> chart_files;
};

// The pages `build` published last time (publish/atomic_publish.h's StagingFolder), offered to
// the next build so it need not make a page whose inputs are unchanged.
struct PublishedPages {
    // Puts the published page at `path` into the new output when it was made from inputs with
    // `key` and is still as published; false otherwise. Called from every core at once.
    std::function<bool(const std::string& path, const std::string& key)> keep;
    // Notes the inputs key of a page this build wrote at `path`.
    std::function<void(const std::string& path, const std::string& key)> note;
};

struct BuiltSite {
    SiteModel model;
    OutputSet files;
    size_t pages = 0;
    size_t kept = 0;  // pages not made again: their inputs were those of a page already built
};

// Loads and checks everything; nothing when there were errors (all of them reported).
std::optional<SiteModel> load_model(const FileSystem& site, const PipelineOptions& options, Diagnostics& diags);

// Runs every stage up to rendering; nothing when any stage reported errors.
std::optional<BuiltSite> build_site(const FileSystem& site, const PipelineOptions& options, Diagnostics& diags,
                                    RenderCache* cache = nullptr);

// The stages after loading, for a model load_model made. With `stream`, every file is handed to
// it as soon as it is made (from several threads at once) and the result keeps only paths:
// `build` writes a large site straight into the staging folder instead of holding it in memory.
// With `published` (and `stream`), a page whose inputs are those of a published page is kept
// from there instead of being made again.
std::optional<BuiltSite> build_site(const FileSystem& site, SiteModel model, const PipelineOptions& options,
                                    Diagnostics& diags, RenderCache* cache = nullptr, FileWriter stream = {},
                                    const PublishedPages* published = nullptr);

// The digest of everything every page reads (view/page_inputs.h): every input file but the
// commitments', every commitment's outline, the build date and generator, the site's address,
// the page kinds and the running scrutiny binary.
std::string site_inputs_digest(const FileSystem& site, const SiteModel& model, const PipelineOptions& options);

// A setting in the environment that cannot be used; main() reports it as a usage error.
struct EnvironmentError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The build date: SOURCE_DATE_EPOCH when set and not empty (reproducible builds), otherwise
// today (UTC). Throws EnvironmentError when it is not whole seconds from 1970 to year 9999.
Date build_date_from_environment();

}  // namespace scrutiny
