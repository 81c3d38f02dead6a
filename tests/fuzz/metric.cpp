// Fuzz target: the metric parser on any text (front matter, TOML, Markdown).
#include "content/parsers.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return scrutiny::fuzz::parse_input(data, size, "content/metrics/m.toml", scrutiny::parse_metric);
}
