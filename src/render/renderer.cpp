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
}  // namespace

struct Renderer::Impl {
    const Theme* theme;
    std::map<std::string, std::unique_ptr<mustache::mustache>> templates;
    std::map<std::string, mustache::data> partials;
};

Renderer::Renderer(const Theme& theme) : impl_(std::make_unique<Impl>()) {
    impl_->theme = &theme;
    for (const auto& [name, text] : theme.templates) impl_->templates[name] = std::make_unique<mustache::mustache>(text);
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
