// Plain entity structs: what the content files say, after parsing, with where they said it.
#pragma once

#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostics.h"

namespace scrutiny {

// A value together with the place in a file that gave it, so cross-reference errors point there.
struct LocatedString {
    std::string value;
    SourceLocation where;
};

struct Objective {
    std::string id, title, short_title, summary_markdown;
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

struct SiteConfig {
    std::string title, organisation, description, base_url, language = "en-GB", theme = "default",
        output_dir = "public";
    std::vector<Objective> objectives;
    std::vector<Plan> plans;  // empty: the site shows one plan
    std::vector<Area> areas;
    SpcSettings spc;
    std::string source_file = "site_config.toml";
    SourceLocation output_dir_where{"site_config.toml", 1, 1};  // the `output_dir` key, when given
    SourceLocation theme_where{"site_config.toml", 1, 1};       // the `theme` key, when given
};

// A date as written in TOML (no time zone, no clock).
struct Date {
    int year = 0, month = 0, day = 0;  // day 0: the whole month, when a paper gives no day
    std::string iso() const;  // "2021-01-26", or "2021-01" for a whole month
    auto operator<=>(const Date&) const = default;
};

// A financial-year quarter: FY starting `year`, quarter 1..4 (Q1 = April to June).
struct FinancialQuarter {
    int year = 0, quarter = 0;
    std::string label() const;        // "2020-Q3"
    std::string months_label() const;  // "October to December 2020"
    std::string fy_label() const;     // "Quarter 3 2020/21"
    auto operator<=>(const FinancialQuarter&) const = default;
};

enum class Status { not_started, in_progress, on_track, at_risk, on_hold, complete };

struct Activity {
    std::string ref, title;
    Status status = Status::not_started;
    SourceLocation where;
};

struct Update {
    FinancialQuarter period;
    std::optional<Date> published;
    std::optional<LocatedString> activity;
    std::string text_markdown;
    SourceLocation where;
};

struct Commitment {
    std::string ref, slug, objective, title, owner, body_markdown;
    Status status = Status::not_started;
    std::vector<LocatedString> oversight, metrics, see_also;
    std::vector<Activity> activities;
    std::vector<Update> updates;
    LocatedString objective_ref;
    std::optional<LocatedString> plan;  // a plan id, when the site lists [[plans]]
    std::string source_file;
    SourceLocation where;  // the ref key
};

struct Series {
    LocatedString area;
    std::string start;  // "YYYY-MM"
    SourceLocation start_where;
    std::vector<double> values;  // NaN = missing month
    std::vector<LocatedString> rebase;
    SourceLocation where;
};

struct Metric {
    std::string id, title, unit, value_type, aggregate, improvement, inclusion, definition, source,
        commentary_markdown;
    std::optional<LocatedString> objective;
    std::vector<std::string> signs_of_improvement;
    std::optional<double> target;
    bool illustrative = false;
    // "in-development": the office does not yet report the measure, so the site shows why
    // (status_note) and no figures.
    std::string status = "reported", status_note_markdown;
    std::vector<LocatedString> oversight;
    SpcSettings spc;
    std::vector<Series> series;
    std::string source_file;
    SourceLocation where;
};

// A standing oversight body from the glossary ("mechanism").
struct Mechanism {
    std::string id, name, purpose, meets;
    LocatedString objective;  // an objective id or "cross-cutting"
    bool notes_published = false, is_public = false;
    SourceLocation where;
};

struct Term {
    std::string term, expansion, definition, anchor;
    SourceLocation where;
};

// A dated holding-to-account meeting ("session").
struct Session {
    std::string slug, title, kind, minutes, body_markdown;
    Date date;  // for a quarter, its first month
    std::optional<FinancialQuarter> quarter;  // set when the papers date the session only by quarter
    LocatedString series;
    std::vector<LocatedString> objectives;
    std::string source_file;
    SourceLocation where;
};

struct Page {
    std::string slug, title, description, body_markdown;
    std::optional<int> weight;
    std::string source_file;
    SourceLocation where;
};

// Everything loaded from a site folder.
struct SiteContent {
    SiteConfig config;
    std::vector<Commitment> commitments;
    std::vector<Metric> metrics;
    std::vector<Mechanism> mechanisms;
    std::vector<Term> terms;
    std::vector<Session> sessions;
    std::vector<Page> pages;
    // Kinds ("commitment", "metric", "meeting") with a file that could not be read at all:
    // references to that kind are not checked, since the missing id may be in that file.
    std::set<std::string> unreadable_kinds;
};

std::optional<Status> parse_status(const std::string& word);
std::string status_word(Status s);   // "in-progress"
std::string status_label(Status s);  // "In progress"
const std::vector<std::string>& status_words();

}  // namespace scrutiny
