#include "render/theme.h"

#include <set>

#include "common/text.h"
#include "common/text_file.h"
#include "common/toml_reader.h"

namespace scrutiny {

namespace {
void load_layer(const FileSystem& fs, const std::string& dir, Theme& theme, Diagnostics& diags) {
    for (const auto& path : fs.list_files(dir)) {
        const std::string rel = path.substr(dir.size() + 1);
        auto strip = [&](const std::string& prefix) { return rel.substr(prefix.size(), rel.size() - prefix.size() - 9); };
        const bool mustache = rel.size() > 9 && rel.compare(rel.size() - 9, 9, ".mustache") == 0;
        if (mustache && rel.rfind("templates/", 0) == 0) {
            const std::string name = strip("templates/");
            if (theme.templates.count(name)) continue;  // the child theme's file wins
            if (auto text = read_text_file(fs, path, diags)) {
                theme.templates[name] = *text;
                theme.template_files[name] = path;
            }
        } else if (mustache && rel.rfind("partials/", 0) == 0) {
            const std::string name = strip("partials/");
            if (theme.partials.count(name)) continue;
            if (auto text = read_text_file(fs, path, diags)) theme.partials[name] = *text;
        } else if (rel.rfind("static/", 0) == 0) {
            const std::string out = rel.substr(7);
            if (theme.static_files.count(out)) continue;
            if (auto bytes = fs.read(path)) {
                theme.static_files[out] = *bytes;
                theme.static_origin[out] = path;
            }
        }
    }
}
}  // namespace

const FileSystem* find_theme(const FileSystem& site, const FileSystem& builtin, const std::string& name,
                             const SourceLocation& named_at, Diagnostics& diags) {
    const std::string dir = "themes/" + name;
    if (site.is_directory(dir)) return &site;
    if (builtin.is_directory(dir)) return &builtin;
    diags.error(named_at, "theme `" + name + "` not found: there is no folder " + dir + "; create it, or use theme = \"default\"");
    return nullptr;
}

std::optional<Theme> load_theme(const FileSystem& site, const FileSystem& builtin, const std::string& name,
                                const SourceLocation& named_at, Diagnostics& diags) {
    Theme theme;
    theme.name = name;
    std::set<std::string> seen;
    std::string current = name;
    SourceLocation where = named_at;
    while (!current.empty()) {
        if (!seen.insert(current).second) {
            diags.error(where, "themes extend each other in a circle (" + current + "); make one of them extend \"default\" or nothing");
            return std::nullopt;
        }
        const std::string dir = "themes/" + current;
        const FileSystem* fs = find_theme(site, builtin, current, where, diags);
        if (!fs) return std::nullopt;
        load_layer(*fs, dir, theme, diags);
        std::string parent;
        const std::string manifest = dir + "/theme.toml";
        if (fs->is_file(manifest)) {
            if (auto text = read_text_file(*fs, manifest, diags)) {
                if (auto parsed = parse_toml(*text, manifest, 0, diags)) {
                    TomlTable t(*parsed, manifest, 0, diags, {manifest, 1, 1});
                    parent = t.string("extends", false).value_or("");
                    t.string("description", false);
                    where = t.where_of_key("extends");
                    t.finish();
                }
            }
        }
        // Every theme falls back on the built-in default for what it does not provide.
        if (parent.empty() && current != "default") parent = "default";
        current = parent;
    }
    return theme;
}

}  // namespace scrutiny
