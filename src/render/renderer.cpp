#include "render/renderer.h"

#include <map>

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

namespace scrutiny {

namespace mustache = kainjow::mustache;

namespace {
// JSON views become Mustache data. Empty strings and null become false, so `{{#key}}` sections
// behave as a theme author expects (Mustache treats an empty string as true).
// kainjow's set() and push_back() copy their argument, which makes a naive conversion copy
// each subtree once per level; instead an empty slot is inserted and the converted child is
// moved into it (the slot is owned by `d`, which is not const).
mustache::data to_data(const nlohmann::ordered_json& j) {
    switch (j.type()) {
        case nlohmann::ordered_json::value_t::object: {
            mustache::data d(mustache::data::type::object);
            for (const auto& [key, value] : j.items()) {
                d.set(key, mustache::data(false));
                *const_cast<mustache::data*>(d.get(key)) = to_data(value);
            }
            return d;
        }
        case nlohmann::ordered_json::value_t::array: {
            mustache::data d(mustache::data::type::list);
            for (const auto& value : j) {
                d.push_back(mustache::data(false));
                const_cast<mustache::basic_list<std::string>&>(d.list_value()).back() = to_data(value);
            }
            return d;
        }
        case nlohmann::ordered_json::value_t::string: {
            const auto& s = j.get_ref<const std::string&>();
            if (s.empty()) return mustache::data(false);
            return mustache::data(s);
        }
        case nlohmann::ordered_json::value_t::boolean: return mustache::data(j.get<bool>());
        case nlohmann::ordered_json::value_t::null: return mustache::data(false);
        default: return mustache::data(j.dump());
    }
}
}  // namespace

struct Renderer::Impl {
    const Theme* theme;
    std::map<std::string, std::unique_ptr<mustache::mustache>> templates;
    mustache::data partials{mustache::data::type::object};
};

Renderer::Renderer(const Theme& theme) : impl_(std::make_unique<Impl>()) {
    impl_->theme = &theme;
    for (const auto& [name, text] : theme.templates) impl_->templates[name] = std::make_unique<mustache::mustache>(text);
    for (const auto& [name, text] : theme.partials) impl_->partials.set(name, mustache::data(text));
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

std::string Renderer::render_page(const std::string& template_name, const nlohmann::ordered_json& view, Diagnostics& diags) {
    // The view is converted once and shared by the page template and the layout around it.
    mustache::data data = to_data(view);
    std::string content = render_data(template_name, data, diags);
    data.set("content", mustache::data(std::move(content)));
    return render_data("base", data, diags);
}

std::string Renderer::render_data(const std::string& template_name, kainjow::mustache::data& data, Diagnostics& diags) {
    auto it = impl_->templates.find(template_name);
    if (it == impl_->templates.end()) {
        diags.error({"themes/" + impl_->theme->name + "/templates/" + template_name + ".mustache", 0, 0},
                    "the theme has no template for this page kind; add it, or extend \"default\"");
        return {};
    }
    for (const auto& [name, text] : impl_->theme->partials)
        if (!data.get(name)) data.set(name, mustache::data(text));
    std::string out = it->second->render(data);
    if (!it->second->error_message().empty())
        diags.error({impl_->theme->template_files.at(template_name), 0, 0}, "template error: " + it->second->error_message());
    return out;
}

}  // namespace scrutiny
