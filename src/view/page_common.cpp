#include "view/page_common.h"

#include "common/calendar.h"
#include "common/text.h"
#include "content/markdown.h"
#include "model/site_model.h"
#include "view/site_urls.h"
#include "view/view_index.h"

namespace scrutiny {

namespace {
std::string root_for(const std::string& dir) {
    if (dir.empty()) return "./";
    std::string root;
    size_t depth = 1;
    for (char c : dir) depth += c == '/';
    for (size_t i = 0; i < depth; ++i) root += "../";
    return root;
}
}  // namespace

PageBuilder::PageBuilder(const PageContext& context, std::string dir, std::string nav_key, std::string root)
    : context_(&context), dir_(std::move(dir)), nav_key_(std::move(nav_key)), root_(std::move(root)),
      terms_(context.model.content.terms, root_ + std::string(urls::glossary) + "/") {}

PageBuilder::PageBuilder(const PageContext& context, std::string dir, std::string nav_key)
    : PageBuilder(context, dir, std::move(nav_key), root_for(dir)) {}

PageBuilder PageBuilder::absolute(const PageContext& context, std::string absolute_root) {
    return PageBuilder(context, "", "none", std::move(absolute_root));
}

std::string PageBuilder::href(const std::string& target) const {
    if (target.empty()) return root_;
    return root_ == "./" ? target : root_ + target;
}

Html PageBuilder::markdown(const std::string& text, int heading_shift) {
    MarkdownOptions options;
    options.heading_shift = heading_shift;
    options.transform = [this](cmark_node* document) {
        relativise_links(document, root_);
        terms_.mark(document);
    };
    return {render_markdown(text, options)};
}

BaseView PageBuilder::base(const std::string& title, const std::string& description,
                           const std::vector<std::pair<std::string, std::string>>& breadcrumbs) const {
    const auto& config = context_->model.config();
    BaseView b;
    b.lang = config.language;
    b.title = title;
    b.document_title = title == config.title ? title : title + " | " + config.title;
    b.description = description.empty() ? config.description : description;
    b.site_title = config.title;
    b.organisation = config.organisation;
    b.root = root_;
    b.home_href = href("");
    b.canonical = config.base_url + (dir_.empty() ? "" : dir_ + "/");
    const std::string icon = config.favicon.empty() ? std::string(urls::assets) + "/favicon.svg" : config.favicon;
    b.favicon = href(icon);
    const std::string lower = ascii_lower(icon);
    b.favicon_type = lower.ends_with(".png") ? "image/png" : lower.ends_with(".ico") ? "image/x-icon" : "image/svg+xml";
    b.theme_colour = config.theme_colour;
    b.stylesheet = href(std::string(urls::assets) + "/css/site.css");
    b.print_stylesheet = href(std::string(urls::assets) + "/css/print.css");
    b.feed_href = href("feed.xml");
    b.search_href = href_dir(std::string(urls::search));
    b.nav.reserve(context_->index.nav.size());
    for (const auto& n : context_->index.nav) b.nav.push_back({n.label, href_dir(n.dir), n.key == nav_key_});
    for (const auto& [label, dir] : breadcrumbs) b.breadcrumbs.push_back({label, href_dir(dir)});
    for (const Page* p : context_->index.footer_pages) b.footer_pages.push_back({p->title, href_dir(p->slug)});
    return b;
}

std::string format_date(const Date& d) {
    return d.label();
}

std::string session_date_label(const Session& s) { return s.quarter ? s.quarter->months_label() : s.date.label(); }
std::string session_date_iso(const Session& s) { return s.quarter ? "" : s.date.iso(); }

std::string status_class(Status s) { return "status-" + status_word(s); }

}  // namespace scrutiny
