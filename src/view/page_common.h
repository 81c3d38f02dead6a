// What every page view shares: its place in the site (folder, root, URLs relative to it), the
// base layout's keys, Markdown with the page's glossary marking, and date and status words.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/translations.h"
#include "content/entities.h"
#include "view/page_view.h"
#include "view/build_info.h"
#include "view/term_marking.h"

namespace scrutiny {

struct SiteModel;
class SiteCharts;
struct ViewIndex;

// What every page builder reads; all of it is shared, read-only, by pages built in parallel.
struct PageContext {
    const SiteModel& model;
    const SiteCharts& charts;
    const BuildInfo& build;
    const ViewIndex& index;
};

// A page being built: where it lives and the per-page glossary state.
class PageBuilder {
public:
    // `dir` is the page's folder ("" for home, "commitments/a3"); links are relative to it.
    PageBuilder(const PageContext& context, std::string dir, std::string nav_key);
    // A page served at any address (the not-found page): every link starts at `absolute_root`
    // ("/" or base_url's path, "/plan/").
    static PageBuilder absolute(const PageContext& context, std::string absolute_root);

    // The URL of a site folder ("glossary", "" for home) or file ("data/metrics/x.json")
    // relative to this page.
    std::string href(const std::string& target) const;
    std::string href_dir(const std::string& dir) const { return href(dir.empty() ? "" : dir + "/"); }
    // The published address of a site folder: base_url + dir + "/", for what must be read on
    // paper (a printed report's links).
    std::string absolute_dir(const std::string& dir) const;
    const std::string& root() const { return root_; }
    const std::string& dir() const { return dir_; }

    // Markdown to HTML with this page's glossary marking and link rewriting.
    Html markdown(std::string_view text, int heading_shift);

    // The base layout's keys: title, site, navigation, breadcrumbs (label, folder), footer.
    BaseView base(const std::string& title, const std::string& description,
                  const std::vector<std::pair<std::string, std::string>>& breadcrumbs) const;

    // The finished page: this builder's folder, the shared keys and the kind's view (the
    // registry names the template).
    template <class View>
    PageView page(BaseView base, View view, std::string source_file = {}) const {
        PageView out;
        out.dir = dir_;
        out.source_file = std::move(source_file);
        out.base = std::move(base);
        out.body = erase_view(std::move(view));
        return out;
    }

private:
    PageBuilder(const PageContext& context, std::string dir, std::string nav_key, std::string root);
    const PageContext* context_;
    std::string dir_, nav_key_, root_;
    TermMarker terms_;
};

// The table's [theme] words as the `t` every template sees.
Words theme_words(const Translations& tr);

// When a session happened, as exactly as the papers say: a day, a month or a quarter. The ISO
// form is empty for a quarter, which has no HTML date form.
std::string session_date_label(const Translations& tr, const Session& s);
std::string session_date_iso(const Session& s);
std::string status_text(const Translations& tr, Status s);  // "In progress"
std::string status_class(Status s);      // "status-in-progress"

}  // namespace scrutiny
