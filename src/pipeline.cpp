#include "pipeline.h"

#include <cstdlib>
#include <ctime>
#include <memory>
#include <set>

#include "common/parallel.h"
#include "common/text.h"

#include "content/content_loader.h"
#include "publish/builtin_files.h"
#include "render/renderer.h"
#include "render/theme.h"
#include "view/metric_charts.h"
#include "view/site_views.h"
#include "view/view_digest.h"

namespace scrutiny {

std::optional<SiteModel> load_model(const FileSystem& site, const PipelineOptions& options, Diagnostics& diags) {
    auto content = load_site(site, diags);
    if (!content) return std::nullopt;
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

// Content checks keep web addresses unique; this is the last guard, so no file is ever
// silently overwritten or written outside the output folder. The only files already in `out`
// are the theme's and the site's static files, so a clash is with one of those.
void add_output(OutputSet& out, const std::string& path, std::string bytes, const std::string& source,
                const Theme& theme, Diagnostics& diags) {
    switch (out.add(path, std::move(bytes))) {
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

// Renders pages on every core; each worker has its own renderer and diagnostics, and results
// land in page order, so the output does not depend on scheduling.
void render_pages(const Theme& theme, std::vector<PageView>& pages, OutputSet& out, Diagnostics& diags,
                  RenderCache* cache) {
    const size_t workers = worker_count();
    std::vector<std::string> html(pages.size()), views(pages.size());
    std::vector<char> reuse(pages.size(), 0);
    if (cache) {
        const std::string key = theme_key(theme);
        if (cache->theme_key != key) {
            cache->pages.clear();
            cache->theme_key = key;
        }
        for (size_t i = 0; i < pages.size(); ++i) {
            views[i] = view_digest(pages[i]);
            auto it = cache->pages.find(pages[i].output_path());
            if (it != cache->pages.end() && it->second.first == views[i]) {
                html[i] = it->second.second;
                reuse[i] = 1;
            }
        }
    }
    std::vector<Diagnostics> worker_diags(workers);
    std::vector<std::unique_ptr<Renderer>> renderers(workers);  // made lazily, one per worker
    parallel_for(pages.size(), workers, [&](size_t w, size_t i) {
        if (reuse[i]) return;
        if (!renderers[w]) renderers[w] = std::make_unique<Renderer>(theme);
        html[i] = renderers[w]->render_page(pages[i], worker_diags[w]);
    });
    for (const auto& d : worker_diags) diags.append(d);
    if (cache) {
        std::map<std::string, std::pair<std::string, std::string>> next;
        cache->reused = 0;
        for (size_t i = 0; i < pages.size(); ++i) {
            cache->reused += reuse[i];
            next[pages[i].output_path()] = {std::move(views[i]), html[i]};
        }
        cache->pages = std::move(next);
    }
    for (size_t i = 0; i < pages.size(); ++i)
        add_output(out, pages[i].output_path(), std::move(html[i]), pages[i].source_file, theme, diags);
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
    auto model = load_model(site, options, diags);
    if (!model) return std::nullopt;
    const SiteCharts charts = compute_site_charts(*model, diags);
    if (diags.has_errors()) return std::nullopt;

    auto theme = load_theme(site, builtin_file_system(), model->config().theme, model->config().theme_where, diags);
    if (!theme) return std::nullopt;
    {
        Renderer checker(*theme);
        if (!checker.check(diags)) return std::nullopt;
    }
    std::vector<PageView> pages = build_page_views(*model, charts, options.build, *options.page_kinds);
    BuiltSite built{std::move(*model), {}, pages.size()};
    copy_assets(site, *theme, built.files);
    render_pages(*theme, pages, built.files, diags, cache);
    // A theme may ship its own robots.txt, feed or sitemap, which then replaces the generated one;
    // chart data must always match the pages, so it is never replaced.
    static const std::set<std::string> replaceable = {"robots.txt", "feed.xml", "sitemap.xml"};
    for (auto& [path, bytes] : build_site_files(built.model, charts, pages, options.build))
        if (!(replaceable.count(path) && built.files.contains(path)))
            add_output(built.files, path, std::move(bytes), "", *theme, diags);
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
