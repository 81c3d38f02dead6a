// Replays fuzz corpora without libFuzzer, so CI (g++, with or without sanitizers) checks in a
// few seconds that every saved input still runs cleanly: `fuzz_replay <target> <folder>...`.
// Each target's source is compiled here with its entry point renamed to fuzz_<target>.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#define SCRUTINY_FUZZ_TARGETS(X) \
    X(front_matter) X(commitment) X(metric) X(glossary) X(session) X(page) X(site_config) X(markdown) X(csv_import) X(theme) X(spc)
#define DECLARE(name) extern "C" int fuzz_##name(const uint8_t*, size_t);
SCRUTINY_FUZZ_TARGETS(DECLARE)

int main(int argc, char** argv) {
    using Entry = int (*)(const uint8_t*, size_t);
#define ENTRY(name) {#name, fuzz_##name},
    const std::map<std::string, Entry> targets = {SCRUTINY_FUZZ_TARGETS(ENTRY)};
    const auto target = argc >= 3 ? targets.find(argv[1]) : targets.end();
    if (target == targets.end()) {
        std::fprintf(stderr, "usage: fuzz_replay <target> <corpus folder or file>...\n");
        return 2;
    }
    size_t inputs = 0;
    for (int i = 2; i < argc; ++i) {
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(argv[i])) {
            for (const auto& e : std::filesystem::recursive_directory_iterator(argv[i]))
                if (e.is_regular_file()) files.push_back(e.path());
        } else {
            files.push_back(argv[i]);
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            target->second(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
            ++inputs;
        }
    }
    std::printf("%s: replayed %zu inputs\n", argv[1], inputs);
    return inputs > 0 ? 0 : 1;  // an empty corpus is a mistake, not a pass
}
