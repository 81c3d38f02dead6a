#include "config/site_config.h"

#include <filesystem>
#include <set>

#include "common/text.h"
#include "common/toml_reader.h"

namespace scrutiny {

namespace {
std::optional<int> positive_int(TomlTable& t, const std::string& key, int minimum) {
    auto v = t.integer(key, false);
    if (!v) return std::nullopt;
    if (*v < minimum || *v > 1000) {
        t.diags().error(t.where_of_key(key), "`" + key + "` must be between " + std::to_string(minimum) +
                                                 " and 1000, not " + std::to_string(*v));
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

// `favicon` and `theme_colour`: checked here, since a bad value would only show as a missing
// icon or a browser ignoring the colour.
void read_identity(TomlTable& root, SiteConfig& c) {
    Diagnostics& diags = root.diags();
    if (auto icon = root.string("favicon", false)) {
        c.favicon = *icon;
        c.favicon_where = root.where_of_key("favicon");
        const auto dot = icon->rfind('.');
        const std::string extension = dot == std::string::npos ? "" : ascii_lower(icon->substr(dot));
        // Only the site's assets/ folder is published as it is.
        if (icon->rfind("assets/", 0) != 0 || icon->find("..") != std::string::npos ||
            (extension != ".svg" && extension != ".png" && extension != ".ico"))
            diags.error(c.favicon_where, "`favicon` must be the path of an .svg, .png or .ico file in the site's assets/ folder, like \"assets/icon.svg\", not `" +
                                             *icon + "`");
    }
    if (auto colour = root.string("theme_colour", false)) {
        c.theme_colour = *colour;
        const bool hex = colour->size() == 7 && colour->front() == '#' &&
                         colour->find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
        if (!hex)
            diags.error(root.where_of_key("theme_colour"),
                        "`theme_colour` must be a colour written as # and six hexadecimal digits, like \"#12355b\", not `" + *colour + "`");
    }
}
}  // namespace

SpcSettings read_spc_settings(TomlTable& t) {
    SpcSettings s;
    s.shift_run = positive_int(t, "shift_run", 2);
    s.trend_run = positive_int(t, "trend_run", 2);
    s.recalculate_after = positive_int(t, "recalculate_after", 0);
    s.min_points = positive_int(t, "min_points", 2);
    s.fix_after_n_points = positive_int(t, "fix_after_n_points", 12);
    s.screen_outliers = t.boolean("screen_outliers");
    t.finish();
    return s;
}

std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& file,
                                            Diagnostics& diags) {
    auto parsed = parse_toml(text, file, 0, diags);
    if (!parsed) return std::nullopt;
    const int errors_before = diags.error_count();
    TomlTable root(*parsed, file, 0, diags, {file, 1, 1});
    SiteConfig c;
    c.source_file = file;
    c.title = root.string("title", true).value_or("");
    c.organisation = root.string("organisation", true).value_or("");
    c.description = root.string("description", false).value_or("");
    c.base_url = root.string("base_url", true).value_or("");
    if (!c.base_url.empty() && c.base_url.back() != '/') c.base_url += '/';
    if (!c.base_url.empty() && !is_web_address(c.base_url))
        diags.error(root.where_of_key("base_url"),
                    "`base_url` must be a web address starting with https:// or http://, without spaces or quotes; write the address the site will be published at");
    c.language = root.string("language", false).value_or("en-GB");
    c.theme = root.string("theme", false).value_or("default");
    c.theme_where = root.where_of_key("theme");
    if (!is_valid_id(c.theme))
        diags.error(c.theme_where, "`theme` must be the name of a folder in themes/, in lower case, like \"default\"");
    c.output_dir = root.string("output_dir", false).value_or("public");
    c.output_dir_where = root.where_of_key("output_dir");
    // The build replaces the whole output folder, so it must be a folder of its own inside the
    // site: never the site itself, a folder above it, or one holding sources.
    std::string tidy = std::filesystem::path(c.output_dir).lexically_normal().generic_string();  // "./public/" -> "public/"
    if (!tidy.empty() && tidy.back() == '/') tidy.pop_back();
    const std::string first_part = tidy.substr(0, tidy.find('/'));
    static const std::set<std::string> sources = {"", ".", "..", "content", "assets", "themes", "site_config.toml"};
    if (sources.count(first_part) || c.output_dir.find("..") != std::string::npos || c.output_dir.front() == '/')
        diags.error(c.output_dir_where, "`output_dir` must be a folder of its own inside the site, like \"public\", not `" +
                                            c.output_dir + "`: the build replaces everything in it");

    read_identity(root, c);

    std::set<std::string> seen;
    for (auto& t : root.tables("objectives")) {
        Objective o;
        o.where = t.where();
        o.id = t.string("id", true).value_or("");
        o.title = t.string("title", true).value_or("");
        o.short_title = t.string("short", false).value_or(o.title);
        if (auto summary = t.located_string("summary", false)) {
            o.summary_markdown = summary->value;
            o.summary_where = summary->where;
        }
        if (!o.id.empty() && !is_valid_id(o.id))
            diags.error(t.where_of_key("id"), "objective id `" + o.id + "` must be lower-case letters, digits and hyphens");
        if (!o.id.empty() && !seen.insert(o.id).second)
            diags.error(t.where_of_key("id"), "objective id `" + o.id + "` is used twice; give each objective its own id");
        t.finish();
        c.objectives.push_back(std::move(o));
    }
    if (c.objectives.empty() && root.has("title"))
        diags.error({file, 1, 1}, "no objectives: add at least one [[objectives]] table with id and title");

    seen.clear();
    int current_plans = 0;
    for (auto& t : root.tables("plans")) {
        Plan p;
        p.where = t.where();
        p.id = t.string("id", true).value_or("");
        p.title = t.string("title", true).value_or("");
        p.current = t.boolean("current").value_or(false);
        if (!p.id.empty() && !is_valid_id(p.id))
            diags.error(t.where_of_key("id"), "plan id `" + p.id + "` must be lower-case letters, digits and hyphens");
        if (!p.id.empty() && !seen.insert(p.id).second)
            diags.error(t.where_of_key("id"), "plan id `" + p.id + "` is used twice; give each plan its own id");
        if (p.current) ++current_plans;
        t.finish();
        c.plans.push_back(std::move(p));
    }
    if (!c.plans.empty() && current_plans != 1)
        diags.error(c.plans.front().where, "exactly one plan must have `current = true` (the plan in force); found " +
                                               std::to_string(current_plans));

    seen.clear();
    int totals = 0;
    for (auto& t : root.tables("areas")) {
        Area a;
        a.where = t.where();
        a.id = t.string("id", true).value_or("");
        a.name = t.string("name", true).value_or("");
        a.total = t.boolean("total").value_or(false);
        if (auto p = t.integer("population", false)) a.population = *p;
        if (!a.id.empty() && !is_valid_id(a.id))
            diags.error(t.where_of_key("id"), "area id `" + a.id + "` must be lower-case letters, digits and hyphens");
        if (!a.id.empty() && !seen.insert(a.id).second)
            diags.error(t.where_of_key("id"), "area id `" + a.id + "` is used twice; give each area its own id");
        if (a.total) ++totals;
        t.finish();
        c.areas.push_back(std::move(a));
    }
    if (c.areas.empty())
        diags.error({file, 1, 1}, "no areas: add [[areas]] tables with id and name, one of them with total = true");
    else if (totals != 1)
        diags.error(c.areas.front().where, "exactly one area must have `total = true` (the whole force area); found " +
                                               std::to_string(totals));
    if (auto spc = root.table("spc")) c.spc = read_spc_settings(*spc);
    if (auto import = root.table("import")) {
        for (auto& name : import->string_list("whole_force_names")) c.import.whole_force_names.push_back(name.value);
        import->finish();
    }
    c.national_measures = read_national_measures(root, diags);
    root.finish();
    if (diags.error_count() > errors_before) return std::nullopt;
    return c;
}

}  // namespace scrutiny
