// Fuzz target: site_config.toml on any text.
#include "config/site_config.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return scrutiny::fuzz::parse_input(data, size, "site_config.toml", scrutiny::parse_site_config);
}
