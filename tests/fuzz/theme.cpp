// Fuzz target: theme loading. The input's parts are themes/a/theme.toml, themes/b/theme.toml
// and a template of theme a, so `extends` chains, cycles and bad names are all reachable.
#include "fuzz_input.h"
#include "publish/builtin_files.h"
#include "render/theme.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace scrutiny;
    const auto parts = fuzz::parts_of(fuzz::text_of(data, size), 3);
    MemoryFileSystem site;
    site.write("themes/a/theme.toml", parts[0]);
    if (parts.size() > 1) site.write("themes/b/theme.toml", parts[1]);
    if (parts.size() > 2) site.write("themes/a/templates/home.mustache", parts[2]);
    Diagnostics diags;
    load_theme(site, builtin_file_system(), "a", {"site_config.toml", 1, 1}, diags);
    return 0;
}
