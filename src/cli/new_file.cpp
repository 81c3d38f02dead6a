#include "cli/new_file.h"

#include <cstdio>
#include <filesystem>
#include <ostream>

#include "cli/build.h"
#include "config/site_config.h"
#include "content/content_loader.h"
#include "content/parsers.h"
#include "common/file_system.h"
#include "common/text.h"
#include "view/page_kinds.h"
#include "pipeline.h"

namespace scrutiny {

namespace {

// The templates. Placeholders: {{ref}}, {{id}}, {{title}}, {{objective}}, {{mechanism}}, {{date}}.
// Each must build as it is (new_file_test.cpp builds every one).

constexpr const char* kCommitment = R"(+++
# A plan commitment. Lines starting with # are notes for you; they are not published.
ref = "{{ref}}"                      # the plan's reference, exactly as the plan prints it
objective = "{{objective}}"          # an objective id from site_config.toml
title = "{{title}}"                  # the commitment in one sentence
owner = "pcc"                        # "pcc" (the Commissioner's own) or "force" (policing)
status = "not-started"               # not-started | in-progress | on-track | at-risk | on-hold | complete
# oversight = ["{{mechanism}}"]      # ids from content/glossary/meetings.toml
# metrics = ["violence-with-injury"] # ids of files in content/metrics/
# see_also = ["A1"]                  # other commitments' refs

# Supporting activities, in order; copy the block for each one.
# [[activities]]
# ref = "{{ref}}.1"
# title = "What will be done"
# status = "not-started"

# Progress updates: add one each quarter. period is the financial-year quarter
# ("2024-Q1" is April to June 2024).
# [[updates]]
# period = "2024-Q1"
# published = 2024-07-30
# text = """
# What happened this quarter, in plain words.
# """
+++
Say here, in plain words, what this commitment means for the public and how we will know it
has been delivered. You can use Markdown: **bold**, lists, [links](https://www.example.org/).
)";

constexpr const char* kMetric = R"(# A performance measure. Lines starting with # are notes for you; they are not published.
title = "{{title}}"
# objective = "{{objective}}"      # an objective id from site_config.toml; leave out for "other measures"
unit = "{{unit}}"                  # the noun used in sentences and on the axis: "offences", "calls", "%"
value_type = "{{value_type}}"      # count | percent | rate | minutes
improvement = "neutral"            # increase | decrease | neutral: which way is better
# inclusion = "Quarter unless exceptional"
# signs_of_improvement = ["Stable volumes of recorded crime"]
definition = "Say exactly what is counted."
source = "Say where the figures come from."
# target = 90                      # a number; the page then says whether the target is being met
# oversight = ["{{mechanism}}"]    # ids from content/glossary/meetings.toml
# commentary = """What the analysts want to say about this quarter, in Markdown."""

# The monthly figures, one [[series]] per area. The easiest way to fill them is from a
# spreadsheet: scrutiny import FILE.csv --metric {{id}}
# [[series]]
# area = "west-mercia"             # an area id from site_config.toml
# start = "2023-04"                # the first month, YYYY-MM
# values = [812, 845, 901, nan]    # one number per month; nan = no figure that month
)";

constexpr const char* kMeeting = R"(+++
# A holding-to-account meeting. Lines starting with # are notes for you; they are not published.
date = {{date}}                      # the day it took place, YYYY-MM-DD
title = "{{title}}"
kind = "performance"                 # performance | thematic | public | virtual | ad-hoc
series = "{{mechanism}}"             # the oversight meeting it belongs to (content/glossary/meetings.toml)
# objectives = ["{{objective}}"]     # objective ids from site_config.toml
# minutes = "https://www.example.org/minutes.pdf"
+++
The key outcomes of the meeting, in plain words. You can use Markdown lists:

- what was asked
- what was agreed
)";

constexpr const char* kPage = R"(+++
# A free page, published at /{{id}}/. Lines starting with # are notes for you; they are not published.
title = "{{title}}"
# description = "One sentence for search engines."
# weight = 10                        # give a number to link the page in the footer (lowest first)
+++
Write the page here, in Markdown.
)";

std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [key, value] : values) {
        const std::string placeholder = "{{" + key + "}}";
        for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

std::string toml_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

}  // namespace

const std::vector<std::string>& starter_kinds() {
    static const std::vector<std::string> kinds = {"commitment", "metric", "meeting", "page"};
    return kinds;
}

std::string title_from_id(const std::string& id) {
    std::string t = id;
    for (auto& c : t)
        if (c == '-' || c == '_') c = ' ';
    if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 'a' + 'A');
    return t;
}

std::string metric_starter_text(const std::string& id, bool percent, const std::string& series_toml,
                                const StarterContext& context) {
    std::string text = fill(kMetric, {{"id", id},
                                      {"title", toml_escape(title_from_id(id))},
                                      {"unit", percent ? "%" : "offences"},
                                      {"value_type", percent ? "percent" : "count"},
                                      {"objective", context.objective.empty() ? "victims" : context.objective},
                                      {"mechanism", context.mechanism.empty() ? "victims-board" : context.mechanism}});
    if (!series_toml.empty()) {
        // The commented example series gives way to the real ones.
        const size_t example = text.find("# [[series]]");
        text = text.substr(0, example) + series_toml;
    }
    return text;
}

std::optional<StarterFile> make_starter(const std::string& kind, const std::string& id, const StarterContext& context,
                                        Diagnostics& diags) {
    const SourceLocation here{"", 0, 0};
    if (kind == "commitment") {
        const std::string slug = slugify(id);
        if (slug.empty() || id.find_first_of("\"\\\n") != std::string::npos) {
            diags.error(here, "`" + id + "` is not a commitment reference; give the plan's reference, like A3 or 1.2");
            return std::nullopt;
        }
        return StarterFile{"content/commitments/" + slug + ".md",
                           fill(kCommitment, {{"ref", id},
                                              {"title", "Commitment " + id + ": say what was promised"},
                                              {"objective", context.objective},
                                              {"mechanism", context.mechanism.empty() ? "victims-board" : context.mechanism}})};
    }
    if (!is_valid_id(id)) {
        diags.error(here, "`" + id + "` is not a valid id; use lower-case words joined by hyphens, like `" +
                              (slugify(id).empty() ? std::string("violence-with-injury") : slugify(id)) + "`");
        return std::nullopt;
    }
    if (kind == "metric")
        return StarterFile{"content/metrics/" + id + ".toml", metric_starter_text(id, false, "", context)};
    if (kind == "meeting") {
        if (context.mechanism.empty()) {
            diags.error({"content/glossary/meetings.toml", 0, 0},
                        "a meeting record belongs to an oversight meeting, and the glossary lists none; add a [[meeting]] "
                        "to content/glossary/meetings.toml first");
            return std::nullopt;
        }
        return StarterFile{"content/meetings/" + id + ".md",
                           fill(kMeeting, {{"title", toml_escape(title_from_id(id))},
                                           {"date", context.today.iso()},
                                           {"mechanism", context.mechanism},
                                           {"objective", context.objective}})};
    }
    if (kind == "page") {
        if (is_reserved_page_slug(id)) {
            diags.error(here, "a page cannot be called `" + id + "`: the site uses /" + id + "/ itself; choose another id");
            return std::nullopt;
        }
        return StarterFile{"content/pages/" + id + ".md", fill(kPage, {{"id", id}, {"title", toml_escape(title_from_id(id))}})};
    }
    diags.error(here, "unknown kind `" + kind + "`; write commitment, metric, meeting or page");
    return std::nullopt;
}

StarterContext read_starter_context(const FileSystem& site, Diagnostics& diags) {
    StarterContext context;
    context.today = build_date_from_environment();
    if (auto text = read_text_file(site, "site_config.toml", diags))
        if (auto config = parse_site_config(*text, "site_config.toml", diags); config && !config->objectives.empty())
            context.objective = config->objectives.front().id;
    if (site.is_file("content/glossary/meetings.toml"))
        if (auto text = read_text_file(site, "content/glossary/meetings.toml", diags)) {
            auto mechanisms = parse_mechanisms(*text, "content/glossary/meetings.toml", diags);
            if (!mechanisms.empty()) context.mechanism = mechanisms.front().id;
        }
    return context;
}

int run_new(const NewCommandOptions& options, std::ostream& out, std::ostream& err) {
    DiskFileSystem site(options.source);
    if (!site.is_file("site_config.toml")) {
        err << "error: no site_config.toml in `" << options.source << "`; run scrutiny in a site folder or pass --source DIR\n";
        return 2;
    }
    Diagnostics diags;
    StarterContext context = read_starter_context(site, diags);
    if (diags.has_errors()) {
        print_diagnostics(diags, err, "nothing was written");
        return 1;
    }
    auto starter = make_starter(options.kind, options.id, context, diags);
    if (!starter) {
        print_diagnostics(diags, err, "nothing was written");
        // A wrong kind or id is a usage error; a site that lacks what the starter needs is not.
        bool about_arguments = true;
        for (const auto& d : diags.all()) about_arguments = about_arguments && d.where.file.empty();
        return about_arguments ? 2 : 1;
    }
    // A file whose name differs only in case or punctuation ("Notes.md") would share the web address.
    const std::filesystem::path relative(starter->path);
    for (const auto& other : files_with_extension(site, relative.parent_path().string(), relative.extension().string()))
        if (other != starter->path && slugify(file_stem(other)) == slugify(relative.stem().string())) {
            err << other << ": error: this file already has the web address that `" << options.id
                << "` would get; choose another id or edit this file\n";
            return 2;
        }
    const std::filesystem::path path = std::filesystem::path(options.source) / starter->path;
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    // "x": fails when the file exists, so an existing file is never overwritten, even in a race.
    std::FILE* f = std::fopen(path.c_str(), "wx");
    if (!f) {
        if (std::filesystem::exists(path)) {
            err << starter->path << ": error: this file already exists, and new never overwrites; choose another id or edit it\n";
            return 2;
        }
        err << starter->path << ": error: cannot create this file; check the folder is writable\n";
        return 1;
    }
    const bool ok = std::fwrite(starter->text.data(), 1, starter->text.size(), f) == starter->text.size();
    if (std::fclose(f) != 0 || !ok) {
        err << starter->path << ": error: could not write the whole file; check the disk has space\n";
        return 1;
    }
    out << "created " << starter->path << "; edit it, then run scrutiny serve to see it\n";
    return 0;
}

}  // namespace scrutiny
