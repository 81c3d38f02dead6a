// End-to-end: the demo built in the pseudo-language "x-pseudo", where every string of the
// translation table is wrapped in ⟦ ⟧. Whatever a reader can see (text, alt, aria-label,
// title, placeholder, data-label, the meta description, the feed's text) must then be either
// marked or the site's own words from content/ and site_config.toml: unmarked English that is
// neither came from a template or the code, and a Welsh site would show it in English.
// A text alone in its element (a heading, a table header, an aria-label) must be whole values
// of the site's own; text mixed with markup (a paragraph with links) must be a phrase of it.
// The one blind spot: a template phrase that is also a whole value of the content ("Progress
// updates" is bold text on the demo's about page) passes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <regex>
#include <set>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "run_binary.h"

namespace fs = std::filesystem;
using namespace scrutiny::test;

namespace {
const std::string kOpen = "\xE2\x9F\xA6", kClose = "\xE2\x9F\xA7";  // ⟦ ⟧

// The words of a text, lower-cased, without numbers: punctuation, typographic quotes and
// entities differ between a content file and its page, words do not.
std::vector<std::string> words_of(std::string text) {
    for (const char* typographic : {"\u2019", "\u2018", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026"})
        for (size_t at; (at = text.find(typographic)) != std::string::npos;) text.replace(at, std::string(typographic).size(), " ");
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && !std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); })) out.push_back(word);
        word.clear();
    };
    for (unsigned char c : text) {
        if (std::isalnum(c) || c >= 0x80) word += static_cast<char>(std::tolower(c));
        else flush();
    }
    flush();
    return out;
}

// " a b c ": words joined so that a phrase is found with std::string::find.
std::string joined(const std::vector<std::string>& words, size_t from = 0) {
    std::string out = " ";
    for (size_t i = from; i < words.size(); ++i) out += words[i] + " ";
    return out;
}

bool has_letter(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isalpha(c); });
}

// The parts of `text` outside ⟦ ⟧ (marks nest: a sentence's placeholders hold marked words).
std::vector<std::string> unmarked_parts(const std::string& text) {
    std::vector<std::string> parts(1);
    int depth = 0;
    for (size_t i = 0; i < text.size();) {
        if (text.compare(i, kOpen.size(), kOpen) == 0) {
            if (depth++ == 0) parts.emplace_back();
            i += kOpen.size();
        } else if (text.compare(i, kClose.size(), kClose) == 0) {
            depth = std::max(0, depth - 1);
            i += kClose.size();
        } else {
            if (depth == 0) parts.back() += text[i];
            ++i;
        }
    }
    return parts;
}

// The site's own text: all of it, for phrases inside a mixed paragraph, and each of its
// values (a TOML string, a line, a paragraph, a link's or emphasis's text), which a text that
// stands alone in its element must be whole.
struct OfficeText {
    std::string all;
    std::set<std::string> units;
};

OfficeText office_text(const std::string& site) {
    std::vector<std::string> files{read_file(site + "/site_config.toml")};
    for (const auto& e : fs::recursive_directory_iterator(site + "/content"))
        if (e.is_regular_file()) files.push_back(read_file(e.path().string()));
    OfficeText out;
    // TOML strings; then Markdown's inline values, looked for everywhere (they sit inside strings too).
    static const std::regex strings(R"re("""([\s\S]*?)"""|"((?:[^"\\\n]|\\.)*)")re");
    static const std::regex inline_values(R"re(\[([^\]\n]+)\]\(|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|\b_([^_\n]+)_\b|<([^<>\s]+)>)re");
    static const std::regex paragraph(R"(\n\s*\n|\\n)");  // blank lines, and "\n" inside a TOML string
    auto add = [&](const std::string& text) {
        for (std::sregex_token_iterator it(text.begin(), text.end(), paragraph, -1), end; it != end; ++it) {
            out.units.insert(joined(words_of(*it)));
            const std::string block = *it;
            // Each Markdown list item, which may run over several lines.
            static const std::regex item(R"((?:^|\n)[ \t]*(?:[-*+]|\d+[.)])[ \t]+)");
            for (std::sregex_token_iterator li(block.begin(), block.end(), item, -1), lend; li != lend; ++li)
                out.units.insert(joined(words_of(*li)));
            for (size_t start = 0, nl; start <= block.size(); start = nl + 1) {
                nl = block.find('\n', start);
                if (nl == std::string::npos) nl = block.size();
                out.units.insert(joined(words_of(block.substr(start, nl - start))));
            }
        }
    };
    for (const auto& text : files) {
        out.all += "\n" + text;
        add(text);
        for (const std::regex* values : {&strings, &inline_values})
            for (std::sregex_iterator it(text.begin(), text.end(), *values), end; it != end; ++it)
                for (size_t g = 1; g < it->size(); ++g)
                    if ((*it)[g].matched) add((*it)[g].str());
    }
    out.all = joined(words_of(out.all));
    return out;
}

struct Checker {
    OfficeText office;
    size_t checked = 0;
    std::vector<std::string> problems;

    bool is_unit(const std::string& text) const {
        const auto words = words_of(text);
        return words.empty() || (words.size() == 1 && words[0].size() == 1) || office.units.count(joined(words));
    }

    // A text alone in its element ("<h2>Progress updates</h2>", an aria-label) with no marked
    // word must be the site's own values, whole, joined by punctuation: "A3: Title" is two.
    bool whole_values(const std::string& text) const {
        static const std::regex joiner("[:()|]|\u00B7");
        std::vector<size_t> cuts{0};
        for (std::sregex_iterator it(text.begin(), text.end(), joiner), end; it != end; ++it) cuts.push_back(it->position());
        cuts.push_back(text.size());
        std::vector<bool> covered(cuts.size(), false);  // covered[j]: text up to cuts[j] is values
        covered[0] = true;
        for (size_t j = 1; j < cuts.size(); ++j)
            for (size_t i = 0; i < j && !covered[j]; ++i)
                covered[j] = covered[i] && is_unit(text.substr(cuts[i], cuts[j] - cuts[i]));
        return covered.back();
    }

    void check(const std::string& where, const std::string& text, bool alone) {
        if (!has_letter(text)) return;
        ++checked;
        const bool address = text.find('@') != std::string::npos || text.find("://") != std::string::npos;
        if (alone && !address && text.find(kOpen) == std::string::npos) {
            if (!whole_values(text)) problems.push_back(where + ": \"" + text + "\"");
            return;
        }
        static const std::regex joiner("[:()|]|\u00B7");  // what templates put between two values
        for (const auto& unmarked : unmarked_parts(text))
            for (std::sregex_token_iterator it(unmarked.begin(), unmarked.end(), joiner, -1), end; it != end; ++it) {
                const std::string part = *it;
                const auto words = words_of(part);
                if (words.empty() || (words.size() == 1 && words[0].size() == 1)) continue;  // an A to Z letter
                if (office.all.find(joined(words)) != std::string::npos) continue;
                // The rest of a word a glossary mark split ("<abbr>PDR</abbr>s and ..."): one or two letters.
                if (std::isalpha(static_cast<unsigned char>(part[0])) && words[0].size() <= 2 &&
                    office.all.find(joined(words, 1)) != std::string::npos)
                    continue;
                problems.push_back(where + ": \"" + part + "\"");
            }
    }

    void walk(const std::string& page, xmlNode* node) {
        for (xmlNode* n = node; n; n = n->next) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                check(page, reinterpret_cast<const char*>(n->content), alone(n));
                continue;
            }
            if (n->type != XML_ELEMENT_NODE) continue;
            const std::string name = reinterpret_cast<const char*>(n->name);
            // Scripts and styles are not read; the feed's ids and dates are not words.
            if (name == "script" || name == "style" || name == "id" || name == "updated") continue;
            for (const char* attribute : {"alt", "aria-label", "title", "placeholder", "data-label"})
                attribute_text(page, n, attribute);
            if (name == "meta") {
                xmlChar* meta_name = xmlGetProp(n, BAD_CAST "name");
                if (meta_name && std::string(reinterpret_cast<char*>(meta_name)) == "description") attribute_text(page, n, "content");
                xmlFree(meta_name);
            }
            walk(page, n->children);
        }
    }

    void attribute_text(const std::string& page, xmlNode* n, const char* attribute) {
        xmlChar* value = xmlGetProp(n, BAD_CAST attribute);
        if (!value) return;
        check(page + " [" + attribute + "]", reinterpret_cast<const char*>(value), true);
        xmlFree(value);
    }

    // True for the only text of an element that has no other children (blank text aside).
    static bool alone(xmlNode* text) {
        if (!text->parent) return false;
        for (xmlNode* c = text->parent->children; c; c = c->next) {
            if (c == text) continue;
            if (c->type == XML_ELEMENT_NODE) return false;
            if (c->type == XML_TEXT_NODE && has_letter(reinterpret_cast<const char*>(c->content))) return false;
        }
        return true;
    }
};

void use_language(const std::string& config_path, const std::string& language) {
    const std::string config = read_file(config_path);
    static const std::regex line(R"((^|\n)language = "[^"]*")");
    REQUIRE(std::regex_search(config, line));
    write_file(config_path, std::regex_replace(config, line, "$1language = \"" + language + "\""));
}
}  // namespace

TEST_CASE("the demo in the pseudo-language shows no English that is not the site's own", "[e2e][i18n]") {
    TempDir site;
    for (const char* part : {"site_config.toml", "content", "assets"}) {
        const fs::path from = fs::path(source_dir()) / part;
        if (fs::is_directory(from)) copy_tree(from.string(), site / part);
        else write_file(site / part, read_file(from.string()));
    }
    use_language(site / "site_config.toml", "x-pseudo");
    const auto r = run_scrutiny({"build", "--quiet", "--source", site.path(), "--output", site / "public"});
    INFO(r.err);
    REQUIRE(r.status == 0);

    Checker checker{office_text(site.path())};
    size_t pages = 0;
    for (const auto& e : fs::recursive_directory_iterator(site / "public")) {
        const std::string path = e.path().string(), rel = path.substr(site.path().size() + 8);
        const bool html = e.path().extension() == ".html", feed = rel == "feed.xml";
        if (!html && !feed) continue;
        const std::string bytes = read_file(path);
        xmlDoc* doc = html ? htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), rel.c_str(), "utf-8",
                                            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET)
                           : xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), rel.c_str(), "utf-8", XML_PARSE_NONET);
        REQUIRE(doc);
        checker.walk(rel, xmlDocGetRootElement(doc));
        xmlFreeDoc(doc);
        ++pages;
    }
    std::cout << "pseudo-language: checked " << checker.checked << " strings on " << pages << " pages and the feed\n";
    CHECK(pages > 100);
    CHECK(checker.checked > 5000);
    std::string report;
    for (size_t i = 0; i < checker.problems.size() && i < 40; ++i) report += checker.problems[i] + "\n";
    INFO(checker.problems.size() << " unmarked English strings, the first:\n" << report);
    CHECK(checker.problems.empty());
}

TEST_CASE("a site in another language uses its table and English for the keys it leaves out", "[e2e][i18n]") {
    TempDir site;
    copy_tree(fixture("valid-minimal"), site.path());
    write_file(site / "site_config.toml", "language = \"cy\"\ntheme = \"cymraeg\"\n" + read_file(site / "site_config.toml"));
    fs::create_directories(site / "themes/cymraeg/i18n");
    write_file(site / "themes/cymraeg/i18n/cy.toml",
               "[theme.base]\nskip_link = \"Neidio i'r prif gynnwys\"\n\n[status]\nin-progress = \"Ar y gweill\"\n\n"
               "[month]\n9 = \"Medi\"\n");
    const auto r = run_scrutiny({"build", "--quiet", "--source", site.path(), "--output", site / "public"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    const std::string page = read_file(site / "public/commitments/a1/index.html");
    CHECK(page.find("<html lang=\"cy\">") != std::string::npos);
    CHECK(page.find(">Neidio i&apos;r prif gynnwys</a>") != std::string::npos);   // a template word
    CHECK(page.find("<span class=\"status status-in-progress\">Ar y gweill</span>") != std::string::npos);  // a view word
    CHECK(page.find("Skip to main content") == std::string::npos);
    // Every key the table leaves out is English.
    CHECK(page.find("<h2>Progress updates</h2>") != std::string::npos);
    CHECK(page.find(">Complete</span>") != std::string::npos);
}

TEST_CASE("a translation that names a key scrutiny does not use is a warning, and the build goes on", "[e2e][i18n]") {
    TempDir site;
    copy_tree(fixture("valid-minimal"), site.path());
    write_file(site / "site_config.toml", "language = \"cy\"\ntheme = \"cymraeg\"\n" + read_file(site / "site_config.toml"));
    fs::create_directories(site / "themes/cymraeg/i18n");
    write_file(site / "themes/cymraeg/i18n/cy.toml", "[theme.base]\nskip_lnk = \"Neidio i'r prif gynnwys\"\n");
    const auto r = run_scrutiny({"build", "--quiet", "--source", site.path(), "--output", site / "public"});
    REQUIRE(r.status == 0);
    CHECK(r.err.find("themes/cymraeg/i18n/cy.toml:2:12: warning: translation `theme.base.skip_lnk` is not a key scrutiny uses, so it is "
                     "never shown; did you mean `theme.base.skip_link`?") != std::string::npos);
    CHECK(read_file(site / "public/index.html").find(">Skip to main content</a>") != std::string::npos);
}
