#include "cli/starter_files.h"

#include <algorithm>

#include "common/file_system.h"
#include "common/text.h"
#include "common/text_file.h"
#include "content/content_loader.h"
#include "content/parsers.h"
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

constexpr const char* kMechanism = R"(
# An oversight body (added by scrutiny new meeting). Lines starting with # are notes for you.
[[meeting]]
id = "{{id}}"                        # commitments and measures name it in `oversight = [...]`
name = "{{title}}"
purpose = "Say in one sentence what this body checks."
objective = "{{objective}}"          # an objective id from site_config.toml, or "cross-cutting"
meets = "Quarterly"
# notes_published = true             # true when its minutes are public
)";

constexpr const char* kSession = R"(+++
# A holding-to-account session. Lines starting with # are notes for you; they are not published.
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
    static const std::vector<std::string> kinds = {"commitment", "metric", "meeting", "session", "page"};
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
    std::string text = fill_placeholders(kMetric, {{"id", id},
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
                           fill_placeholders(kCommitment, {{"ref", id},
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
    // `new meeting` once made a session record; a dated id ("2026-01-15-performance") still
    // means one, with a note, so old habits and scripts keep working.
    const bool old_spelling = kind == "meeting" && Date::parse(id.substr(0, 10)).has_value();
    if (kind == "meeting" && !old_spelling) {
        if (std::find(context.mechanisms.begin(), context.mechanisms.end(), id) != context.mechanisms.end()) {
            diags.error(here, "the glossary already has an oversight body `" + id + "`; choose another id, or edit it "
                              "in content/glossary/meetings.toml");
            return std::nullopt;
        }
        StarterFile file{"content/glossary/meetings.toml",
                         fill_placeholders(kMechanism, {{"id", id},
                                                        {"title", toml_escape(title_from_id(id))},
                                                        {"objective", context.objective.empty() ? "cross-cutting" : context.objective}}),
                         true, "for a holding-to-account session, use scrutiny new session NAME"};
        return file;
    }
    if (kind == "session" || old_spelling) {
        if (context.mechanism.empty()) {
            diags.error({"content/glossary/meetings.toml", 0, 0},
                        "a session belongs to an oversight body, and the glossary lists none; add a [[meeting]] "
                        "to content/glossary/meetings.toml first");
            return std::nullopt;
        }
        StarterFile file{"content/meetings/" + id + ".md",
                           fill_placeholders(kSession, {{"title", toml_escape(title_from_id(id))},
                                           {"date", context.today.iso()},
                                           {"mechanism", context.mechanism},
                                           {"objective", context.objective}}),
                         false,
                         old_spelling ? "`new meeting` now adds an oversight body to the glossary; for sessions write "
                                        "scrutiny new session " + id
                                      : ""};
        return file;
    }
    if (kind == "page") {
        if (is_reserved_page_slug(id)) {
            diags.error(here, "a page cannot be called `" + id + "`: the site uses /" + id + "/ itself; choose another id");
            return std::nullopt;
        }
        return StarterFile{"content/pages/" + id + ".md", fill_placeholders(kPage, {{"id", id}, {"title", toml_escape(title_from_id(id))}})};
    }
    diags.error(here, "unknown kind `" + kind + "`; write commitment, metric, meeting, session or page");
    return std::nullopt;
}

StarterContext read_starter_context(const FileSystem& site, Diagnostics& diags) {
    StarterContext context;
    context.today = build_date_from_environment();
    if (auto config = load_site_config(site, diags); config && !config->objectives.empty())
        context.objective = config->objectives.front().id;
    if (site.is_file("content/glossary/meetings.toml"))
        if (auto text = read_text_file(site, "content/glossary/meetings.toml", diags)) {
            auto mechanisms = parse_mechanisms(*text, "content/glossary/meetings.toml", diags);
            if (!mechanisms.empty()) context.mechanism = mechanisms.front().id;
            for (const auto& m : mechanisms) context.mechanisms.push_back(m.id);
        }
    return context;
}


}  // namespace scrutiny
