// The view stage: one JSON view per page (what its template shows, every label, URL,
// number and sentence already computed), and the site's non-HTML files.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "view/metric_charts.h"
#include "view/page_common.h"

namespace scrutiny {

struct PageView {
    std::string dir;            // "" for home; written as dir/index.html ("404.html" for not_found)
    std::string template_name;  // the theme template: "home", "commitment", ...
    Json view;
    std::string source_file;    // the content file the page comes from ("" for site-wide pages)
};

// Every HTML page, in a fixed order. Pure: each page's view depends only on the model,
// the charts and the build info, so pages can be built in parallel.
std::vector<PageView> build_page_views(const SiteModel& model, const SiteCharts& charts, const BuildInfo& build);

// Feed, sitemap, robots.txt and chart downloads: (output path, bytes).
std::vector<std::pair<std::string, std::string>> build_site_files(const SiteModel& model, const SiteCharts& charts,
                                                                   const std::vector<PageView>& pages,
                                                                   const BuildInfo& build);

// Page builders, one per kind (content_pages.cpp, reference_pages.cpp).
PageView home_page(const SiteModel& m, const SiteCharts& charts);
PageView objective_page(const SiteModel& m, const SiteCharts& charts, const Objective& o);
PageView commitment_page(const SiteModel& m, const SiteCharts& charts, const Commitment& c);
PageView measure_page(const SiteModel& m, const SiteCharts& charts, const Metric& metric);
PageView glossary_page(const SiteModel& m);
PageView sessions_page(const SiteModel& m);
PageView session_page(const SiteModel& m, const Session& s);
PageView free_page(const SiteModel& m, const Page& p, const BuildInfo& build);
std::vector<PageView> report_pages(const SiteModel& m, const SiteCharts& charts);
PageView search_page(const SiteModel& m);
PageView not_found_page(const SiteModel& m);

// A measure's row in a summary table (home, objective and report pages).
Json measure_summary_row(PageBuilder& page, const Metric& metric, const MetricChartSet* charts);

}  // namespace scrutiny
