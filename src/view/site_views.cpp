#include "view/site_views.h"

#include <stdexcept>

#include "common/calendar_words.h"
#include "common/parallel.h"
#include "common/text.h"
#include "content/markdown.h"
#include "model/site_model.h"
#include "view/page_inputs.h"
#include "view/site_urls.h"

namespace scrutiny {

std::vector<PageView> build_page_views(const SiteModel& m, const SiteCharts& charts, const BuildInfo& build,
                                       const std::vector<PageKind>& kinds, const PageFinisher& finish,
                                       std::optional<std::vector<SearchItem>> search, const PageReuse* reuse) {
    const ViewIndex index = index_for_views(m, navigation(kinds, m), search ? std::move(*search) : search_items(kinds, m),
                                            reuse ? reuse->derived : nullptr);
    const PageContext ctx{m, charts, build, index};
    // Each maker makes one page; makers are independent, so they run on every core.
    std::vector<PageMaker> makers;
    std::vector<const PageKind*> kind_of;
    for (const auto& k : kinds) {
        k.pages(ctx, makers);
        kind_of.resize(makers.size(), &k);
    }
    std::vector<PageView> pages(makers.size());
    parallel_for(makers.size(), worker_count(), [&](size_t w, size_t i) {
        const PageMaker& maker = makers[i];
        std::string key;
        if (reuse && !maker.own_inputs.empty()) {
            key = page_inputs_key(reuse->site_inputs, maker.own_inputs);
            PageView kept;
            kept.dir = maker.dir;
            if (reuse->have(kept.output_path(), key)) {
                kept.source_file = maker.source_file;
                kept.inputs_key = std::move(key);
                kept.reused = true;
                pages[i] = std::move(kept);
            }
        }
        if (!pages[i].reused) {
            pages[i] = maker.make();
            // A page kept next time is looked for where its maker says it goes.
            if (!maker.own_inputs.empty() && pages[i].dir != maker.dir)
                throw std::logic_error("page maker says " + maker.dir + " but made " + pages[i].dir);
            pages[i].inputs_key = std::move(key);
        }
        pages[i].template_name = kind_of[i]->name;
        pages[i].in_sitemap = kind_of[i]->in_sitemap;
        if (finish) finish(w, i, pages[i]);
    });
    return pages;
}

namespace {
std::string atom_date(const Date& d) { return d.iso() + "T00:00:00Z"; }

std::string feed_xml(const SiteModel& m, const BuildInfo& build) {
    const auto& config = m.config();
    const std::vector<SiteUpdate> entries = site_updates_newest_first(m, 50);
    Date updated = build.build_date;
    if (!entries.empty() && entries.front().update->published) updated = *entries.front().update->published;
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                      escape_xml(config.language) + "\">\n";
    const Translations& tr = m.translations;
    out += "  <title>" + escape_xml(tr.text("site.feed_title", {{"site", config.title}})) + "</title>\n";
    out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(config.base_url) + "\"/>\n";
    out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + escape_xml(config.base_url) + "feed.xml\"/>\n";
    out += "  <id>" + escape_xml(config.base_url) + "</id>\n";
    out += "  <updated>" + atom_date(updated) + "</updated>\n";
    out += "  <author><name>" + escape_xml(config.organisation) + "</name></author>\n";
    for (const auto& [c, u] : entries) {
        const std::string url = config.base_url + urls::commitment(c->slug) + "/";
        // Several updates of one quarter may name no activity, so those are told apart by place.
        const std::string id = url + "#update-" + u->period.id() + "-" +
                               (u->activity ? slugify(u->activity->value) : "n" + std::to_string(u - c->updates.data() + 1));
        const Date date = u->published.value_or(updated);
        out += "  <entry>\n";
        out += "    <title>" + escape_xml(tr.text("site.feed_entry", {{"ref", c->ref}, {"title", c->title}, {"quarter", quarter_words(tr, u->period)}})) +
               "</title>\n";
        out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(url) + "\"/>\n";
        out += "    <id>" + escape_xml(id) + "</id>\n";
        out += "    <updated>" + atom_date(date) + "</updated>\n";
        out += "    <summary>" + escape_xml(markdown_plain_text(u->text_markdown)) + "</summary>\n";
        out += "  </entry>\n";
    }
    out += "</feed>\n";
    return out;
}

std::string sitemap_xml(const SiteModel& m, const std::vector<PageView>& pages) {
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const auto& p : pages) {
        if (!p.in_sitemap) continue;
        out += "  <url><loc>" + escape_xml(m.config().base_url + (p.dir.empty() ? "" : p.dir + "/")) + "</loc></url>\n";
    }
    out += "</urlset>\n";
    return out;
}
}  // namespace

std::vector<std::pair<std::string, std::string>> build_site_files(const SiteModel& m, const std::vector<PageView>& pages,
                                                                   const BuildInfo& build) {
    std::vector<std::pair<std::string, std::string>> files;
    files.push_back({"feed.xml", feed_xml(m, build)});
    files.push_back({"sitemap.xml", sitemap_xml(m, pages)});
    files.push_back({"robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + m.config().base_url + "sitemap.xml\n"});
    return files;
}

std::string PageView::output_path() const {
    // "commitments/a1" -> "commitments/a1/index.html"; "" -> "index.html"; "404.html" as it is.
    if (dir.size() > 5 && dir.compare(dir.size() - 5, 5, ".html") == 0) return dir;
    return dir.empty() ? "index.html" : dir + "/index.html";
}

}  // namespace scrutiny
