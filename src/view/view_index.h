// What page builders look up, indexed once per build, so no page scans the whole site
// (at 10,000 commitments a per-page scan makes the build quadratic).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "model/site_model.h"
#include "view/page_view.h"

namespace scrutiny {

class DerivedCache;

// An update with its commitment.
struct SiteUpdate {
    const Commitment* commitment;
    const Update* update;
};

// A link in the main navigation; `key` marks the current page.
struct NavEntry {
    std::string key, label, dir;
};

// An entry of the A to Z and of the search box: `target` is a folder ("commitments/a3") or, when
// `folder` is false, a file path with an anchor ("glossary/#pcp"), as PageBuilder::href_dir and
// href take them. `ref` and `text` (plain text: a body, its updates) are searched as well as the
// title; an item the A to Z would only repeat (a glossary term) is for the search box alone.
// An item whose text is costly to make (a commitment's body and updates as plain text) may give,
// instead of `text`, a digest of what the text is made from (`text_key`) and how to make it: its
// search document is then taken from the last build's when that key is unchanged.
struct SearchItem {
    std::string title, target, kind;
    bool folder = true;
    std::string ref = {}, text = {};
    bool in_a_to_z = true;
    std::string text_key = {};
    std::function<std::string()> make_text = {};
};

struct ViewIndex {
    std::map<std::string, std::vector<const Commitment*>> commitments_by_objective;  // file order
    std::map<std::string, std::vector<const Commitment*>> named_in_see_also_by;      // ref -> referrers, once per mention
    std::map<std::string, std::vector<const Commitment*>> commitments_by_metric;     // once per mention
    std::map<std::string, std::vector<const Metric*>> metrics_by_objective;          // "" for other measures
    std::map<std::string, int> sessions_by_mechanism;
    // Content names no area by id, so these hold what mentions an area's name in its words (every
    // area but the whole-force one, which nearly everything is about): area id -> site order.
    std::map<std::string, std::vector<const Commitment*>> commitments_naming_area;
    std::map<std::string, std::vector<const Session*>> sessions_naming_area;
    std::map<FinancialQuarter, std::vector<const Commitment*>, std::greater<>> commitments_by_quarter;  // with an update in it
    std::vector<SiteUpdate> updates_newest_first;  // by quarter, then publication date, then ref
    std::vector<const Page*> footer_pages;         // pages with a weight, lightest first
    std::vector<NavEntry> nav;                     // the main navigation, in order
    std::vector<SearchItem> search;                // the A to Z's entries, unsorted
    Words words;                                   // the templates' own words (`t`), made once

    template <class Map>
    static const auto& find(const Map& map, const typename Map::key_type& key) {
        static const typename Map::mapped_type empty{};
        auto it = map.find(key);
        return it == map.end() ? empty : it->second;
    }
};

// Every update of the site, newest first (by quarter, then publication date, then ref): the
// home page's latest updates and the feed; only the first `at_most` of them (the feed's 50 without
// sorting the other 45,000 of a large site).
std::vector<SiteUpdate> site_updates_newest_first(const SiteModel& model, size_t at_most = SIZE_MAX);
// The home page's latest updates: the first six commitments of index.updates_newest_first, each
// once, with its newest update.
std::vector<SiteUpdate> home_latest_updates(const ViewIndex& index);

// `nav` and `search` come from the page kinds (page_kinds.h). With `cache`, which areas a
// commitment names is taken from there when its words and the areas' names are unchanged.
ViewIndex index_for_views(const SiteModel& model, std::vector<NavEntry> nav, std::vector<SearchItem> search,
                          DerivedCache* cache = nullptr);

}  // namespace scrutiny
