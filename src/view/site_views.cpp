#include "view/site_views.h"

#include <functional>

#include "common/parallel.h"

#include "common/text.h"
#include "content/markdown.h"
#include "model/site_model.h"

namespace scrutiny {

std::vector<PageView> build_page_views(const SiteModel& m, const SiteCharts& charts, const BuildInfo& build) {
    // Each job makes one or more pages; jobs are independent, so they run on every core.
    using Job = std::function<std::vector<PageView>()>;
    auto one = [](auto make) -> Job { return [make] { return std::vector<PageView>{make()}; }; };
    std::vector<Job> jobs;
    jobs.push_back(one([&] { return home_page(m, charts); }));
    for (const auto& o : m.config().objectives) jobs.push_back(one([&] { return objective_page(m, charts, o); }));
    for (const auto& c : m.content.commitments) jobs.push_back(one([&] { return commitment_page(m, charts, c); }));
    for (const auto& x : m.content.metrics) jobs.push_back(one([&] { return measure_page(m, charts, x); }));
    jobs.push_back(one([&] { return glossary_page(m); }));
    jobs.push_back(one([&] { return sessions_page(m); }));
    for (const auto& s : m.content.sessions) jobs.push_back(one([&] { return session_page(m, s); }));
    for (const auto& p : m.content.pages) jobs.push_back(one([&] { return free_page(m, p, build); }));
    jobs.push_back([&] { return report_pages(m, charts); });
    jobs.push_back(one([&] { return search_page(m); }));
    jobs.push_back(one([&] { return not_found_page(m); }));

    std::vector<std::vector<PageView>> made(jobs.size());
    parallel_for(jobs.size(), worker_count(), [&](size_t, size_t i) { made[i] = jobs[i](); });
    std::vector<PageView> pages;
    for (auto& group : made)
        for (auto& page : group) pages.push_back(std::move(page));
    return pages;
}

namespace {
std::string atom_date(const Date& d) { return d.iso() + "T00:00:00Z"; }

std::string feed_xml(const SiteModel& m, const BuildInfo& build) {
    const auto& config = m.config();
    std::vector<SiteUpdate> entries = site_updates_newest_first(m);
    if (entries.size() > 50) entries.resize(50);
    Date updated = build.build_date;
    if (!entries.empty() && entries.front().update->published) updated = *entries.front().update->published;
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                      escape_xml(config.language) + "\">\n";
    out += "  <title>" + escape_xml(config.title) + ": progress updates</title>\n";
    out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(config.base_url) + "\"/>\n";
    out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + escape_xml(config.base_url) + "feed.xml\"/>\n";
    out += "  <id>" + escape_xml(config.base_url) + "</id>\n";
    out += "  <updated>" + atom_date(updated) + "</updated>\n";
    out += "  <author><name>" + escape_xml(config.organisation) + "</name></author>\n";
    for (const auto& [c, u] : entries) {
        const std::string url = config.base_url + "commitments/" + c->slug + "/";
        // Several updates of one quarter may name no activity, so those are told apart by place.
        const std::string id = url + "#update-" + u->period.label() + "-" +
                               (u->activity ? slugify(u->activity->value) : "n" + std::to_string(u - c->updates.data() + 1));
        const Date date = u->published.value_or(updated);
        out += "  <entry>\n";
        out += "    <title>" + escape_xml(c->ref + ": " + c->title + " (" + u->period.fy_label() + ")") + "</title>\n";
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
        if (p.template_name == "not_found") continue;
        out += "  <url><loc>" + escape_xml(m.config().base_url + (p.dir.empty() ? "" : p.dir + "/")) + "</loc></url>\n";
    }
    out += "</urlset>\n";
    return out;
}
}  // namespace

std::vector<std::pair<std::string, std::string>> build_site_files(const SiteModel& m, const SiteCharts& charts,
                                                                   const std::vector<PageView>& pages,
                                                                   const BuildInfo& build) {
    std::vector<std::pair<std::string, std::string>> files;
    files.push_back({"feed.xml", feed_xml(m, build)});
    files.push_back({"sitemap.xml", sitemap_xml(m, pages)});
    files.push_back({"robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + m.config().base_url + "sitemap.xml\n"});
    for (const auto& [id, set] : charts.by_metric) {
        if (const Metric* x = m.metric(id); x && x->status == "in-development") continue;  // no figures to give
        files.push_back({"data/metrics/" + id + ".json", set->json});
        files.push_back({"data/metrics/" + id + ".csv", set->csv});
    }
    return files;
}

}  // namespace scrutiny
