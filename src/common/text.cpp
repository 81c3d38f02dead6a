#include "common/text.h"

#include <cctype>
#include <cstdio>

namespace scrutiny {

std::string joined(Pieces bytes) {
    size_t size = 0;
    for (std::string_view piece : bytes) size += piece.size();
    std::string out;
    out.reserve(size);
    for (std::string_view piece : bytes) out += piece;
    return out;
}

namespace {
// ASCII for the accented Latin letters of U+00C0..U+017F (Latin-1 and Latin Extended-A), so
// "Ysgol Gynradd Aberdâr" and "Müller" keep their letters in web addresses; "" = not a letter.
constexpr const char* latin_to_ascii[] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",    // 100
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",    // 110
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",    // 120
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  // 130
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",    // 140
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // 150
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",    // 160
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",    // 170
};

// Decodes the UTF-8 sequence at text[i] (already validated on load); advances i.
char32_t next_code_point(std::string_view text, size_t& i) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(k < text.size() ? text[k] : 0); };
    const unsigned char c = byte(i);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    ++i;
    for (; extra > 0 && (byte(i) & 0xC0) == 0x80; --extra, ++i) cp = (cp << 6) | (byte(i) & 0x3F);
    return cp;
}

// The ASCII letters a code point stands for in a slug; "" when it separates words.
std::string_view slug_letters(char32_t cp, char ascii_buffer[2]) {
    if (cp < 0x80) {
        if (!std::isalnum(static_cast<int>(cp))) return {};
        ascii_buffer[0] = static_cast<char>(std::tolower(static_cast<int>(cp)));
        return {ascii_buffer, 1};
    }
    if (cp >= 0xC0 && cp <= 0x17F) return latin_to_ascii[cp - 0xC0];
    if (cp >= 0x1E80 && cp <= 0x1E85) return "w";  // Welsh ẁ ẃ ẅ
    if (cp == 0x1EF2 || cp == 0x1EF3) return "y";   // Welsh ỳ
    return {};
}
}  // namespace

std::string slugify(std::string_view text) {
    std::string out;
    bool pending_dash = false;
    char buffer[2];
    for (size_t i = 0; i < text.size();) {
        const char32_t cp = next_code_point(text, i);
        if (cp == U'\'' || cp == U'\u2019') continue;  // apostrophes vanish: "Victims' Board" -> "victims-board"
        if (cp >= 0x300 && cp <= 0x36F) continue;       // combining accents (macOS file names): "Mu\u0308ller" -> "muller"
        const std::string_view letters = slug_letters(cp, buffer);
        if (letters.empty()) {
            pending_dash = true;
            continue;
        }
        if (pending_dash && !out.empty()) out += '-';
        pending_dash = false;
        out += letters;
    }
    return out;
}

bool is_valid_id(std::string_view text) {
    if (text.empty() || text.front() == '-' || text.back() == '-') return false;
    char prev = 0;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && prev == '-')) return false;
        prev = c;
    }
    return true;
}

std::string singular_noun(const std::string& noun) {
    const auto one = [](std::string word) {
        const auto ends = [&](const char* tail) {
            const std::string t = tail;
            return word.size() > t.size() && word.compare(word.size() - t.size(), t.size(), t) == 0;
        };
        // "people" is the head noun wherever it stands: "people killed or seriously injured".
        for (size_t at = word.find("people"); at != std::string::npos; at = word.find("people", at + 1)) {
            const bool starts = at == 0 || word[at - 1] == ' ', ends_word = at + 6 == word.size() || word[at + 6] == ' ';
            if (starts && ends_word) return word.replace(at, 6, "person");
        }
        if (ends("ies")) return word.substr(0, word.size() - 3) + "y";
        if (ends("sses") || ends("shes") || ends("ches") || ends("xes")) return word.substr(0, word.size() - 2);
        if (ends("s") && !ends("ss")) return word.substr(0, word.size() - 1);
        return word;
    };
    // "offences and incidents" is a list of plurals, each made singular; "stop and searches" is
    // one noun whose first part is already singular.
    std::string out;
    size_t begin = 0;
    for (size_t at; (at = noun.find(" and ", begin)) != std::string::npos; begin = at + 5) {
        const std::string part = noun.substr(begin, at - begin);
        if (part.empty() || part.back() != 's') return out + one(noun.substr(begin));
        out += one(part) + " or ";
    }
    return out + one(noun.substr(begin));
}

bool is_web_address(std::string_view text) {
    std::string start(text.substr(0, 8));
    for (auto& c : start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // schemes ignore case
    const size_t scheme = start.rfind("https://", 0) == 0 ? 8 : start.rfind("http://", 0) == 0 ? 7 : 0;
    if (scheme == 0 || text.size() == scheme || text[scheme] == '/') return false;
    for (unsigned char c : text)
        if (c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') return false;
    return true;
}

LineColumn line_column_at(std::string_view text, size_t offset) {
    LineColumn lc;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++lc.column;
        }
    }
    return lc;
}

std::optional<size_t> first_invalid_utf8(std::string_view text) {
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        size_t len = 0;
        unsigned int cp = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return i;
        if (i + len > n) return i;
        for (size_t k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

std::optional<ControlCharacter> first_control_character(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return ControlCharacter{i, c};
        const unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F) return ControlCharacter{i, next};  // C1 controls
        if (c == 0xEF && next == 0xBF && i + 2 < text.size() &&
            (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF))
            return ControlCharacter{i, 0xFFFEu + (static_cast<unsigned char>(text[i + 2]) - 0xBE)};
    }
    return std::nullopt;
}

std::string code_point_name(unsigned int code) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", code);
    return name;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string trim(std::string_view text) {
    size_t b = 0, e = text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    return std::string(text.substr(b, e - b));
}

std::string_view trim_blanks(std::string_view s) {
    for (bool changed = true; changed;) {
        changed = false;
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1), changed = true;
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1), changed = true;
        if (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2), changed = true;
        if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2), changed = true;
    }
    return s;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string fill_placeholders(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [key, value] : values) {
        const std::string placeholder = "{{" + key + "}}";
        for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

}  // namespace scrutiny
