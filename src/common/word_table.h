// The words of a value set as written in content files, in the order of its enum: the one table
// an enum's names live in, so every stage parses and writes the value the same way.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scrutiny {

template <class Enum>
class WordTable {
public:
    // One word per enumerator, in declaration order (the enum's values must be 0, 1, 2, ...).
    WordTable(std::initializer_list<std::string> words) : words_(words) {}

    std::optional<Enum> parse(std::string_view word) const {
        for (size_t i = 0; i < words_.size(); ++i)
            if (words_[i] == word) return static_cast<Enum>(i);
        return std::nullopt;
    }
    const std::string& word(Enum value) const { return words_.at(static_cast<size_t>(value)); }
    const std::vector<std::string>& words() const { return words_; }

private:
    std::vector<std::string> words_;
};

}  // namespace scrutiny
