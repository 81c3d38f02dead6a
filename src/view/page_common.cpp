#include "view/page_common.h"

#include "content/markdown.h"
#include "model/site_model.h"
#include "spc/period.h"

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

PageBuilder::PageBuilder(const SiteModel& model, std::string dir, std::string nav_key)
    : model_(&model), dir_(std::move(dir)), nav_key_(std::move(nav_key)), root_(root_for(dir_)),
      terms_(model.content.terms, root_ + "glossary/") {}

std::string PageBuilder::href(const std::string& target) const {
    if (target.empty()) return root_;
    return root_ == "./" ? target : root_ + target;
}

std::string PageBuilder::markdown(const std::string& text, int heading_shift) {
    MarkdownOptions options;
    options.heading_shift = heading_shift;
    options.transform = [this](cmark_node* document) {
        relativise_links(document, root_);
        terms_.mark(document);
    };
    return render_markdown(text, options);
}

Json PageBuilder::base(const std::string& title, const std::string& description,
                       const std::vector<std::pair<std::string, std::string>>& breadcrumbs) const {
    const auto& config = model_->config();
    Json j;
    j["lang"] = config.language;
    j["title"] = title;
    j["document_title"] = title == config.title ? title : title + " | " + config.title;
    j["description"] = description.empty() ? config.description : description;
    j["site_title"] = config.title;
    j["organisation"] = config.organisation;
    j["root"] = root_;
    j["home_href"] = href("");
    j["canonical"] = config.base_url + (dir_.empty() ? "" : dir_ + "/");
    j["favicon"] = href("assets/favicon.svg");
    j["stylesheet"] = href("assets/css/site.css");
    j["print_stylesheet"] = href("assets/css/print.css");
    j["feed_href"] = href("feed.xml");
    j["search_href"] = href_dir("search");
    Json nav = Json::array();
    auto add_nav = [&](const std::string& key, const std::string& label, const std::string& dir) {
        nav.push_back({{"label", label}, {"href", href_dir(dir)}, {"current", key == nav_key_}});
    };
    add_nav("home", "Home", "");
    for (const auto& o : config.objectives) add_nav("objective:" + o.id, o.short_title, "objectives/" + o.id);
    add_nav("meetings", "Meetings", "meetings");
    add_nav("glossary", "Glossary", "glossary");
    add_nav("reports", "Reports", "reports");
    j["nav"] = nav;
    Json crumbs = Json::array();
    for (const auto& [label, dir] : breadcrumbs) crumbs.push_back({{"label", label}, {"href", href_dir(dir)}});
    j["breadcrumbs"] = crumbs;
    j["has_breadcrumbs"] = !breadcrumbs.empty();
    Json footer = Json::array();
    for (const auto& p : model_->content.pages)
        if (p.weight) footer.push_back({{"title", p.title}, {"href", href_dir(p.slug)}, {"weight", *p.weight}});
    std::stable_sort(footer.begin(), footer.end(), [](const Json& a, const Json& b) { return a["weight"].get<int>() < b["weight"].get<int>(); });
    for (auto& f : footer) f.erase("weight");
    j["footer_pages"] = footer;
    j["scripts"] = Json::array();
    return j;
}

std::vector<SiteUpdate> site_updates_newest_first(const SiteModel& m) {
    std::vector<SiteUpdate> out;
    for (const auto& c : m.content.commitments)
        for (const auto& u : c.updates) out.push_back({&c, &u});
    std::stable_sort(out.begin(), out.end(), [](const SiteUpdate& a, const SiteUpdate& b) {
        if (a.update->period != b.update->period) return a.update->period > b.update->period;
        if (a.update->published != b.update->published)
            return a.update->published.value_or(Date{}) > b.update->published.value_or(Date{});
        return a.commitment->ref < b.commitment->ref;
    });
    return out;
}

std::string format_date(const Date& d) {
    if (d.day == 0) return std::string(spc::month_name(d.month)) + " " + std::to_string(d.year);
    return std::to_string(d.day) + " " + std::string(spc::month_name(d.month)) + " " + std::to_string(d.year);
}

std::string session_date_label(const Session& s) { return s.quarter ? s.quarter->months_label() : format_date(s.date); }
std::string session_date_iso(const Session& s) { return s.quarter ? "" : s.date.iso(); }

std::string status_class(Status s) { return "status-" + status_word(s); }

}  // namespace scrutiny
