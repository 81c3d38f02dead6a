#include "view/page_common.h"

#include <algorithm>
#include <iterator>

#include "common/calendar.h"
#include "common/calendar_words.h"
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

std::string PageBuilder::absolute_dir(const std::string& dir) const {
    return context_->model.config().base_url + (dir.empty() ? "" : dir + "/");
}

Html PageBuilder::markdown(std::string_view text, int heading_shift) {
    MarkdownOptions options;
    options.heading_shift = heading_shift;
    options.table_label = context_->model.translations.text("site.table");
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
    const Translations& tr = context_->model.translations;
    b.document_title = title == config.title ? title : tr.text("site.document_title", {{"page", title}, {"site", config.title}});
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
    b.t = context_->index.words;
    return b;
}

Words theme_words(const Translations& tr) {
    Words root;
    const std::string prefix = "theme.";
    for (const auto& key : tr.keys()) {
        if (key.compare(0, prefix.size(), prefix) != 0) continue;
        Words* group = &root;
        size_t start = prefix.size();
        for (size_t dot; (dot = key.find('.', start)) != std::string::npos; start = dot + 1) {
            const std::string name = key.substr(start, dot - start);
            auto it = std::find_if(group->groups.begin(), group->groups.end(), [&](const Words& g) { return g.name == name; });
            if (it == group->groups.end()) {
                group->groups.push_back({name, {}, {}});
                it = std::prev(group->groups.end());
            }
            group = &*it;
        }
        group->words.emplace_back(key.substr(start), tr.text(key));
    }
    return root;
}

std::string session_date_label(const Translations& tr, const Session& s) {
    return s.quarter ? quarter_months_words(tr, *s.quarter) : date_words(tr, s.date);
}
std::string session_date_iso(const Session& s) { return s.quarter ? "" : s.date.iso(); }

std::string status_text(const Translations& tr, Status s) { return tr.text("status." + status_word(s)); }

std::string status_class(Status s) { return "status-" + status_word(s); }

}  // namespace scrutiny
