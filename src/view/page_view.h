// A page ready to render: where it is written, which template draws it, and its view: the keys
// every page shares (the base layout and partials) plus its kind's own struct.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "view/view_fields.h"

namespace scrutiny {

struct NavLink {
    std::string label, href;
    bool current = false;
    template <class V>
    void fields(V& v) {
        v("label", label, "The link's text.");
        v("href", href, "Its URL.");
        v("current", current, "True on the page the link leads to (or a page inside its section).");
    }
};

struct Breadcrumb {
    std::string label, href;
    template <class V>
    void fields(V& v) {
        v("label", label, "The page's title.");
        v("href", href, "Its URL.");
    }
};

// A link with a title.
struct TitledLink {
    std::string title, href;
    template <class V>
    void fields(V& v) {
        v("title", title, "The page's title.");
        v("href", href, "Its URL.");
    }
};

struct Script {
    std::string src;
    template <class V>
    void fields(V& v) {
        v("src", src, "The script's URL; load it with `defer`.");
    }
};

// The words a theme writes itself: the translation table's [theme] section in the site's
// language, as nested groups (`[theme.commitment] activities` is {{t.commitment.activities}}).
// Built once per build (theme_words in page_common.h); every page gets its own copy, since
// rendering moves the strings out.
struct Words {
    std::string name;
    std::vector<std::pair<std::string, std::string>> words;
    std::vector<Words> groups;
    template <class V>
    void fields(V& v) {
        for (auto& [key, text] : words) v(key, text, "");
        for (auto& group : groups) v(group.name, group, "");
    }
};

// What the base layout and the header and footer partials show on every page.
struct BaseView {
    std::string lang, title, document_title, description, site_title, organisation, root, home_href, canonical,
        favicon, favicon_type, theme_colour, stylesheet, print_stylesheet, feed_href, search_href;
    std::vector<NavLink> nav;
    std::vector<Breadcrumb> breadcrumbs;
    std::vector<TitledLink> footer_pages;
    std::vector<Script> scripts;
    Words t;

    template <class V>
    void fields(V& v) {
        v("lang", lang, "The site's language tag, for `<html lang>`: en-GB.");
        v("title", title, "The page's own title (its heading).");
        v("document_title", document_title, "The title for `<title>`: the page's title, then the site's.");
        v("description", description, "One sentence about the page, for the meta description (the site's when the page has none).");
        v("site_title", site_title, "The site's title.");
        v("organisation", organisation, "Who publishes the site.");
        v("root", root, "The site's root relative to this page: `../../` (on the not-found page, the absolute path of base_url).");
        v("home_href", home_href, "The home page's URL.");
        v("canonical", canonical, "The page's full address under base_url, for the canonical link and `og:url`.");
        v("favicon", favicon, "The icon's URL (the site's `favicon`, or the theme's assets/favicon.svg).");
        v("favicon_type", favicon_type, "The icon's media type, for `<link rel=\"icon\" type>`: image/svg+xml.");
        v("theme_colour", theme_colour, "The colour for `<meta name=\"theme-color\">`: the site's `theme_colour`, #12355b unless set.");
        v("stylesheet", stylesheet, "The site stylesheet's URL.");
        v("print_stylesheet", print_stylesheet, "The print stylesheet's URL.");
        v("feed_href", feed_href, "The Atom feed's URL.");
        v("search_href", search_href, "The A to Z page's URL.");
        v("nav", nav, "The main navigation, in order.");
        v("breadcrumbs", breadcrumbs, "The pages above this one, home first (empty on the home page).");
        v("footer_pages", footer_pages, "The pages with a `weight`, lightest first.");
        v("scripts", scripts, "Scripts this page needs (only pages that draw charts have any).");
        v("t", t, "The words the templates write themselves, in the site's language: `{{t.<group>.<key>}}` (listed under \"Words\" below).");
    }
};

struct PageView {
    std::string dir;            // "" for home; written as dir/index.html (a name ending .html as it is)
    std::string template_name;  // the theme template: its kind's name, "home", "commitment", ...
    std::string source_file;    // the content file the page comes from ("" for site-wide pages)
    BaseView base;
    std::unique_ptr<AnyView> body;  // the kind's own keys
    bool in_sitemap = true;
    // For a page whose inputs are known before it is made (view/page_inputs.h): their key, and
    // whether the caller already held the page as made from those inputs, so no view was made
    // (body empty) and the caller supplies the output.
    std::string inputs_key;
    bool reused = false;

    // Base keys first, then the kind's: a kind's key of the same name wins.
    void visit(FieldVisitor& out) {
        visit_fields(base, out);
        if (body) body->visit(out);
    }
    std::string output_path() const;  // "commitments/a1/index.html", "index.html", "404.html"
};

}  // namespace scrutiny
