// Rendering a page: its view through the page kind's template, then through the theme's base
// layout. Partials come from the theme alone, never from the page's data, so a view key may
// share a partial's name (the `badges` key and the `badges` partial once did, and every badge
// rendered empty).
#pragma once

#include <memory>
#include <string>

namespace kainjow::mustache {
template <typename string_type> class basic_data;
using data = basic_data<std::string>;
}  // namespace kainjow::mustache

#include "common/diagnostics.h"
#include "render/theme.h"
#include "view/page_view.h"

namespace scrutiny {

// Holds the theme's templates compiled once. Not thread-safe: give each rendering thread its own.
class Renderer {
public:
    explicit Renderer(const Theme& theme);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Checks every template compiles; reports the ones that do not.
    bool check(Diagnostics& diags) const;

    // Renders the page's template with its view (consumed), then the "base" template with the
    // result as {{{content}}}. Errors (unknown template, template error) go to diags.
    std::string render_page(PageView& page, Diagnostics& diags);
    std::string render_page(const std::string& template_name, kainjow::mustache::data& data, Diagnostics& diags);

private:
    std::string render_data(const std::string& template_name, kainjow::mustache::data& data, Diagnostics& diags);
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace scrutiny
