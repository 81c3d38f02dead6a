// What every page view shares: its place in the site (path, relative root), the site's
// header, navigation and footer, and formatting of dates, statuses and badges.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/entities.h"
#include "view/term_marking.h"

namespace scrutiny {

struct SiteModel;
using Json = nlohmann::ordered_json;

// Facts about this build that are not content (kept out of the views' inputs otherwise,
// so views stay pure).
struct BuildInfo {
    Date build_date;              // from SOURCE_DATE_EPOCH, or the day of the build
    std::string generator = "scrutiny";
};

// A page being built: where it lives and the per-page glossary state.
class PageBuilder {
public:
    // `dir` is the page's folder ("" for home, "commitments/a3"); it is written as dir/index.html.
    PageBuilder(const SiteModel& model, std::string dir, std::string nav_key);

    // The URL of a site folder ("glossary", "" for home) or file ("data/metrics/x.json")
    // relative to this page.
    std::string href(const std::string& target) const;
    std::string href_dir(const std::string& dir) const { return href(dir.empty() ? "" : dir + "/"); }
    const std::string& root() const { return root_; }
    const std::string& dir() const { return dir_; }

    // Markdown to HTML with this page's glossary marking and link rewriting.
    std::string markdown(const std::string& text, int heading_shift);

    // The base layout's keys: title, site, navigation, breadcrumbs, footer, stylesheet.
    Json base(const std::string& title, const std::string& description,
              const std::vector<std::pair<std::string, std::string>>& breadcrumbs) const;

private:
    const SiteModel* model_;
    std::string dir_, nav_key_, root_;
    TermMarker terms_;
};

// Every update of the site, newest first (by quarter, then publication date, then ref):
// the home page's latest updates and the feed.
struct SiteUpdate {
    const Commitment* commitment;
    const Update* update;
};
std::vector<SiteUpdate> site_updates_newest_first(const SiteModel& model);

std::string format_date(const Date& d);  // "26 January 2021", or "January 2021" for a whole month
// When a session happened, as exactly as the papers say: a day, a month or a quarter. The ISO
// form is empty for a quarter, which has no HTML date form.
std::string session_date_label(const Session& s);
std::string session_date_iso(const Session& s);
std::string status_class(Status s);      // "status-in-progress"

}  // namespace scrutiny
