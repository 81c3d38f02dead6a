#include "common/spellcheck.h"

#include <algorithm>
#include <cctype>

namespace scrutiny {

int edit_distance(const std::string& a, const std::string& b) {
    const size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
    for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
    for (size_t i = 1; i <= n; ++i) {
        for (size_t j = 1; j <= m; ++j) {
            const int cost = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                                     std::tolower(static_cast<unsigned char>(b[j - 1]))
                                 ? 0
                                 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

std::optional<std::string> closest_match(const std::string& word,
                                         const std::vector<std::string>& candidates) {
    const int limit = std::max(2, static_cast<int>(word.size()) / 3);
    std::optional<std::string> best;
    int best_distance = limit + 1;
    for (const auto& c : candidates) {
        const int dist = edit_distance(word, c);
        if (dist < best_distance) {
            best_distance = dist;
            best = c;
        }
    }
    if (best) return best;
    if (word.size() >= 3) {
        for (const auto& c : candidates)
            if (c.find(word) != std::string::npos || word.find(c) != std::string::npos) return c;
    }
    return std::nullopt;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
    if (auto m = closest_match(word, candidates)) return "; did you mean `" + *m + "`?";
    if (candidates.empty()) return "";
    std::string out = "; use one of ";
    const size_t shown = std::min<size_t>(candidates.size(), 6);
    for (size_t i = 0; i < shown; ++i) out += (i ? ", `" : "`") + candidates[i] + "`";
    if (shown < candidates.size()) out += ", ...";
    return out;
}

}  // namespace scrutiny
