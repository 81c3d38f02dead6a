// An internal link checker for built sites: every href and src in every HTML file must
// reach a file of the site (folders mean their index.html) and, with a #fragment, an id in it.
#pragma once

#include <string>
#include <vector>

namespace scrutiny::test {

// `site_path` is the URL path the site is served from ("/performance/"), so site-absolute
// links (used by 404.html) resolve too. Returns "page: link (why)" for each broken link.
std::vector<std::string> broken_links(const std::string& dir, const std::string& site_path);

}  // namespace scrutiny::test
