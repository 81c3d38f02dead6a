// The search box's documents from the small in-memory site.
#include "view/search_documents.h"

#include <algorithm>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "view/view_test_site.h"

using namespace scrutiny;

namespace {
nlohmann::json documents(const testing::ViewFixture& f) {
    auto items = search_items(builtin_page_kinds(), f.model);
    return nlohmann::json::parse(search_documents_json(items).joined());
}

const nlohmann::json* find_url(const nlohmann::json& docs, const std::string& url) {
    for (const auto& d : docs)
        if (d["url"] == url) return &d;
    return nullptr;
}
}  // namespace

TEST_CASE("a commitment is found by its ref, its body, its activities and its updates", "[search]") {
    testing::ViewFixture f;
    const auto docs = documents(f);
    const auto* a1 = find_url(docs, "commitments/a1/");
    REQUIRE(a1);
    CHECK((*a1)["title"] == "A1: Support victims");
    CHECK((*a1)["kind"] == "Commitment");
    CHECK((*a1)["ref"] == "A1");
    CHECK((*a1)["text"] == "The ISVA service grows.\nA1.1 Hire staff\nOlder news.\nStaff hired.");
}

TEST_CASE("glossary terms are searchable though the A to Z leaves them out", "[search]") {
    testing::ViewFixture f;
    const auto docs = documents(f);
    const auto* isva = find_url(docs, "glossary/#term-isva");
    REQUIRE(isva);
    CHECK((*isva)["title"] == "ISVA: Independent Sexual Violence Adviser");
    CHECK((*isva)["kind"] == "Glossary term");
    CHECK(!isva->contains("ref"));
    const auto* board = find_url(docs, "glossary/#board");
    REQUIRE(board);
    CHECK((*board)["kind"] == "Oversight meeting");
    // Every page the A to Z lists is a document too: objectives, measures, meetings, pages.
    CHECK(find_url(docs, "objectives/victims/"));
    CHECK(find_url(docs, "measures/burglary/"));
    CHECK(find_url(docs, "meetings/2021-02-01-board/"));
    CHECK(find_url(docs, "about/"));
}

TEST_CASE("the search documents are one per line and the same on every build", "[search]") {
    testing::ViewFixture f;
    auto items = search_items(builtin_page_kinds(), f.model);
    const std::string a = search_documents_json(items).joined();
    CHECK(std::all_of(items.begin(), items.end(), [](const SearchItem& item) { return item.text.empty(); }));  // taken
    testing::ViewFixture g;
    auto again = search_items(builtin_page_kinds(), g.model);
    CHECK(a == search_documents_json(again).joined());
    CHECK(a.rfind("[\n{\"url\":\"objectives/victims/\"", 0) == 0);
    CHECK(a.substr(a.size() - 4) == "}\n]\n");
}
