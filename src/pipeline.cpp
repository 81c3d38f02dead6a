#include "pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "common/digest.h"
#include "common/parallel.h"
#include "common/text.h"

#include "content/content_loader.h"
#include "publish/builtin_files.h"
#include "render/renderer.h"
#include "render/theme.h"
#include "view/metric_charts.h"
#include "view/page_inputs.h"
#include "view/search_documents.h"
#include "view/site_views.h"
#include "view/view_digest.h"

namespace scrutiny {

std::optional<SiteModel> load_model(const FileSystem& site, const PipelineOptions& options, Diagnostics& diags) {
    auto content = load_site(site, diags, options.derived, options.settled_files);
    if (!content) return std::nullopt;
    options.done("content read and parsed");
    // Checked here, not only when rendering, so a wrong theme name is reported with every other error.
    if (is_valid_id(content->config.theme))
        find_theme(site, builtin_file_system(), content->config.theme, content->config.theme_where, diags);
    if (options.base_url) {
        content->config.base_url = *options.base_url;
        if (!content->config.base_url.empty() && content->config.base_url.back() != '/') content->config.base_url += '/';
    }
    if (const auto& icon = content->config.favicon; !icon.empty() && !site.is_file(icon))
        diags.error(content->config.favicon_where, "`favicon` names " + icon + ", which is not in the site; add the file or correct the path");
    SiteModel model = build_site_model(std::move(*content), diags);
    check_page_addresses(model, diags, *options.page_kinds);
    auto translations = load_translations(site, builtin_file_system(), model.config().theme, model.config().language, diags);
    if (diags.has_errors() || !translations) return std::nullopt;
    model.translations = std::move(*translations);
    options.done("content checked and cross-referenced");
    return model;
}

namespace {
std::string theme_key(const Theme& theme) {
    std::string key;
    for (const auto& [name, text] : theme.templates) key += name + '\0' + text + '\0';
    key += '\1';
    for (const auto& [name, text] : theme.partials) key += name + '\0' + text + '\0';
    return key;
}

// Reports why a file could not be added to the output, if it could not.
void report_added(OutputSet::Added added, const std::string& path, const std::string& source, const Theme& theme,
                  Diagnostics& diags) {
    switch (added) {
        case OutputSet::Added::yes: return;
        case OutputSet::Added::unsafe_path:
            diags.error({source, 0, 0}, "refused to write " + path + " outside the output folder; rename the file");
            return;
        case OutputSet::Added::already_there: {
            const auto origin = theme.static_origin.find(path);
            diags.error({origin != theme.static_origin.end() ? origin->second : path, 0, 0},
                        "the build makes " + path + (source.empty() ? "" : " from " + source) +
                            " itself, so a static file cannot take its place; remove or rename this file");
            return;
        }
    }
}

// Content checks keep web addresses unique; this is the last guard, so no file is ever
// silently overwritten or written outside the output folder. The only files already in `out`
// are the theme's and the site's static files, so a clash is with one of those.
// `bytes` empty and `written`: the file was already handed to out.writer(); only its path is recorded.
void add_output(OutputSet& out, const std::string& path, std::string bytes, const std::string& source,
                const Theme& theme, Diagnostics& diags, bool written = false) {
    report_added(written ? out.add_written(path) : out.add(path, std::move(bytes)), path, source, theme, diags);
}

// The same for bytes shared with serve's render cache (not copied).
void add_output(OutputSet& out, const std::string& path, OutputSet::SharedBytes bytes, const std::string& source,
                const Theme& theme, Diagnostics& diags) {
    report_added(out.add_shared(path, std::move(bytes)), path, source, theme, diags);
}

// One renderer and one diagnostics sink per worker (renderers are made lazily), so pages render
// on every core without sharing anything.
class Rendering {
public:
    explicit Rendering(const Theme& theme) : theme_(theme), diags_(worker_count()), renderers_(worker_count()) {}
    std::string render(size_t worker, PageView& page) {
        if (!renderers_[worker]) renderers_[worker] = std::make_unique<Renderer>(theme_);
        return renderers_[worker]->render_page(page, diags_[worker]);
    }
    void report(Diagnostics& diags) const {
        for (const auto& d : diags_) diags.append(d);
    }

private:
    const Theme& theme_;
    std::vector<Diagnostics> diags_;
    std::vector<std::unique_ptr<Renderer>> renderers_;
};

// A rendered page's view is let go: what stays is where the page went, for the sitemap.
void let_view_go(PageView& page) {
    page.body.reset();
    page.base = BaseView{};
}

// Renders pages held in memory on every core; results land in page order, so the output does
// not depend on scheduling. With `cache`, a page whose view is unchanged is not rendered again.
void render_pages(const Theme& theme, std::vector<PageView>& pages, OutputSet& out, Diagnostics& diags,
                  RenderCache* cache) {
    std::vector<std::string> html(pages.size()), views(pages.size());
    std::vector<OutputSet::SharedBytes> kept(pages.size());  // a reused page's HTML, shared with the cache
    if (cache) {
        // Each page's view hashed and its cached HTML taken on every core (the map is only read).
        parallel_for(pages.size(), worker_count(), [&](size_t, size_t i) {
            const auto it = cache->pages.find(pages[i].output_path());
            if (pages[i].reused) {  // its inputs were unchanged, so no view was made
                kept[i] = it->second.html;
                views[i] = it->second.view;
                return;
            }
            views[i] = view_digest(pages[i]);
            if (it != cache->pages.end() && it->second.view == views[i]) kept[i] = it->second.html;
        });
    }
    Rendering rendering(theme);
    parallel_for(pages.size(), worker_count(), [&](size_t w, size_t i) {
        if (!kept[i]) html[i] = rendering.render(w, pages[i]);
        let_view_go(pages[i]);
    });
    rendering.report(diags);
    if (!cache) {
        for (size_t i = 0; i < pages.size(); ++i)
            add_output(out, pages[i].output_path(), std::move(html[i]), pages[i].source_file, theme, diags);
        return;
    }
    // Every page's HTML is held once, shared by the cache and the output set: a rebuild copies
    // none of it (a large site's HTML is hundreds of megabytes, and serve rebuilds on every edit).
    std::map<std::string, RenderCache::Page> next;
    cache->reused = 0;
    for (size_t i = 0; i < pages.size(); ++i) {
        cache->reused += kept[i] != nullptr;
        if (!kept[i]) kept[i] = std::make_shared<const std::string>(std::move(html[i]));
        const std::string path = pages[i].output_path();
        RenderCache::Page& entry = next[path];
        entry.html = kept[i];
        entry.view = std::move(views[i]);
        entry.inputs_key = pages[i].inputs_key;
        add_output(out, path, std::move(kept[i]), pages[i].source_file, theme, diags);
    }
    cache->pages = std::move(next);
}

// Streaming: each page is rendered and written by the worker that made its view, the moment it
// is made, and its view let go, so neither the views nor the HTML of a large site are ever all
// in memory. A path that is unsafe or taken is refused when the paths are recorded, in page order
// (add_output), and the build then publishes nothing.
// Files handed to the writer from several threads at once; the first that failed (by path, so
// the message is the same every time) is noted on the output set.
struct ParallelWrites {
    const FileWriter& write;
    std::mutex mutex;
    std::set<std::string> failed;

    void operator()(const std::string& path, const std::string& bytes) {
        if (is_safe_output_path(path) && !write_whole(write, path, bytes)) {
            std::lock_guard lock(mutex);
            failed.insert(path);
        }
    }
    void note(OutputSet& out) const {
        if (!failed.empty()) out.note_write_failure(*failed.begin());
    }
};

struct StreamedPages {
    Rendering rendering;
    ParallelWrites writes;

    StreamedPages(const Theme& theme, const FileWriter& writer) : rendering(theme), writes{writer, {}, {}} {}

    const PublishedPages* published = nullptr;

    void finish(size_t worker, PageView& page) {
        if (page.reused) return;  // already in the output, kept from the published site
        const std::string path = page.output_path();
        writes(path, rendering.render(worker, page));
        if (published && !page.inputs_key.empty()) published->note(path, page.inputs_key);
        let_view_go(page);
    }
    void record(const std::vector<PageView>& pages, const Theme& theme, OutputSet& out, Diagnostics& diags) {
        rendering.report(diags);
        writes.note(out);
        for (const auto& page : pages) add_output(out, page.output_path(), {}, page.source_file, theme, diags, true);
    }
};

// Every metric's chart downloads, made on every core; when streaming, written as they are made
// and let go. Recorded in metric order. With `published` and a key, a metric's files published
// from the same shared inputs (they read nothing else) are kept instead of being made again; with
// `cache` (serve) and a key, they are taken from the render cache when the last build made them
// from the same inputs (at 500 metrics they are some 160 MB: making them was most of a rebuild).
void add_chart_downloads(const SiteCharts& charts, const Translations& tr, const Theme& theme, OutputSet& out, Diagnostics& diags,
                         const PublishedPages* published = nullptr, const std::string& key = {}, RenderCache* cache = nullptr) {
    std::vector<const MetricChartSet*> sets;  // analysed only when its files are made (charts.find)
    charts.for_each_unanalysed([&](const MetricChartSet& set) {
        if (set.metric->status != MetricStatus::in_development) sets.push_back(&set);  // no figures to give
    });
    std::vector<std::vector<std::pair<std::string, std::string>>> made(sets.size());
    ParallelWrites writes{out.writer(), {}, {}};
    const bool keeping = published && out.writer() && !key.empty();
    const bool cached = cache && !out.writer() && !key.empty() && cache->charts_key == key;
    parallel_for(sets.size(), worker_count(), [&](size_t, size_t i) {
        std::vector<char> kept;  // a kept file is a link to the published one: never written into
        if (keeping) {
            for (auto& path : chart_download_paths(*sets[i])) {
                kept.push_back(published->keep(path, key));
                made[i].push_back({std::move(path), {}});
            }
            if (std::all_of(kept.begin(), kept.end(), [](char k) { return k; })) return;
        }
        if (cached && cache->chart_files.count(sets[i]->metric->id)) return;  // shared from the cache below
        made[i] = chart_downloads(*charts.find(sets[i]->metric->id), tr);
        if (!out.writer()) return;
        for (size_t j = 0; j < made[i].size(); ++j) {
            auto& [path, bytes] = made[i][j];
            if (j >= kept.size() || !kept[j]) {
                writes(path, bytes);
                if (keeping) published->note(path, key);
            }
            std::string().swap(bytes);
        }
    });
    writes.note(out);
    if (cache && !out.writer()) {  // serve: each file held once, shared by the cache and the output set
        if (!cached) {
            cache->chart_files.clear();
            cache->charts_key = key;
        }
        for (size_t i = 0; i < sets.size(); ++i) {
            auto& shared = cache->chart_files[sets[i]->metric->id];
            if (shared.empty())
                for (auto& [path, bytes] : made[i]) shared.push_back({path, std::make_shared<const std::string>(std::move(bytes))});
            for (const auto& [path, bytes] : shared) add_output(out, path, bytes, "", theme, diags);
        }
        return;
    }
    for (auto& files : made)
        for (auto& [path, bytes] : files) add_output(out, path, std::move(bytes), "", theme, diags, bool(out.writer()));
}

void copy_assets(const FileSystem& site, const Theme& theme, OutputSet& out) {
    const FileSystem& builtin = builtin_file_system();
    for (const auto& [path, bytes] : theme.static_files) out.put(path, bytes);
    for (const auto& path : builtin.list_files("assets"))
        if (auto bytes = builtin.read(path)) out.put(path, *bytes);
    for (const auto& path : site.list_files("assets"))  // the site's own files win
        if (auto bytes = site.read(path)) out.put(path, *bytes);
}
}  // namespace

std::optional<BuiltSite> build_site(const FileSystem& site, const PipelineOptions& options, Diagnostics& diags,
                                    RenderCache* cache) {
    PipelineOptions with_cache = options;
    if (cache && !with_cache.derived) with_cache.derived = &cache->derived;
    auto model = load_model(site, with_cache, diags);
    if (!model) return std::nullopt;
    return build_site(site, std::move(*model), with_cache, diags, cache);
}

std::string site_inputs_digest(const FileSystem& site, const SiteModel& model, const PipelineOptions& options) {
    Digest d;
    d.add(running_binary_identity().value_or("no binary"));
    d.add(options.build.build_date.iso());
    d.add(options.build.generator);
    d.add(model.config().base_url);  // as --base-url left it
    for (const auto& kind : *options.page_kinds) d.add(kind.name);
    // Every input file but the commitments' (whose outlines come next), path and bytes, read and
    // hashed on every core, folded in path order.
    std::vector<std::string> paths{"site_config.toml"};
    for (const char* folder : {"content", "themes", "assets"}) {
        auto found = site.list_files(folder);
        std::sort(found.begin(), found.end());
        for (auto& path : found)
            if (!(path.rfind("content/commitments/", 0) == 0 && path.ends_with(".md"))) paths.push_back(std::move(path));
    }
    // A file whose identity is the one it had when last hashed (common/file_system.h) is not read
    // again: the derived cache holds its hash by that identity.
    const SettledFiles* settled = options.derived ? options.settled_files : nullptr;
    std::vector<std::string> each(paths.size());
    parallel_for(paths.size(), worker_count(), [&](size_t, size_t i) {
        std::string by_identity;
        const auto identity = settled ? settled->find(paths[i]) : SettledFiles::const_iterator();
        if (settled && identity != settled->end()) {
            Digest id;
            id.add("input file hash by identity");
            id.add(paths[i]);
            id.add(static_cast<long long>(identity->second));
            by_identity = id.result();
            if (const auto kept = options.derived->find(by_identity)) {
                each[i] = *kept;
                return;
            }
        }
        Digest file;
        file.add(paths[i]);
        file.add(site.read(paths[i]).value_or("\1unreadable"));
        each[i] = file.result();
        if (!by_identity.empty()) options.derived->put(by_identity, each[i]);
    });
    for (const auto& h : each) d.add_raw(h);
    // Each commitment's outline hashed on every core, folded in site order.
    const auto& commitments = model.content.commitments;
    std::vector<std::string> outlines(commitments.size());
    parallel_for(commitments.size(), worker_count(), [&](size_t, size_t i) {
        Digest outline;
        add_commitment_outline(outline, commitments[i]);
        outlines[i] = outline.result();
    });
    for (const auto& h : outlines) d.add_raw(h);
    return d.result();
}

std::optional<BuiltSite> build_site(const FileSystem& site, SiteModel site_model, const PipelineOptions& options,
                                    Diagnostics& diags, RenderCache* cache, FileWriter stream,
                                    const PublishedPages* published) {
    // The model stays where it is from here on: the charts are made from it when first asked for.
    BuiltSite built{std::move(site_model), {}, 0, 0};
    const SiteModel& model = built.model;
    const SiteCharts charts = compute_site_charts(model, diags);
    if (diags.has_errors()) return std::nullopt;
    options.done("control charts and sentences");

    auto theme = load_theme(site, builtin_file_system(), model.config().theme, model.config().theme_where, diags);
    if (!theme) return std::nullopt;
    {
        Renderer checker(*theme);
        if (!checker.check(diags)) return std::nullopt;
    }
    if (cache) {  // pages rendered with other templates are not kept
        if (const std::string key = theme_key(*theme); cache->theme_key != key) {
            cache->pages.clear();
            cache->theme_key = key;
        }
    }
    std::optional<StreamedPages> streamed;
    PageFinisher finish;
    if (stream && !cache) {
        streamed.emplace(*theme, stream);
        streamed->published = published;
        finish = [&](size_t worker, size_t, PageView& page) { streamed->finish(worker, page); };
    }
    // Pages whose inputs are unchanged since the last build are kept, not made again: from the
    // published site (build) or from the pages rendered last time (serve).
    std::optional<PageReuse> reuse;
    if ((published && streamed) || cache) {
        reuse.emplace();
        reuse->site_inputs = site_inputs_digest(site, model, options);
        reuse->derived = options.derived;
        if (cache) {
            reuse->have = [cache](const std::string& path, const std::string& key) {
                const auto it = cache->pages.find(path);
                return it != cache->pages.end() && it->second.inputs_key == key;
            };
        } else {
            reuse->have = published->keep;
        }
        options.done("site inputs digest");
    }
    // The search entries are made once (every body turned to plain text): written as the search
    // documents, then, without their text, the A to Z's entries.
    std::vector<SearchItem> search = search_items(*options.page_kinds, model);
    DerivedCache* derived = options.derived;  // serve's: its render cache's (set by the overload above)
    SearchDocuments search_documents = search_documents_json(search, derived);  // takes the items' text
    // Streaming, the documents are written now, from their pieces, and let go, rather than held
    // through the page build (at 10,000 commitments they are 56 MB, a sixth of the build's peak
    // memory); written beside the page build, which seldom keeps both cores busy when most pages
    // are kept. Joined before they are recorded below (and when anything throws).
    const std::string search_path(search_documents_path);
    bool search_documents_written = false;
    std::jthread search_writer;
    if (stream && is_safe_output_path(search_path))
        search_writer = std::jthread([&] {
            search_documents_written = stream(search_path, search_documents.pieces);
            if (search_documents_written) search_documents = {};
        });
    options.done("search entries and documents");
    std::vector<PageView> pages =
        build_page_views(model, charts, options.build, *options.page_kinds, finish, std::move(search), reuse ? &*reuse : nullptr);
    built.pages = pages.size();
    built.kept = static_cast<size_t>(std::count_if(pages.begin(), pages.end(), [](const PageView& p) { return p.reused; }));
    built.files.write_through(stream);
    copy_assets(site, *theme, built.files);
    if (streamed) streamed->record(pages, *theme, built.files, diags);
    else render_pages(*theme, pages, built.files, diags, cache);
    options.done("pages made, rendered and written");
    // A theme may ship its own robots.txt, feed or sitemap, which then replaces the generated one;
    // chart data must always match the pages, so it is never replaced.
    static const std::set<std::string> replaceable = {"robots.txt", "feed.xml", "sitemap.xml"};
    for (auto& [path, bytes] : build_site_files(built.model, pages, options.build))
        if (!(replaceable.count(path) && built.files.contains(path)))
            add_output(built.files, path, std::move(bytes), "", *theme, diags);
    options.done("feed, sitemap and other site files");
    add_chart_downloads(charts, built.model.translations, *theme, built.files, diags, streamed ? published : nullptr,
                        reuse ? page_inputs_key(reuse->site_inputs, kOnlySharedInputs) : std::string(), cache);
    if (search_writer.joinable()) search_writer.join();
    add_output(built.files, search_path, search_documents_written ? std::string() : search_documents.joined(), "", *theme,
               diags, search_documents_written);
    options.done("chart downloads and search documents written");
    if (cache && derived == &cache->derived) derived->forget_unused();  // serve holds only what the last build used
    if (diags.has_errors()) return std::nullopt;
    return built;
}

namespace {
// An environment value as it can be shown in one line of a message: control bytes as '?', cut short.
std::string shown_value(const std::string& value) {
    std::string out = value.substr(0, 40);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    return value.size() > 40 ? out + "..." : out;
}
}  // namespace

Date build_date_from_environment() {
    std::time_t now = std::time(nullptr);
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) {
        // Whole seconds since 1970 up to the end of year 9999: anything else is a mistake in the
        // build's environment that would otherwise print a nonsense date on every page.
        constexpr long long kLast = 253402300799;  // 9999-12-31T23:59:59Z
        const std::string text = epoch;
        const bool digits = text.size() <= 12 && text.find_first_not_of("0123456789") == std::string::npos;
        if (!digits || std::stoll(text) > kLast)
            throw EnvironmentError("SOURCE_DATE_EPOCH `" + shown_value(text) + "` is not a time stamp; set it to whole seconds since 1970-01-01 UTC (like the output "
                                   "of `git log -1 --format=%ct`), or unset it to date the build today");
        now = static_cast<std::time_t>(std::stoll(text));
    }
    std::tm tm{};
    gmtime_r(&now, &tm);
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace scrutiny
