// The scrutiny binary's allocator: mimalloc (linked in CMakeLists.txt, not under the
// sanitizers), asked for large (2 MiB) OS pages, transparent huge pages where the kernel gives
// them on request. A build makes and frees millions of small strings on both cores; with large
// pages the 10,000-commitment site builds in 3.6-3.8 s instead of 4.4-4.6 s (fewer page faults
// and TLB misses), for some 25 MB more peak memory (bench/README.md).
#include <mimalloc.h>

#include <cstdlib>

namespace {
// Before main(): every later segment mimalloc maps uses large pages, unless the environment
// says otherwise (MIMALLOC_LARGE_OS_PAGES=0, as mimalloc itself reads it).
[[maybe_unused]] const bool large_pages = [] {
    if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) mi_option_enable(mi_option_large_os_pages);
    return true;
}();
}  // namespace
