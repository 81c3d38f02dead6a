// The shape of the code, checked from the source tree: layers point one way (docs/STYLE layers:
// a folder includes only its own and lower folders) and no source file grows past 600 lines.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace fs = std::filesystem;

namespace {

// Bottom to top. The pipeline sits between publish and the commands because every command is
// "run the pipeline up to a stage, then act"; main.cpp registers the commands.
const std::vector<std::string> kLayers = {"common", "spc",     "config",   "content", "model", "view",
                                          "render", "publish", "pipeline", "cli",     "main"};

// The layer of a path relative to src/: its folder, or for files directly in src/ their stem
// ("pipeline.h", "pipeline_test.cpp" -> pipeline).
std::string layer_of(const fs::path& relative) {
    auto first = relative.begin();
    if (std::next(first) != relative.end()) return first->string();
    std::string stem = relative.stem().string();
    if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, "_test") == 0) stem.resize(stem.size() - 5);
    return stem;
}

int rank_of(const std::string& layer) {
    auto it = std::find(kLayers.begin(), kLayers.end(), layer);
    return it == kLayers.end() ? -1 : static_cast<int>(it - kLayers.begin());
}

std::vector<fs::path> source_files(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file() && (e.path().extension() == ".cpp" || e.path().extension() == ".h")) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

// What it rules out: config reading model/entities.h, or render reaching into content/.
TEST_CASE("no folder of src/ includes a folder above it", "[layers]") {
    const fs::path src = fs::path(SCRUTINY_SOURCE_DIR) / "src";
    const std::regex include_line(R"re(^\s*#\s*include\s*"([^"]+)")re");
    std::vector<std::string> problems;
    size_t includes = 0;
    for (const auto& file : source_files(src)) {
        const fs::path relative = fs::relative(file, src);
        const std::string from = layer_of(relative);
        const int from_rank = rank_of(from);
        if (from_rank < 0) {
            problems.push_back(relative.string() + " is in no layer; add its folder to kLayers");
            continue;
        }
        std::istringstream lines(read(file));
        std::string line;
        for (int number = 1; std::getline(lines, line); ++number) {
            std::smatch m;
            if (!std::regex_search(line, m, include_line)) continue;
            ++includes;
            const std::string to = layer_of(fs::path(m[1].str()));
            const int to_rank = rank_of(to);
            if (to_rank > from_rank || to_rank < 0)
                problems.push_back(relative.string() + ":" + std::to_string(number) + ": " + from + " includes \"" +
                                   m[1].str() + "\" from " + (to_rank < 0 ? "no known layer" : "the higher layer " + to));
        }
    }
    INFO("checked " << includes << " includes");
    CHECK(includes > 200);  // the walk found the sources
    CHECK(problems == std::vector<std::string>{});
}

TEST_CASE("the layer rule sees an upward include as one", "[layers]") {
    CHECK(layer_of("config/site_config.h") == "config");
    CHECK(layer_of("pipeline_test.cpp") == "pipeline");
    CHECK(layer_of("main.cpp") == "main");
    CHECK(rank_of(layer_of("model/entities.h")) > rank_of(layer_of("config/site_config.cpp")));
    CHECK(rank_of(layer_of("pipeline.h")) < rank_of(layer_of("cli/build.cpp")));
    CHECK(rank_of("nowhere") < 0);
}

TEST_CASE("no source file is over 600 lines", "[layers]") {
    std::vector<std::string> too_long;
    for (const char* dir : {"src", "tests", "bench"}) {
        const fs::path root = fs::path(SCRUTINY_SOURCE_DIR) / dir;
        for (const auto& file : source_files(root)) {
            const std::string text = read(file);
            const auto lines = std::count(text.begin(), text.end(), '\n');
            if (lines > 600) too_long.push_back(fs::relative(file, SCRUTINY_SOURCE_DIR).string() + ": " + std::to_string(lines) + " lines");
        }
    }
    CHECK(too_long == std::vector<std::string>{});
}
