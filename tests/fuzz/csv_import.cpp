// Fuzz target: the spreadsheet importer (long and wide CSV) for the areas the fixtures use.
#include "content/series_import.h"
#include "content/series_toml.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace scrutiny;
    static const std::vector<Area> areas = [] {
        std::vector<Area> a;
        for (const auto& [id, name] : {std::pair{"west-mercia", "West Mercia"}, {"shropshire", "Shropshire"},
                                       {"telford-wrekin", "Telford & Wrekin"}}) {
            a.emplace_back();
            a.back().id = id;
            a.back().name = name;
        }
        return a;
    }();
    const std::string text = fuzz::text_of(data, size);
    Diagnostics diags;
    if (auto imported = import_series_csv(text, "figures.csv", areas, {"Whole force"}, diags)) {
        const std::string toml = series_toml(imported->series);
        replace_series_tables(text, toml);
    }
    rebase_by_area(text);
    return 0;
}
