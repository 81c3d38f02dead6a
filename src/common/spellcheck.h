// "Did you mean": the nearest known word to a misspelt id or key.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace scrutiny {

// Optimal-string-alignment edit distance (insertions, deletions, substitutions, swaps).
int edit_distance(const std::string& a, const std::string& b);

// The closest candidate within a distance that scales with the word (at most a third of
// its length, at least 2), or a candidate that contains it; nothing when none is close.
// Ties go to the earliest candidate, so suggestions are deterministic.
std::optional<std::string> closest_match(const std::string& word,
                                         const std::vector<std::string>& candidates);

// "; did you mean `victims-board`?" or, with no close match, "; use one of `a`, `b`, `c`"
// (the first few) so the user always learns what to write.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace scrutiny
