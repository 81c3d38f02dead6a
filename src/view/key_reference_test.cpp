#include "view/key_reference.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "common/english_for_tests.h"
#include "common/file_system.h"

using namespace scrutiny;

namespace {
const std::string kReference = std::string(SCRUTINY_SOURCE_DIR) + "/docs/theme-reference.md";

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The names a template looks up: {{x}}, {{{x}}}, {{#x}}, {{^x}}, {{&x}} (not partials or comments).
std::set<std::string> dotted_tags_of(const std::string& text) {
    static const std::regex tag(R"(\{\{\{?\s*([#^&]?)\s*([A-Za-z0-9_.\-]+)\s*\}?\}\})");
    std::set<std::string> out;
    for (std::sregex_iterator it(text.begin(), text.end(), tag), end; it != end; ++it) {
        const std::string name = (*it)[2];
        if (name != ".") out.insert(name);
    }
    return out;
}

// The first part of each name: what the view must have.
std::set<std::string> tags_of(const std::string& text) {
    std::set<std::string> out;
    for (const auto& name : dotted_tags_of(text)) out.insert(name.substr(0, name.find('.')));
    return out;
}

// Every {{t.x.y}} must be a word of the English table (`theme.x.y`), or the page shows nothing there.
void check_words(const std::string& where, const std::string& text) {
    for (const auto& name : dotted_tags_of(text)) {
        if (name.compare(0, 2, "t.") != 0) continue;
        INFO(where << ": " << name);
        CHECK(english_for_tests().has("theme." + name.substr(2)));
    }
}
}  // namespace

TEST_CASE("docs/theme-reference.md is the reference the view structs write", "[theme-reference]") {
    const std::string generated = theme_reference(english_for_tests());
    if (std::getenv("SCRUTINY_WRITE_THEME_REFERENCE")) std::ofstream(kReference, std::ios::binary) << generated;
    INFO("docs/theme-reference.md is out of date; regenerate it with\n"
         "SCRUTINY_WRITE_THEME_REFERENCE=1 ./build-dev/scrutiny_tests \"[theme-reference]\"");
    CHECK(read(kReference) == generated);
}

TEST_CASE("the reference lists each kind's keys with type, meaning and list flags", "[theme-reference]") {
    const std::string doc = theme_reference(english_for_tests());
    for (const auto& kind : builtin_page_kinds()) CHECK(doc.find("\n## " + kind.name + "\n\n`templates/" + kind.name + ".mustache`") != std::string::npos);
    CHECK(doc.find("- `title` (text): The page's own title (its heading).") != std::string::npos);
    CHECK(doc.find("- `body_html` (HTML, write `{{{body_html}}}`): The commitment's text.") != std::string::npos);
    CHECK(doc.find("- `activities` (list; `has_activities` is true when it has items): Its supporting activities. Each item:\n"
                   "  - `ref` (text): The activity's reference (empty when the plan does not number it).") != std::string::npos);
    CHECK(doc.find("- `other_measures` (object, or false when there is none)") != std::string::npos);
    CHECK(doc.find("    - `badges` (list; `has_badges` is true when it has items)") != std::string::npos);
}

TEST_CASE("every tag in the default theme names a key its template sees", "[theme-reference]") {
    const std::string theme = std::string(SCRUTINY_SOURCE_DIR) + "/themes/default";
    DiskFileSystem fs(theme);
    std::set<std::string> any_kind;  // what a partial may see: it does not know where it is included
    for (const auto& kind : builtin_page_kinds()) {
        const auto keys = template_keys(kind);
        any_kind.insert(keys.begin(), keys.end());
        INFO(kind.name);
        const auto text = fs.read("templates/" + kind.name + ".mustache");
        REQUIRE(text);
        for (const auto& name : tags_of(*text)) {
            INFO(name);
            CHECK(keys.count(name));
        }
        check_words(kind.name, *text);
    }
    for (const auto& path : fs.list_files("partials")) {
        for (const auto& name : tags_of(*fs.read(path))) {
            INFO(path << ": " << name);
            CHECK(any_kind.count(name));
        }
        check_words(path, *fs.read(path));
    }
    const auto base = template_keys(PageKind{});
    for (const auto& name : tags_of(*fs.read("templates/base.mustache"))) {
        INFO("base: " << name);
        CHECK(base.count(name));
    }
    check_words("base", *fs.read("templates/base.mustache"));
}
