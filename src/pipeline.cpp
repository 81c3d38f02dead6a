#include "pipeline.h"

#include <cstdlib>
#include <ctime>
#include <thread>

#include "content/content_loader.h"
#include "publish/builtin_files.h"
#include "render/renderer.h"
#include "render/theme.h"
#include "view/metric_charts.h"
#include "view/site_views.h"

namespace scrutiny {

std::optional<SiteModel> load_model(const FileSystem& site, const PipelineOptions& options, Diagnostics& diags) {
    auto content = load_site(site, diags);
    if (!content) return std::nullopt;
    if (options.base_url) {
        content->config.base_url = *options.base_url;
        if (!content->config.base_url.empty() && content->config.base_url.back() != '/') content->config.base_url += '/';
    }
    SiteModel model = build_site_model(std::move(*content), diags);
    if (diags.has_errors()) return std::nullopt;
    return model;
}

namespace {
// Renders pages on every core; each worker has its own renderer and diagnostics, and results
// land in page order, so the output does not depend on scheduling.
void render_pages(const Theme& theme, const std::vector<PageView>& pages, OutputSet& out, Diagnostics& diags) {
    const size_t workers = std::max<size_t>(1, std::min<size_t>(std::thread::hardware_concurrency(), 8));
    std::vector<std::string> html(pages.size());
    std::vector<Diagnostics> worker_diags(workers);
    auto work = [&](size_t w) {
        Renderer renderer(theme);
        for (size_t i = w; i < pages.size(); i += workers)
            html[i] = renderer.render_page(pages[i].template_name, pages[i].view, worker_diags[w]);
    };
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers; ++w) threads.emplace_back(work, w);
    work(0);
    for (auto& t : threads) t.join();
    for (const auto& d : worker_diags) diags.append(d);
    for (size_t i = 0; i < pages.size(); ++i) {
        const std::string path = pages[i].dir.size() > 5 && pages[i].dir.compare(pages[i].dir.size() - 5, 5, ".html") == 0
                                     ? pages[i].dir
                                     : (pages[i].dir.empty() ? "index.html" : pages[i].dir + "/index.html");
        if (!out.add(path, std::move(html[i])))
            diags.error({"", 0, 0}, "refused to write outside the output folder: " + path);
    }
}

void copy_assets(const FileSystem& site, const Theme& theme, OutputSet& out) {
    const FileSystem& builtin = builtin_file_system();
    for (const auto& [path, bytes] : theme.static_files) out.add(path, bytes);
    for (const auto& path : builtin.list_files("assets"))
        if (auto bytes = builtin.read(path)) out.add(path, *bytes);
    for (const auto& path : site.list_files("assets"))  // the site's own files win
        if (auto bytes = site.read(path)) out.add(path, *bytes);
}
}  // namespace

std::optional<BuiltSite> build_site(const FileSystem& site, const PipelineOptions& options, Diagnostics& diags) {
    auto model = load_model(site, options, diags);
    if (!model) return std::nullopt;
    const SiteCharts charts = compute_site_charts(*model, diags);
    if (diags.has_errors()) return std::nullopt;

    auto theme = load_theme(site, builtin_file_system(), model->config().theme,
                            {model->config().source_file, 0, 0}, diags);
    if (!theme) return std::nullopt;
    {
        Renderer checker(*theme);
        if (!checker.check(diags)) return std::nullopt;
    }
    const std::vector<PageView> pages = build_page_views(*model, charts, options.build);
    BuiltSite built{std::move(*model), {}, pages.size()};
    copy_assets(site, *theme, built.files);
    render_pages(*theme, pages, built.files, diags);
    for (auto& [path, bytes] : build_site_files(built.model, charts, pages, options.build)) built.files.add(path, std::move(bytes));
    if (diags.has_errors()) return std::nullopt;
    return built;
}

Date build_date_from_environment() {
    std::time_t now = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        const long long v = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0' && end != epoch) now = static_cast<std::time_t>(v);
    }
    std::tm tm{};
    gmtime_r(&now, &tm);
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace scrutiny
