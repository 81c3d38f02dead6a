#include "link_checker.h"

#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "run_binary.h"

namespace fs = std::filesystem;

namespace scrutiny::test {

namespace {
std::string unescape(std::string s) {
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{{"&amp;", "&"}, {"&#39;", "'"}, {"&quot;", "\""}}) {
        for (size_t pos; (pos = s.find(from)) != std::string::npos;) s.replace(pos, from.size(), to);
    }
    return s;
}

std::set<std::string> ids_in(const std::string& html) {
    std::set<std::string> ids;
    static const std::regex id_re(R"re(\sid="([^"]+)")re");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), id_re); it != std::sregex_iterator(); ++it)
        ids.insert(unescape((*it)[1]));
    return ids;
}
}  // namespace

std::vector<std::string> broken_links(const std::string& dir, const std::string& site_path) {
    std::vector<std::string> broken;
    const auto files = snapshot(dir);
    std::map<std::string, std::set<std::string>> id_cache;
    static const std::regex link_re(R"re(\s(?:href|src)="([^"]*)")re");
    for (const auto& [path, html] : files) {
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
        const fs::path page_dir = fs::path(path).parent_path();
        for (auto it = std::sregex_iterator(html.begin(), html.end(), link_re); it != std::sregex_iterator(); ++it) {
            const std::string link = unescape((*it)[1]);
            if (link.empty()) {
                broken.push_back(path + ": empty link");
                continue;
            }
            if (link.rfind("http://", 0) == 0 || link.rfind("https://", 0) == 0 || link.rfind("mailto:", 0) == 0 ||
                link.rfind("data:", 0) == 0 || link.rfind("tel:", 0) == 0)
                continue;
            std::string target = link, fragment;
            if (auto hash = target.find('#'); hash != std::string::npos) {
                fragment = target.substr(hash + 1);
                target = target.substr(0, hash);
            }
            if (auto q = target.find('?'); q != std::string::npos) target = target.substr(0, q);
            std::string resolved;
            if (target.empty()) {
                resolved = path;
            } else if (target[0] == '/') {
                if (target.rfind(site_path, 0) != 0) {
                    broken.push_back(path + ": " + link + " (outside the site path " + site_path + ")");
                    continue;
                }
                resolved = target.substr(site_path.size());
            } else {
                resolved = (page_dir / target).lexically_normal().generic_string();
            }
            if (resolved.empty() || resolved == "." || resolved.back() == '/') resolved = (resolved == "." ? "" : resolved) + "index.html";
            if (resolved.rfind("..", 0) == 0) {
                broken.push_back(path + ": " + link + " (climbs out of the site)");
                continue;
            }
            auto found = files.find(resolved);
            if (found == files.end()) {
                broken.push_back(path + ": " + link + " (no file " + resolved + ")");
                continue;
            }
            if (!fragment.empty()) {
                auto& ids = id_cache[resolved];
                if (ids.empty()) ids = ids_in(found->second);
                if (!ids.count(fragment)) broken.push_back(path + ": " + link + " (no id \"" + fragment + "\" in " + resolved + ")");
            }
        }
    }
    return broken;
}

}  // namespace scrutiny::test
