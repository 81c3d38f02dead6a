// Fuzz target: the commitment parser on any text (front matter, TOML, Markdown).
#include "content/parsers.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return scrutiny::fuzz::parse_input(data, size, "content/commitments/a1.md", scrutiny::parse_commitment);
}
