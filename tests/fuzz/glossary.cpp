// Fuzz target: the glossary parsers (meetings.toml, terms.toml) on any text.
#include "content/parsers.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text = scrutiny::fuzz::text_of(data, size);
    scrutiny::Diagnostics diags;
    scrutiny::parse_mechanisms(text, "content/glossary/meetings.toml", diags);
    scrutiny::parse_terms(text, "content/glossary/terms.toml", diags);
    return 0;
}
