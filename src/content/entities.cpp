#include "content/entities.h"

namespace scrutiny {

namespace {
const std::vector<std::string> kStatusLabels = {"Not started", "In progress", "On track",
                                                "At risk",     "On hold",     "Complete"};
}  // namespace

const WordTable<Status>& status_words() {
    static const WordTable<Status> table{"not-started", "in-progress", "on-track", "at-risk", "on-hold", "complete"};
    return table;
}

std::string status_word(Status s) { return status_words().word(s); }
std::string status_label(Status s) { return kStatusLabels[static_cast<size_t>(s)]; }

const WordTable<Owner>& owner_words() {
    static const WordTable<Owner> table{"pcc", "force"};
    return table;
}

const WordTable<SessionKind>& session_kind_words() {
    static const WordTable<SessionKind> table{"performance", "thematic", "public", "virtual", "ad-hoc"};
    return table;
}

const WordTable<MetricStatus>& metric_status_words() {
    static const WordTable<MetricStatus> table{"reported", "in-development"};
    return table;
}

const WordTable<spc::ValueType>& value_type_words() {
    static const WordTable<spc::ValueType> table{"count", "percent", "rate", "minutes"};
    return table;
}

const WordTable<spc::Aggregate>& aggregate_words() {
    static const WordTable<spc::Aggregate> table{"sum", "mean"};
    return table;
}

// The chart JSON writes the same words (spc::improvement_name), so they are taken from there.
const WordTable<spc::Improvement>& improvement_words() {
    using spc::Improvement;
    static const WordTable<Improvement> table{std::string(spc::improvement_name(Improvement::increase)),
                                              std::string(spc::improvement_name(Improvement::decrease)),
                                              std::string(spc::improvement_name(Improvement::neutral))};
    return table;
}

}  // namespace scrutiny
