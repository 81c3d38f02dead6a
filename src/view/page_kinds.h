// The registry of page kinds, like ninja's table of tools: each kind names its template, the
// folder its pages live in, how its pages are enumerated from the model, and what it adds to
// the A to Z, the main navigation and the sitemap. Adding a kind of page means a parser (if
// it is new content), a view struct, a template, and one entry here.
#pragma once

#include <functional>
#include <string>
#include <type_traits>
#include <vector>

#include "common/diagnostics.h"
#include "view/page_common.h"
#include "view/view_index.h"

namespace scrutiny {

// Makes one page. A maker may say, before making anything, where its page goes and a digest of
// what the page reads beyond the site's shared inputs (`own_inputs`, view/page_inputs.h): a
// rebuild that still holds the page as made from the same inputs then does not make it again.
struct PageMaker {
    std::function<PageView()> make;
    std::string dir, source_file, own_inputs;  // own_inputs empty: the page is always made

    template <class Make, class = std::enable_if_t<std::is_invocable_r_v<PageView, Make>>>
    PageMaker(Make m) : make(std::move(m)) {}
    PageMaker(std::function<PageView()> m, std::string dir, std::string source_file, std::string own_inputs)
        : make(std::move(m)), dir(std::move(dir)), source_file(std::move(source_file)), own_inputs(std::move(own_inputs)) {}
};

// The keys of a view struct, for the theme reference: keys_of<CommitmentView>.
template <class View>
void keys_of(FieldVisitor& out) {
    View example{};
    visit_fields(example, out);
}

struct PageKind {
    std::string name;     // "commitment"; its pages are drawn by templates/<name>.mustache
    std::string section;  // the folder its pages live in ("commitments"), "" when they sit at the root
    std::string about;    // for the theme reference: what the pages are and where they live
    void (*keys)(FieldVisitor&) = nullptr;  // its view's keys: keys_of<TheView>
    // One maker per page, in page order; makers run in parallel and read only the context.
    std::function<void(const PageContext&, std::vector<PageMaker>&)> pages;
    // What the kind adds to the A to Z (nothing when empty).
    std::function<void(const SiteModel&, std::vector<SearchItem>&)> search;
    // Its links in the main navigation (nothing when empty), placed by nav_rank.
    std::function<void(const SiteModel&, std::vector<NavEntry>&)> nav;
    int nav_rank = 0;
    bool in_sitemap = true;
};

// The built-in kinds, in the order their pages are built and listed in the sitemap.
const std::vector<PageKind>& builtin_page_kinds();

// The navigation the kinds make, ordered by rank (then registry order).
std::vector<NavEntry> navigation(const std::vector<PageKind>& kinds, const SiteModel& model);
// Every kind's A to Z entries, in registry order.
std::vector<SearchItem> search_items(const std::vector<PageKind>& kinds, const SiteModel& model);

// True for a name no free page may take: a kind's folder, or the data and assets folders.
bool is_reserved_page_slug(const std::string& slug, const std::vector<PageKind>& kinds = builtin_page_kinds());

// Pages must not take a folder the site uses, and two files must not share an address.
void check_page_addresses(const SiteModel& model, Diagnostics& diags,
                          const std::vector<PageKind>& kinds = builtin_page_kinds());

}  // namespace scrutiny
