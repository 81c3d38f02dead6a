// Fuzz target: Markdown rendering with glossary terms marked and links made relative. The
// input's first part lists terms, one a line; the second is the Markdown.
#include "content/markdown.h"
#include "fuzz_input.h"
#include "view/term_marking.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace scrutiny;
    const auto parts = fuzz::parts_of(fuzz::text_of(data, size), 2);
    std::vector<Term> terms;
    if (parts.size() == 2) {
        size_t from = 0;
        for (size_t end; (end = parts[0].find('\n', from)) != std::string::npos || from < parts[0].size(); from = end + 1) {
            if (end == std::string::npos) end = parts[0].size();
            terms.push_back({parts[0].substr(from, end - from), "expansion", "", "term-x", {}});
        }
    }
    TermMarker marker(terms, "../glossary/");
    MarkdownOptions options;
    options.transform = [&](cmark_node* document) {
        relativise_links(document, "../../");
        marker.mark(document);
    };
    const std::string& markdown = parts.back();
    render_markdown(markdown, options);
    markdown_plain_text(markdown);
    Diagnostics diags;
    check_markdown_links(markdown, {"x.md", 1, 1}, diags);
    return 0;
}
