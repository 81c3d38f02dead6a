#include "render/renderer.h"

#include <map>
#include <vector>

#include <kainjow/mustache.hpp>

#include "render/mustache_data.h"

namespace scrutiny {

namespace mustache = kainjow::mustache;

namespace {
// kainjow's own context looks partials up in the data, where a view key of the same name hides
// them; this one looks up names in the data and partials in the theme only.
class ThemeContext final : public mustache::basic_context<std::string> {
public:
    ThemeContext(const mustache::data* root, const std::map<std::string, mustache::data>& partials)
        : partials_(&partials) {
        push(root);
    }
    void push(const mustache::data* data) override { items_.push_back(data); }
    void pop() override { items_.pop_back(); }
    const mustache::data* get(const std::string& name) const override {
        if (name == ".") return items_.back();
        if (name.find('.') == std::string::npos) {
            for (auto it = items_.rbegin(); it != items_.rend(); ++it)
                if (const auto* var = (*it)->get(name)) return var;
            return nullptr;
        }
        // "a.b": the first item that has the whole path, innermost first (as kainjow does).
        std::vector<std::string> parts;
        for (size_t start = 0;;) {
            const size_t dot = name.find('.', start);
            parts.push_back(name.substr(start, dot - start));
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
        for (auto it = items_.rbegin(); it != items_.rend(); ++it) {
            const mustache::data* var = *it;
            for (const auto& part : parts)
                if (!(var = var->get(part))) break;
            if (var) return var;
        }
        return nullptr;
    }
    const mustache::data* get_partial(const std::string& name) const override {
        auto it = partials_->find(name);
        return it == partials_->end() ? nullptr : &it->second;
    }

private:
    std::vector<const mustache::data*> items_;  // innermost last
    const std::map<std::string, mustache::data>* partials_;
};
// kainjow parses a partial again every time it is rendered (the site header and footer on every
// page, the signal icons in every table row), so a partial is written into the templates that
// use it, once, when the renderer is made. Rendering is the same either way: a partial renders
// in its includer's context and line, and its text is parsed with the default delimiters. Not
// written in (left for kainjow to include): a partial that does not compile (its errors stay
// its own), anything with a {{=...=}} delimiter change (which would leak into the includer), and
// partials nested deeper than kMaxDepth (one that includes itself).
constexpr int kMaxDepth = 8;

std::string trimmed(std::string_view s) {
    const size_t first = s.find_first_not_of(" \t\n\v\f\r");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t\n\v\f\r") - first + 1));
}

std::string with_partials_written_in(const std::string& text, const std::map<std::string, std::string>& partials,
                                     int depth = 0) {
    if (depth == kMaxDepth || text.find("{{=") != std::string::npos) return text;
    std::string out;
    size_t done = 0;
    // Tag by tag as kainjow's parser finds them: "{{" to the next "}}", or "}}}" after "{{{".
    for (size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", done)) {
        const bool triple = at + 2 < text.size() && text[at + 2] == '{';
        const size_t contents = at + (triple ? 3 : 2);
        const size_t end = text.find(triple ? "}}}" : "}}", contents);
        if (end == std::string::npos) break;
        const size_t after = end + (triple ? 3 : 2);
        const std::string tag = trimmed(std::string_view(text).substr(contents, end - contents));
        const auto partial = !triple && !tag.empty() && tag[0] == '>' ? partials.find(trimmed(std::string_view(tag).substr(1)))
                                                                       : partials.end();
        if (partial != partials.end()) {
            out.append(text, done, at - done);
            out += with_partials_written_in(partial->second, partials, depth + 1);
            done = after;
        } else {
            out.append(text, done, after - done);
            done = after;
        }
    }
    out.append(text, done, std::string::npos);
    return out;
}

// The partials that may be written in: those that compile and change no delimiters.
std::map<std::string, std::string> partials_to_write_in(const Theme& theme) {
    std::map<std::string, std::string> out;
    for (const auto& [name, text] : theme.partials)
        if (text.find("{{=") == std::string::npos && mustache::mustache(text).is_valid()) out.emplace(name, text);
    return out;
}
}  // namespace

struct Renderer::Impl {
    const Theme* theme;
    std::map<std::string, std::unique_ptr<mustache::mustache>> templates;
    std::map<std::string, mustache::data> partials;
};

Renderer::Renderer(const Theme& theme) : impl_(std::make_unique<Impl>()) {
    impl_->theme = &theme;
    const auto written_in = partials_to_write_in(theme);
    for (const auto& [name, text] : theme.templates) {
        auto compiled = std::make_unique<mustache::mustache>(text);
        // A template that does not compile stays as written, so its error names the right place.
        if (compiled->is_valid()) compiled = std::make_unique<mustache::mustache>(with_partials_written_in(text, written_in));
        impl_->templates[name] = std::move(compiled);
    }
    for (const auto& [name, text] : theme.partials) impl_->partials.emplace(name, mustache::data(text));
}

Renderer::~Renderer() = default;

bool Renderer::check(Diagnostics& diags) const {
    bool ok = true;
    for (const auto& [name, tmpl] : impl_->templates) {
        if (tmpl->is_valid()) continue;
        diags.error({impl_->theme->template_files.at(name), 0, 0}, "template error: " + tmpl->error_message() + "; fix the {{ }} tags");
        ok = false;
    }
    for (const auto& [name, text] : impl_->theme->partials) {
        mustache::mustache tmpl(text);
        if (tmpl.is_valid()) continue;
        diags.error({"themes/" + impl_->theme->name + "/partials/" + name + ".mustache", 0, 0},
                    "template error: " + tmpl.error_message() + "; fix the {{ }} tags");
        ok = false;
    }
    for (const char* required : {"base"})
        if (!impl_->templates.count(required)) {
            diags.error({"themes/" + impl_->theme->name + "/templates", 0, 0},
                        std::string("the theme has no ") + required + ".mustache layout; add one, or extend \"default\"");
            ok = false;
        }
    return ok;
}

std::string Renderer::render_page(PageView& page, Diagnostics& diags) {
    mustache::data data = to_mustache_data(page);
    return render_page(page.template_name, data, diags);
}

std::string Renderer::render_page(const std::string& template_name, mustache::data& data, Diagnostics& diags) {
    // The data is shared by the page template and the layout around it.
    std::string content = render_data(template_name, data, diags);
    data["content"] = mustache::data(mustache::data::type::string);
    const_cast<std::string&>(data["content"].string_value()) = std::move(content);
    return render_data("base", data, diags);
}

std::string Renderer::render_data(const std::string& template_name, mustache::data& data, Diagnostics& diags) {
    auto it = impl_->templates.find(template_name);
    if (it == impl_->templates.end()) {
        diags.error({"themes/" + impl_->theme->name + "/templates/" + template_name + ".mustache", 0, 0},
                    "the theme has no template for this page kind; add it, or extend \"default\"");
        return {};
    }
    ThemeContext context(&data, impl_->partials);
    // Appended straight to the page's text: mustache's own render() goes through a string
    // stream and then copies its whole text out.
    struct Sink {
        std::string& text;
        Sink& operator<<(const std::string& part) {
            text += part;
            return *this;
        }
    };
    std::string out;
    Sink sink{out};
    it->second->render(context, sink);
    if (!it->second->error_message().empty())
        diags.error({impl_->theme->template_files.at(template_name), 0, 0}, "template error: " + it->second->error_message());
    return out;
}

}  // namespace scrutiny
