// Loading a site with the derived cache: what a rebuild reads again and what it takes as it was.
#include "content/content_loader.h"

#include <catch2/catch.hpp>

#include <string>

#include "common/fixture_for_tests.h"

using namespace scrutiny;

namespace {
MemoryFileSystem minimal_site() { return fixture_in_memory("valid-minimal"); }

std::string body_of(const SiteContent& site, const std::string& ref) {
    for (const auto& c : site.commitments)
        if (c.ref == ref) return c.body_markdown.str();
    return "(no " + ref + ")";
}
}  // namespace

TEST_CASE("a commitment file whose identity is unchanged since it was read is taken from the cache unread",
          "[content][cache]") {
    MemoryFileSystem site = minimal_site();
    const std::string path = "content/commitments/a1.md";
    const std::string original = *site.read(path);
    DerivedCache cache;
    SettledFiles settled{{path, 1}};
    Diagnostics d;
    const auto first = load_site(site, d, &cache, &settled);
    REQUIRE(first);
    REQUIRE_FALSE(d.has_errors());
    const std::string before = body_of(*first, "A1");
    REQUIRE(before.find("The Board met") == std::string::npos);  // the words this test adds are new

    // The same identity: the file is trusted as it was, as make and git trust a file's dates.
    site.write(path, original + "\nThe Board met again.\n");
    const auto trusted = load_site(site, d, &cache, &settled);
    REQUIRE(trusted);
    CHECK(body_of(*trusted, "A1") == before);

    // Another identity (any write moves the change time), or none (changed in the last two
    // seconds): the file is read again.
    for (SettledFiles now : {SettledFiles{{path, 2}}, SettledFiles{}}) {
        const auto read = load_site(site, d, &cache, &now);
        REQUIRE(read);
        CHECK(body_of(*read, "A1").find("The Board met again.") != std::string::npos);
    }
    // Without identities every file is read.
    const auto plain = load_site(site, d, &cache);
    REQUIRE(plain);
    CHECK(body_of(*plain, "A1").find("The Board met again.") != std::string::npos);
    CHECK_FALSE(d.has_errors());
}
