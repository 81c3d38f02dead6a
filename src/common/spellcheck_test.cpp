#include "common/spellcheck.h"

#include <catch2/catch.hpp>

using namespace scrutiny;

TEST_CASE("suggests the nearest id for a typo", "[common]") {
    const std::vector<std::string> ids = {"victims-board", "crime-reduction-board", "property-board"};
    CHECK(did_you_mean("victim-board", ids) == "; did you mean `victims-board`?");
    CHECK(did_you_mean("proprety-board", ids) == "; did you mean `property-board`?");
}

TEST_CASE("lists the choices when nothing is close", "[common]") {
    CHECK(did_you_mean("done", {"not-started", "complete"}) == "; use one of `not-started`, `complete`");
    CHECK(did_you_mean("x", {}) == "");
}

TEST_CASE("counts a swap of two letters as one edit", "[common]") {
    CHECK(edit_distance("stauts", "status") == 1);
    CHECK(edit_distance("", "abc") == 3);
}
