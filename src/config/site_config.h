// site_config.toml: title, base URL, objectives, areas and control-chart defaults.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "config/national_measures.h"

namespace scrutiny {

class TomlTable;

struct Objective {
    std::string id, title, short_title, summary_markdown;
    SourceLocation summary_where;  // the `summary` value, where its links are checked
    SourceLocation where;
};

// An edition of the plan (site_config.toml [[plans]]): commitments are numbered afresh in each.
struct Plan {
    std::string id, title;
    bool current = false;
    SourceLocation where;
};

struct Area {
    std::string id, name;
    bool total = false;
    std::optional<long long> population;
    SourceLocation where;
};

// The [spc] options, each optional so a metric can override only some of the site's.
struct SpcSettings {
    std::optional<int> shift_run, trend_run, recalculate_after, min_points, fix_after_n_points;
    std::optional<bool> screen_outliers;
};

// The [import] table: how this office's spreadsheets name things.
struct ImportSettings {
    // Column headings or area cells that mean the whole-force area, besides Total, Force and All.
    std::vector<std::string> whole_force_names;
};

struct SiteConfig {
    std::string title, organisation, description, base_url, language = "en-GB", theme = "default",
        output_dir = "public";
    // How browsers and shared links show the site: the icon (a path inside the site, "" for the
    // theme's own) and the colour of the browser's bar ("#rrggbb").
    std::string favicon, theme_colour = "#12355b";
    SourceLocation favicon_where{"site_config.toml", 1, 1};
    std::vector<Objective> objectives;
    std::vector<Plan> plans;  // empty: the site shows one plan
    std::vector<Area> areas;
    std::vector<NationalMeasureMapping> national_measures;  // empty: no statement page
    SpcSettings spc;
    ImportSettings import;
    std::string source_file = "site_config.toml";
    SourceLocation output_dir_where{"site_config.toml", 1, 1};  // the `output_dir` key, when given
    SourceLocation theme_where{"site_config.toml", 1, 1};       // the `theme` key, when given
};

// Parses site_config.toml text (the links in objective summaries are checked by the content
// loader, which knows Markdown); every problem is reported, and a config is returned only
// when it is complete enough for the rest of the pipeline to run.
std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& file,
                                            Diagnostics& diags);

// The keys of an [spc] table (the site's, or a metric's override), validated.
SpcSettings read_spc_settings(TomlTable& table);

}  // namespace scrutiny
