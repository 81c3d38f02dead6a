// The view stage: one typed view per page (what its template shows, every label, URL, number
// and sentence already computed), and the site's non-HTML files.
#pragma once

#include <optional>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "view/metric_charts.h"
#include "view/page_kinds.h"
#include "view/row_views.h"

namespace scrutiny {

// Called on the worker that made page `i`, as soon as it is made: `build` renders and writes the
// page there and lets go of its view, so the views of a large site are never all in memory.
using PageFinisher = std::function<void(size_t worker, size_t i, PageView& page)>;

// Pages an earlier build made, which this one may use instead of making them again.
struct PageReuse {
    std::string site_inputs;  // the digest of the site's shared inputs (view/page_inputs.h)
    // True when the caller holds the page at this output path as made from inputs with this key
    // (and has put it in this build's output itself); called from every core at once.
    std::function<bool(const std::string& output_path, const std::string& key)> have;
    DerivedCache* derived = nullptr;  // derived data kept from the last build (common/derived_cache.h)
};

// Every HTML page of the given kinds, in registry order. Pure: each page's view depends only on
// the model, the charts and the build info, so pages are built in parallel. With `reuse`, a
// page the caller already has (PageView::reused) is not made: it keeps only its place.
std::vector<PageView> build_page_views(const SiteModel& model, const SiteCharts& charts, const BuildInfo& build,
                                       const std::vector<PageKind>& kinds = builtin_page_kinds(),
                                       const PageFinisher& finish = {},
                                       std::optional<std::vector<SearchItem>> search = std::nullopt,  // made when not given
                                       const PageReuse* reuse = nullptr);

// Feed, sitemap and robots.txt: (output path, bytes). Chart downloads: chart_downloads().
std::vector<std::pair<std::string, std::string>> build_site_files(const SiteModel& model, const std::vector<PageView>& pages,
                                                                   const BuildInfo& build);

// Page builders, one per kind (content_pages.cpp, measure_page.cpp, reference_pages.cpp, report_pages.cpp).
PageView home_page(const PageContext& c);
PageView objective_page(const PageContext& c, const Objective& o);
PageView commitment_page(const PageContext& c, const Commitment& commitment);
PageView measure_page(const PageContext& c, const Metric& metric);
PageView glossary_page(const PageContext& c);
PageView sessions_page(const PageContext& c);
PageView session_page(const PageContext& c, const Session& s);
PageView free_page(const PageContext& c, const Page& p);
PageView reports_page(const PageContext& c);
PageView report_page(const PageContext& c, const FinancialQuarter& q);
PageView search_page(const PageContext& c);
PageView national_measures_page(const PageContext& c);  // national_measures_page.cpp
// The statement as it stood at the end of a quarter, at reports/<year>-q<n>/national-measures/.
PageView quarter_national_measures_page(const PageContext& c, const FinancialQuarter& q);
PageView areas_page(const PageContext& c);
// Links to the area pages, in the site's order, but for `except` (home, areas/, each area page).
std::vector<AreaLink> area_links(const PageBuilder& page, const SiteModel& model, const std::string& except = "");
PageView area_page(const PageContext& c, const Area& a);
PageView not_found_page(const PageContext& c);

// One area's control chart as the measure page draws it, for any page that shows it (measure and
// report pages): its caption, its accessible name and the SVG, whose ids start with `id`.
struct ChartFigure {
    std::string figcaption, label, description;
    Html svg;
};
ChartFigure area_chart_figure(const Translations& tr, const Metric& metric, const view::AreaChartData& area, const std::string& id);
// Its words only (no SVG drawn), for a page that shows the chart's file.
ChartFigure area_chart_words(const Translations& tr, const Metric& metric, const view::AreaChartData& area);
// The id of the whole force's chart drawn as a file (data/metrics/<id>.svg): chart-<metric id>.
inline std::string chart_file_id(const std::string& metric_id) { return "chart-" + metric_id; }

// A measure's row in a summary table (home, objective and report pages).
MeasureRow measure_summary_row(PageBuilder& page, const Translations& tr, const Metric& metric, const MetricChartSet* charts);
// The same row for one area's chart, linking to the measure page opened on that area; says so
// when the measure has no figures for the area.
MeasureRow measure_area_row(PageBuilder& page, const Metric& metric, const MetricChartSet* charts, const Area& area,
                            const Translations& tr);

}  // namespace scrutiny
