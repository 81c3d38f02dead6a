#include "common/translations.h"

#include <catch2/catch.hpp>

#include "common/english_for_tests.h"

using namespace scrutiny;

namespace {
// The built-in files as the binary holds them: the repository's own (a common test may not
// reach up into publish/ for the compiled-in copy).
const FileSystem& repository_files() {
    static const DiskFileSystem files{std::string(SCRUTINY_SOURCE_DIR)};
    return files;
}

Translations parse_ok(const std::string& text, const std::string& source = "cy.toml") {
    Diagnostics diags;
    auto t = Translations::parse(text, source, diags);
    REQUIRE(t);
    REQUIRE(diags.all().empty());
    return *t;
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.sorted()) out.push_back(format_diagnostic(x));
    return out;
}

const Translations& english() { return english_for_tests(); }

}  // namespace

TEST_CASE("fills named placeholders from sectioned keys", "[translations]") {
    auto t = parse_ok("[spc]\nsentence = \"In {period}, {count} offences\"\nbraces = \"{{literal}}\"\n");
    CHECK(t.text("spc.sentence", {{"period", "July 2017"}, {"count", "2,762"}}) == "In July 2017, 2,762 offences");
    CHECK(t.text("spc.braces") == "{literal}");
}

TEST_CASE("picks singular and plural forms by count", "[translations]") {
    auto t = parse_ok("n.one = \"{count} offence\"\nn.other = \"{count} offences\"\n"
                      "w.one = \"{count} drosedd\"\nw.two = \"{count} drosedd (dwy)\"\nw.other = \"{count} o droseddau\"\n");
    CHECK(t.plural("n", 1, "1") == "1 offence");
    CHECK(t.plural("n", 0, "0") == "0 offences");
    CHECK(t.plural("n", 2, "2") == "2 offences");
    CHECK(t.plural("w", 2, "2") == "2 drosedd (dwy)");
    CHECK(t.plural("w", 3, "3") == "3 o droseddau");
}

TEST_CASE("a missing key or placeholder is an error naming where to fix it", "[translations]") {
    auto t = parse_ok("\n[spc]\nsentence = \"In {period}\"\n", "themes/x/i18n/cy.toml");
    CHECK_THROWS_WITH(t.text("spc.nothing"),
                      "themes/default/i18n/en.toml: error: no translation for `spc.nothing`; add it to the table");
    CHECK_THROWS_WITH(t.text("spc.sentence", {{"month", "July"}}),
                      "themes/x/i18n/cy.toml:3:12: error: translation `spc.sentence` uses {period}, which is not "
                      "supplied here; the placeholders supplied are {month}");
}

TEST_CASE("rejects a table that is not strings with well-formed placeholders", "[translations]") {
    Diagnostics diags;
    CHECK_FALSE(Translations::parse("a = 3\nb = \"In {period\"\nc = \"x } y\"\n", "cy.toml", diags));
    CHECK(messages(diags) ==
          std::vector<std::string>{
              "cy.toml:1:5: error: translation `a` is not a string; quote it (\"...\")",
              "cy.toml:2:5: error: translation `b` has an unfinished placeholder at `{period`; write `{name}`, "
              "or `{{` for a literal brace",
              "cy.toml:3:5: error: translation `c` has a lone `}`; write `}}` for a literal brace"});
    Diagnostics bad;
    CHECK_FALSE(Translations::parse("a = \"x\n", "cy.toml", bad));
    REQUIRE(bad.error_count() == 1);
    CHECK(format_diagnostic(bad.all()[0]).rfind("cy.toml:1:", 0) == 0);
}

TEST_CASE("a language falls back to English key by key and may not invent placeholders", "[translations]") {
    Diagnostics diags;
    auto cy = parse_ok("[month]\n7 = \"Gorffennaf\"\n[spc]\nusual = \"o fewn yr ystod arferol {oops}\"\nusul = \"x\"\n");
    Translations merged = cy.over(english(), diags);
    CHECK(merged.month(7) == "Gorffennaf");
    CHECK(merged.month(8) == "August");
    CHECK(merged.text("spc.usual") == "within the usual range");  // the bad string is not used
    CHECK(messages(diags) ==
          std::vector<std::string>{
              "cy.toml:4:9: error: translation `spc.usual` uses {oops}, which scrutiny does not supply for it; this string takes no placeholders",
              "cy.toml:5:8: warning: translation `spc.usul` is not a key scrutiny uses, so it is never shown; did you mean `spc.usual`?"});
}

TEST_CASE("numbers take the language's separators", "[translations]") {
    CHECK(english().number("2,762.5") == "2,762.5");
    Diagnostics diags;
    auto de = parse_ok("[number]\nthousands_separator = \".\"\ndecimal_separator = \",\"\n").over(english(), diags);
    CHECK(de.number("2,762.5") == "2.762,5");
}

TEST_CASE("pseudo marks every word but keeps placeholders and separators", "[translations]") {
    Translations p = english().pseudo();
    CHECK(p.month(9) == "\xE2\x9F\xA6September\xE2\x9F\xA7");
    CHECK(p.text("spc.up_percent", {{"change", "4"}, {"period", "x"}, {"value", "1"}}) ==
          "\xE2\x9F\xA6up 4% on x (1)\xE2\x9F\xA7");
    CHECK(p.number("1,234.5") == "1,234.5");
    for (const auto& key : p.keys())
        if (key.rfind("number.", 0) != 0) CHECK(p.raw(key).find("\xE2\x9F\xA6") == 0);
}

TEST_CASE("the site's language picks its table from the theme, then the built-in one", "[translations]") {
    MemoryFileSystem site;
    site.write("themes/mine/i18n/cy.toml", "[month]\n1 = \"Ionawr\"\n");
    Diagnostics diags;
    auto cy = load_translations(site, source_tree_for_tests(), "mine", "cy", diags);
    REQUIRE(cy);
    CHECK(cy->month(1) == "Ionawr");
    CHECK(cy->month(2) == "February");
    auto gb = load_translations(site, source_tree_for_tests(), "mine", "en-GB", diags);
    REQUIRE(gb);
    CHECK(gb->month(2) == "February");
    auto pseudo = load_translations(site, source_tree_for_tests(), "mine", "x-pseudo", diags);
    REQUIRE(pseudo);
    CHECK(pseudo->month(2) == "\xE2\x9F\xA6" "February\xE2\x9F\xA7");
    CHECK(diags.all().empty());
    CHECK_FALSE(load_translations(site, source_tree_for_tests(), "mine", "fr", diags));
    CHECK(messages(diags) ==
          std::vector<std::string>{"site_config.toml: error: language \"fr\" has no translation table; add "
                                   "themes/mine/i18n/fr.toml (copy the keys of the built-in English table) or "
                                   "set language = \"en-GB\""});
}
