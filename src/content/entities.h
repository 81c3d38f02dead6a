// Plain entity structs: what the content files say, after parsing, with where they said it.
#pragma once

#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "common/calendar.h"
#include "common/diagnostics.h"
#include "common/shared_text.h"
#include "common/word_table.h"
#include "config/site_config.h"
#include "spc/quarters.h"
#include "spc/sentences.h"
#include "spc/special_cause_rules.h"

namespace scrutiny {

// Each value set is an enum with one table of the words content files use for it (WordTable):
// parsed once by the parsers, with a located error and "did you mean" for any other word.
enum class Status { not_started, in_progress, on_track, at_risk, on_hold, complete };
const WordTable<Status>& status_words();  // "in-progress"
std::string status_word(Status s);
std::string status_label(Status s);  // "In progress"

// Whose commitment it is: the Commissioner's own, or a policing element (the force's).
enum class Owner { pcc, force };
const WordTable<Owner>& owner_words();

// What kind of holding-to-account meeting a session was.
enum class SessionKind { performance, thematic, public_meeting, virtual_meeting, ad_hoc };
const WordTable<SessionKind>& session_kind_words();

// A metric's value sets, as control charts use them.
const WordTable<spc::ValueType>& value_type_words();      // count, percent, rate, minutes
const WordTable<spc::Aggregate>& aggregate_words();       // sum, mean
const WordTable<spc::Improvement>& improvement_words();   // increase, decrease, neutral

// Whether the office reports a measure yet.
enum class MetricStatus { reported, in_development };
const WordTable<MetricStatus>& metric_status_words();  // reported, in-development

// A month together with the place in a file that gave it.
struct LocatedMonth {
    Month month;
    SourceLocation where;
};

struct Activity {
    std::string ref, title;
    Status status = Status::not_started;
    SourceLocation where;
};

struct Update {
    FinancialQuarter period;
    std::optional<Date> published;
    std::optional<LocatedString> activity;
    SharedText text_markdown;  // a view of the derived cache when read back from it
    SourceLocation where;
};

struct Commitment {
    std::string ref, slug, objective, title;
    SharedText body_markdown;  // a view of the derived cache when read back from it
    Owner owner = Owner::pcc;
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
    std::optional<Month> start;  // nothing when missing or not a month (already reported)
    SourceLocation start_where;
    std::vector<double> values;  // NaN = missing month
    std::vector<LocatedMonth> rebase;  // only the ones that are months (the others are reported)
    SourceLocation where;
};

struct Metric {
    std::string id, title, unit, inclusion, definition, source, commentary_markdown;
    spc::ValueType value_type = spc::ValueType::count;
    spc::Aggregate aggregate = spc::Aggregate::sum;  // count: sum; otherwise mean, unless given
    spc::Improvement improvement = spc::Improvement::neutral;
    std::optional<LocatedString> objective;
    std::vector<std::string> signs_of_improvement;
    std::optional<double> target;
    bool illustrative = false;
    // In development: the office does not yet report the measure, so the site shows why
    // (status_note) and no figures.
    MetricStatus status = MetricStatus::reported;
    std::string status_note_markdown;
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
    std::string slug, title, minutes, body_markdown;
    SessionKind kind = SessionKind::performance;
    Date date;  // day 0: the papers give only the month; for a quarter, its first month
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
struct NationalText {
    std::string body_markdown, source_file;
};

struct SiteContent {
    SiteConfig config;
    std::vector<Commitment> commitments;
    std::vector<Metric> metrics;
    std::vector<Mechanism> mechanisms;
    std::vector<Term> terms;
    std::vector<Session> sessions;
    std::vector<Page> pages;
    // The Commissioner's words on each national measure: content/national-measures/<id>.md.
    std::map<std::string, NationalText> national_texts;
    // Kinds ("commitment", "metric", "meeting") with a file that could not be read at all:
    // references to that kind are not checked, since the missing id may be in that file.
    std::set<std::string> unreadable_kinds;
};


}  // namespace scrutiny
