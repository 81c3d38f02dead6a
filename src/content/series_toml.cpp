#include "content/series_toml.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <sstream>

#include <toml++/toml.h>

#include "common/text.h"
#include "content/toml_lines.h"

namespace scrutiny {

namespace {
std::string number_text(double v) {
    if (std::isnan(v)) return "nan";
    std::array<char, 64> buf{};
    auto [ptr, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return std::string(buf.data(), ptr);  // shortest round-trip form; TOML reads "1e+20" as a float
}
}  // namespace

std::string series_toml(const std::vector<ImportedSeries>& series, const std::map<std::string, std::vector<std::string>>& rebase) {
    std::ostringstream out;
    for (size_t i = 0; i < series.size(); ++i) {
        const auto& s = series[i];
        if (i > 0) out << '\n';
        out << "[[series]]\n";
        out << "area = \"" << s.area << "\"\n";
        out << "start = \"" << s.start.to_string() << "\"\n";
        out << "values = [\n";
        for (size_t v = 0; v < s.values.size(); v += 12) {
            out << " ";
            for (size_t k = v; k < std::min(v + 12, s.values.size()); ++k) out << ' ' << number_text(s.values[k]) << ',';
            out << "  # " << s.start.plus(static_cast<int>(v)).to_string() << '\n';
        }
        out << "]\n";
        auto r = rebase.find(s.area);
        if (r != rebase.end() && !r->second.empty()) {
            out << "rebase = [";
            for (size_t k = 0; k < r->second.size(); ++k) out << (k ? ", " : "") << '"' << r->second[k] << '"';
            out << "]\n";
        }
    }
    return out.str();
}

std::string replace_series_tables(std::string_view text, std::string_view series) {
    const auto lines = split_lines(text);
    std::vector<std::pair<size_t, size_t>> blocks;  // line ranges [first, last)
    std::optional<size_t> open_block;
    TomlScanner scanner;
    // Comment and blank lines before a following non-series header (or the end) introduce what
    // follows, so they stay; before another [[series]] they go with the table being cut.
    auto close_at = [&](size_t line_index, bool keep_trailing_comments) {
        size_t end = line_index;
        while (keep_trailing_comments && end > *open_block + 1 &&
               is_blank_or_comment(text.substr(lines[end - 1].begin, lines[end - 1].end - lines[end - 1].begin)))
            --end;
        blocks.push_back({*open_block, end});
        open_block.reset();
    };
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
        if (scanner.at_statement_start()) {
            if (auto h = header_of(line)) {
                const bool is_series = h->second && h->first == "series";
                const bool is_sub = !h->second && h->first.rfind("series.", 0) == 0;
                if (is_series) {
                    if (open_block) close_at(i, false);
                    open_block = i;
                    continue;  // a header's brackets open nothing
                }
                if (!is_sub && open_block) close_at(i, true);
                if (!is_sub || open_block) continue;
            }
        }
        scanner.scan(line);
    }
    if (open_block) close_at(lines.size(), true);

    std::string out;
    if (blocks.empty()) {
        out = std::string(text);
        if (!out.empty() && out.back() != '\n') out += '\n';
        if (!out.empty() && !(out.size() >= 2 && out[out.size() - 2] == '\n')) out += '\n';
        out += series;
        return out;
    }
    size_t copied = 0;  // byte offset copied so far
    bool after_series = false;  // the next kept text follows the new series: keep a blank line between
    auto keep = [&](std::string_view chunk) {
        if (chunk.empty()) return;
        if (after_series && !trim(chunk.substr(0, chunk.find('\n'))).empty()) out += '\n';
        after_series = false;
        out.append(chunk);
    };
    for (size_t b = 0; b < blocks.size(); ++b) {
        const size_t from = lines[blocks[b].first].begin;
        const size_t to = blocks[b].second < lines.size() ? lines[blocks[b].second].begin : text.size();
        keep(text.substr(copied, from - copied));
        if (b == 0) {
            out += series;
            after_series = true;
        }
        copied = to;
    }
    keep(text.substr(copied));
    return out;
}

std::map<std::string, std::vector<std::string>> rebase_by_area(const std::string& toml_text) {
    std::map<std::string, std::vector<std::string>> out;
    try {
        auto doc = toml::parse(toml_text);
        if (auto* arr = doc["series"].as_array())
            for (auto& node : *arr)
                if (auto* t = node.as_table()) {
                    auto area = (*t)["area"].value<std::string>();
                    auto* rebase = (*t)["rebase"].as_array();
                    if (!area || !rebase) continue;
                    for (auto& r : *rebase)
                        if (auto s = r.value<std::string>()) out[*area].push_back(*s);
                }
    } catch (const std::exception&) {
    }
    return out;
}

}  // namespace scrutiny
