#include "view/key_reference.h"

namespace scrutiny {

namespace {
// Writes one Markdown list item per key, nested under its list or struct.
class ReferenceWriter final : public FieldVisitor {
public:
    std::string out;
    std::set<std::string> names;

    bool schema_only() const override { return true; }
    void text(std::string_view name, std::string&, std::string_view doc) override { line(name, "text", doc); }
    void html(std::string_view name, std::string&, std::string_view doc) override {
        line(name, "HTML, write `{{{" + std::string(name) + "}}}`", doc);
    }
    void flag(std::string_view name, bool, std::string_view doc) override { line(name, "true or false", doc); }
    void begin_object(std::string_view name, bool, bool optional, std::string_view doc) override {
        line(name, optional ? "object, or false when there is none" : "object", std::string(doc) + " Its keys:");
        objects_.push_back(out.size());
        ++depth_;
    }
    void end_object() override {
        --depth_;
        // An object whose keys are data, not code (the words `t`), lists none here.
        if (out.size() == objects_.back()) out.replace(out.size() - 11, 10, "");
        objects_.pop_back();
    }
    void begin_list(std::string_view name, size_t, bool of_text, std::string_view doc) override {
        const std::string has = "has_" + std::string(name);
        names.insert(has);
        if (of_text) {
            line(name, "list of texts, each `{{.}}`; `" + has + "` is true when it has any", doc);
        } else {
            line(name, "list; `" + has + "` is true when it has items", std::string(doc) + " Each item:");
        }
        ++depth_;
    }
    void begin_item() override {}
    void end_item() override {}
    void list_text(std::string&) override {}
    void end_list() override { --depth_; }

private:
    void line(std::string_view name, const std::string& type, std::string_view doc) {
        names.insert(std::string(name));
        out.append(depth_ * 2, ' ');
        out += "- `" + std::string(name) + "` (" + type + "): " + std::string(doc) + "\n";
    }
    size_t depth_ = 0;
    std::vector<size_t> objects_;  // where each open object's keys begin in `out`
};

void base_keys(FieldVisitor& out) { keys_of<BaseView>(out); }
}  // namespace

std::string theme_reference(const Translations& english, const std::vector<PageKind>& kinds) {
    std::string doc =
        "# Theme reference: the keys each template sees\n"
        "\n"
        "<!-- Written from the view structs by scrutiny's tests; do not edit by hand. After changing a view, run\n"
        "     SCRUTINY_WRITE_THEME_REFERENCE=1 ./build-dev/scrutiny_tests \"[theme-reference]\" -->\n"
        "\n"
        "A theme draws each kind of page with `templates/<kind>.mustache`, then wraps the result in\n"
        "`templates/base.mustache`, which gets the same keys plus `content`, the page template's output\n"
        "(write `{{{content}}}`). Every template sees the keys under \"Every page\" and its own kind's keys.\n"
        "A partial (`{{> name}}`, from `partials/`) sees the keys of the place it is included from; partials\n"
        "come from the theme only, so a key may share a partial's name.\n"
        "\n"
        "How values behave:\n"
        "\n"
        "- text: write `{{key}}` (escaped). Empty text counts as false, so `{{#key}}...{{/key}}` shows only\n"
        "  when there is text, and `{{^key}}...{{/key}}` only when there is none.\n"
        "- HTML: already safe HTML (rendered Markdown, SVG); write `{{{key}}}`.\n"
        "- object: `{{#key}}...{{/key}}` enters it (an optional one is false when absent).\n"
        "- list: `{{#key}}...{{/key}}` repeats for each item, with the item's keys in reach (and the\n"
        "  page's, when an item has no key of that name). Every list `key` comes with `has_key`, true\n"
        "  when the list has items, for a heading or table around the list.\n"
        "\n"
        "URLs are relative to the page (`../../glossary/`), except on the not-found page, where they are\n"
        "absolute paths from base_url (`/glossary/`).\n"
        "\n"
        "## Every page\n"
        "\n";
    ReferenceWriter base;
    base_keys(base);
    doc += base.out;
    for (const auto& kind : kinds) {
        doc += "\n## " + kind.name + "\n\n`templates/" + kind.name + ".mustache`. " + kind.about + "\n\n";
        ReferenceWriter own;
        if (kind.keys) kind.keys(own);
        doc += own.out.empty() ? "No keys of its own.\n" : own.out;
    }
    doc += "\n## Words\n\n"
           "Every template sees `t`: the words a theme writes itself, from the `[theme]` section of the site's\n"
           "translation table (`i18n/<language>.toml`), so a theme in another language needs no template\n"
           "changes. `[theme.commitment] activities` is `{{t.commitment.activities}}`. In English:\n\n";
    const std::string prefix = "theme.";
    for (const auto& key : english.keys())
        if (key.compare(0, prefix.size(), prefix) == 0)
            doc += "- `t." + key.substr(prefix.size()) + "`: " + english.text(key) + "\n";
    return doc;
}

std::set<std::string> template_keys(const PageKind& kind) {
    ReferenceWriter w;
    base_keys(w);
    if (kind.keys) kind.keys(w);
    w.names.insert("content");
    return std::move(w.names);
}

}  // namespace scrutiny
