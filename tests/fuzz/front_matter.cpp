// Fuzz target: splitting a Markdown file's front matter from its body.
#include "content/front_matter.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    scrutiny::Diagnostics diags;
    const auto split = scrutiny::split_front_matter(scrutiny::fuzz::text_of(data, size), "content/pages/x.md", diags);
    if (split && split->body_line < 1) __builtin_trap();  // a body always starts on some line
    return 0;
}
