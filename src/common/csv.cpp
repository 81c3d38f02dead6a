#include "common/csv.h"

namespace scrutiny {

namespace {

// Walks the text tracking line and column; columns count UTF-8 characters, not bytes.
struct Cursor {
    std::string_view text;
    size_t pos = 0;
    int line = 1;
    int column = 1;

    bool done() const { return pos >= text.size(); }
    char peek(size_t ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }
    bool at_line_end() const { return peek() == '\n' || (peek() == '\r' && peek(1) == '\n') || peek() == '\r'; }
    void advance() {
        char c = text[pos++];
        if (c == '\n') { ++line; column = 1; }
        else if (c == '\r') {
            if (peek() != '\n') { ++line; column = 1; }  // a lone CR ends a line too
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column;
        }
    }
    void skip_line_end() {
        if (peek() == '\r') advance();
        if (peek() == '\n') advance();
    }
};

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source_name, Diagnostics& diagnostics) {
    std::vector<CsvRow> rows;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    Cursor cur{text};
    while (!cur.done()) {
        if (cur.at_line_end()) {  // blank line
            cur.skip_line_end();
            continue;
        }
        CsvRow row;
        while (true) {
            CsvCell cell;
            cell.line = cur.line;
            cell.column = cur.column;
            if (cur.peek() == '"') {
                cur.advance();
                bool closed = false;
                while (!cur.done()) {
                    char c = cur.peek();
                    if (c == '"') {
                        if (cur.peek(1) == '"') {
                            cell.text += '"';
                            cur.advance();
                            cur.advance();
                            continue;
                        }
                        cur.advance();
                        closed = true;
                        break;
                    }
                    cell.text += c;
                    cur.advance();
                }
                if (!closed) {
                    diagnostics.error({source_name, cell.line, cell.column},
                                      "this quoted cell is never closed; add the closing \"");
                    row.push_back(std::move(cell));
                    rows.push_back(std::move(row));
                    return rows;
                }
                if (!cur.done() && cur.peek() != ',' && !cur.at_line_end()) {
                    diagnostics.error({source_name, cur.line, cur.column},
                                      "text after a closing quote; put the whole cell in quotes, "
                                      "writing \"\" for a quote inside it");
                    while (!cur.done() && cur.peek() != ',' && !cur.at_line_end()) cur.advance();
                }
            } else {
                while (!cur.done() && cur.peek() != ',' && !cur.at_line_end()) {
                    if (cur.peek() == '"') {
                        diagnostics.error({source_name, cur.line, cur.column},
                                          "a quote inside an unquoted cell; quote the whole cell and "
                                          "write \"\" for the quote");
                    }
                    cell.text += cur.peek();
                    cur.advance();
                }
            }
            row.push_back(std::move(cell));
            if (cur.peek() == ',' && !cur.done()) {
                cur.advance();
                continue;
            }
            break;
        }
        rows.push_back(std::move(row));
        cur.skip_line_end();
    }
    return rows;
}

}  // namespace scrutiny
