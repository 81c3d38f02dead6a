#include "cli/starter_files.h"

#include <catch2/catch.hpp>

#include "common/file_system.h"
#include "pipeline.h"

using namespace scrutiny;

namespace {
const char* kConfig = R"(title = "Test site"
organisation = "Test OPCC"
base_url = "https://www.example.org/"
[[objectives]]
id = "victims"
title = "Putting victims first"
[[areas]]
id = "west-mercia"
name = "West Mercia"
total = true
)";
const char* kMeetings = R"([[meeting]]
id = "victims-board"
name = "Victims' Board"
purpose = "Improve services for victims."
objective = "victims"
)";

std::string messages(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.sorted()) s += format_diagnostic(x) + "\n";
    return s;
}
}  // namespace

TEST_CASE("every starter file builds as it is, in the right folder", "[new]") {
    const StarterContext context{"victims", "victims-board", Date{2024, 7, 28}};
    const std::vector<std::pair<std::string, std::string>> cases = {{"commitment", "A3"},
                                                                    {"metric", "violence-with-injury"},
                                                                    {"meeting", "2024-07-28-visibility"},
                                                                    {"session", "2024-08-01-performance"},
                                                                    {"page", "accessibility"}};
    const std::vector<std::string> paths = {"content/commitments/a3.md", "content/metrics/violence-with-injury.toml",
                                            "content/meetings/2024-07-28-visibility.md", "content/meetings/2024-08-01-performance.md",
                                            "content/pages/accessibility.md"};
    for (size_t i = 0; i < cases.size(); ++i) {
        INFO(cases[i].first);
        Diagnostics d;
        auto starter = make_starter(cases[i].first, cases[i].second, context, d);
        REQUIRE(starter);
        CHECK(starter->path == paths[i]);
        CHECK(starter->text.find("{{") == std::string::npos);  // every placeholder filled
        MemoryFileSystem fs;
        fs.write("site_config.toml", kConfig);
        fs.write("content/glossary/meetings.toml", kMeetings);
        fs.write(starter->path, starter->text);
        PipelineOptions options;
        options.build.build_date = {2024, 8, 1};
        auto built = build_site(fs, options, d);
        INFO(messages(d) << starter->text);
        CHECK(built);
        CHECK(d.error_count() == 0);
    }
}

TEST_CASE("new refuses ids that cannot name a file", "[new]") {
    const StarterContext context{"victims", "", Date{2024, 7, 28}};
    Diagnostics d;
    CHECK_FALSE(make_starter("metric", "Violence With Injury", context, d));
    CHECK(messages(d).find("use lower-case words joined by hyphens, like `violence-with-injury`") != std::string::npos);
    Diagnostics d2;
    CHECK_FALSE(make_starter("session", "board-2024", context, d2));  // no oversight body to belong to
    CHECK(messages(d2).find("add a [[meeting]] to content/glossary/meetings.toml first") != std::string::npos);
}

TEST_CASE("titles come from ids", "[new]") {
    CHECK(title_from_id("violence-with-injury") == "Violence with injury");
    CHECK(title_from_id("999-calls") == "999 calls");
}

TEST_CASE("new meeting adds an oversight body to the glossary that builds, and a dated id still makes a session", "[new]") {
    const StarterContext context{"victims", "victims-board", Date{2024, 7, 28}, {"victims-board"}};
    Diagnostics d;
    auto body = make_starter("meeting", "scrutiny-panel", context, d);
    REQUIRE(body);
    CHECK(body->append);
    CHECK(body->path == "content/glossary/meetings.toml");
    CHECK(body->note == "for a holding-to-account session, use scrutiny new session NAME");
    MemoryFileSystem fs;
    fs.write("site_config.toml", kConfig);
    fs.write("content/glossary/meetings.toml", std::string(kMeetings) + body->text);
    PipelineOptions options;
    options.build.build_date = {2024, 8, 1};
    auto built = build_site(fs, options, d);
    INFO(messages(d));
    REQUIRE(built);
    CHECK(built->model.content.mechanisms.size() == 2);

    auto twin = make_starter("meeting", "victims-board", context, d);
    CHECK_FALSE(twin);
    CHECK(messages(d).find("the glossary already has an oversight body `victims-board`") != std::string::npos);

    Diagnostics d2;
    auto session = make_starter("meeting", "2024-07-28-visibility", context, d2);
    REQUIRE(session);
    CHECK(session->note == "`new meeting` now adds an oversight body to the glossary; for sessions write scrutiny new "
                           "session 2024-07-28-visibility");
}
