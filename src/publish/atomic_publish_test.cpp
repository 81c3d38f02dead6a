#include "publish/atomic_publish.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace scrutiny;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("publishing swaps the whole folder and cleans up", "[publish]") {
    const fs::path dir = fs::temp_directory_path() / "scrutiny-publish-test";
    fs::remove_all(dir);
    fs::create_directories(dir / "public");
    std::ofstream(dir / "public/old.html") << "old";
    std::ofstream(dir / "public/.scrutiny-build") << "# an earlier build\nold.html\n";
    fs::create_directories(dir / ".public.staging-99999");  // left by an interrupted build

    OutputSet files;
    files.put("index.html", "new");
    files.put("a/b/c.txt", "deep");
    Diagnostics d;
    REQUIRE(publish_atomically(files, (dir / "public").string(), d));
    CHECK(slurp(dir / "public/index.html") == "new");
    CHECK(slurp(dir / "public/a/b/c.txt") == "deep");
    CHECK_FALSE(fs::exists(dir / "public/old.html"));
    CHECK(slurp(dir / "public/.scrutiny-build").find("\na/b/c.txt\nindex.html\n") != std::string::npos);
    int entries = 0;
    for (const auto& e : fs::directory_iterator(dir)) entries += e.path().filename() != ".public.scrutiny-record";  // the record of what was published stays
    CHECK(entries == 1);  // only public/: no staging or old folders left
    fs::remove_all(dir);
}

TEST_CASE("refuses an output folder where building would destroy sources or other files", "[publish]") {
    const fs::path site = fs::temp_directory_path() / "scrutiny-output-check-test";
    const fs::path elsewhere = fs::temp_directory_path() / "scrutiny-output-check-elsewhere";
    fs::remove_all(site);
    fs::remove_all(elsewhere);
    fs::create_directories(site / "content/pages");
    fs::create_directories(site / "notes");
    fs::create_directories(elsewhere / "sub");
    fs::create_directories(elsewhere / "kept-content");
    std::ofstream(site / "site_config.toml") << "title = \"T\"";
    std::ofstream(site / "notes/todo.txt") << "keep me";
    fs::create_directories(site / "old-build");
    std::ofstream(site / "old-build/index.html") << "<p>earlier build</p>";
    fs::create_directories(site / "old-build/measures/x");
    std::ofstream(site / "old-build/measures/x/index.html") << "<p>chart</p>";
    std::ofstream(site / "old-build/.scrutiny-build") << "# marker\nindex.html\nmeasures/x/index.html\n";
    fs::create_directories(site / "home-page/photos");
    std::ofstream(site / "home-page/index.html") << "<p>someone's own page</p>";
    for (const char* name : {"a", "b", "c", "d", "e", "f"}) std::ofstream(site / "home-page/photos" / name) << name;
    fs::create_directories(site / "git-build/.git");
    std::ofstream(site / "git-build/index.html") << "<p>a build kept in git</p>";
    fs::create_directory_symlink(elsewhere / "sub", site / "link");           // site/link/.. is `elsewhere`
    fs::create_directory_symlink(elsewhere / "kept-content", site / "assets");  // assets kept outside the site
    const auto refusal = [&](const fs::path& output) {
        Diagnostics d;
        const auto ok = checked_output_folder(site.string(), output.string(), "--output `x`", {}, d);
        return ok ? std::string() : d.all().at(0).message;
    };
    CHECK(refusal(site) == "--output `x` holds the site's own files; choose a separate output folder, like public/");
    CHECK(refusal(site / ".").find("holds the site's own files") != std::string::npos);
    CHECK(refusal(site.parent_path()).find("holds the site's own files") != std::string::npos);
    CHECK(refusal(site / "content") == "--output `x` is inside the site's content/ folder, where the build would mix "
                                       "with the sources; choose a folder of its own, like public/");
    CHECK(refusal(site / "assets/out").find("inside the site's assets/ folder") != std::string::npos);
    CHECK(refusal(elsewhere / "kept-content/out").find("inside the site's assets/ folder") != std::string::npos);
    CHECK(refusal(site / "site_config.toml") == "--output `x` is a file, not a folder; choose a folder for the site, like public/");
    CHECK(refusal(site / "notes") == "--output `x` holds files scrutiny did not build (todo.txt; it has no .scrutiny-build "
                                     "marker), and building replaces everything in it; choose an empty or new folder, or "
                                     "move those files away (a site built by an older scrutiny: delete it once)");
    // An index.html does not make a folder an earlier build: only the marker does.
    CHECK(refusal(site / "home-page").find("(index.html and photos/; it has no .scrutiny-build marker)") != std::string::npos);
    std::ofstream(site / "home-page/.scrutiny-build") << "index.html\n";
    CHECK(refusal(site / "home-page").find("holds files the last build did not write (photos/)") != std::string::npos);
    std::ofstream(site / "home-page/.scrutiny-build") << "index.html\nphotos/a\n";
    CHECK(refusal(site / "home-page").find("(photos/b, photos/c, photos/d, photos/e and photos/f)") != std::string::npos);
    CHECK(refusal(site / "git-build").find("(site_config.toml or .git)") != std::string::npos);
    CHECK(refusal("").find("names no folder") != std::string::npos);
    fs::create_directory_symlink(elsewhere / "gone", site / "dangling");
    CHECK(refusal(site / "dangling") == "--output `x` is a link to " + (elsewhere / "gone").string() +
                                            ", which does not exist; create that folder or remove the link");
    CHECK(refusal(site / "public").empty());     // new
    CHECK(refusal(site / "old-build").empty());  // an earlier build
    fs::create_directories(site / "empty");
    CHECK(refusal(site / "empty").empty());

    // The folder returned is the resolved one: the same folder the checks looked at.
    Diagnostics d;
    CHECK(checked_output_folder(site.string(), (site / "link/../out").string(), "x", {}, d) == (elsewhere / "out").string());
    CHECK(checked_output_folder((site / "link/..").string(), (site / "link/../public").string(), "x", {}, d) ==
          (elsewhere / "public").string());
    CHECK(checked_output_folder(site.string(), (site / "public/").string(), "x", {}, d) == (site / "public").string());
    CHECK_FALSE(d.has_errors());
    fs::remove_all(site);
    fs::remove_all(elsewhere);
}

TEST_CASE("a file written in pieces is its pieces one after another, however many, and is kept as one written whole", "[publish]") {
    const fs::path dir = fs::temp_directory_path() / "scrutiny-pieces-publish-test";
    fs::remove_all(dir);
    // More pieces than one writev takes (1,024 on Linux), some empty, some large.
    std::vector<std::string> texts;
    for (int i = 0; i < 3000; ++i) texts.push_back(i % 7 == 0 ? "" : i % 500 == 1 ? std::string(200000, 'a' + i % 26) : "{\"n\": " + std::to_string(i) + "},\n");
    const std::vector<std::string_view> pieces(texts.begin(), texts.end());
    std::string whole;
    for (const auto& t : texts) whole += t;
    const auto publish = [&](bool in_pieces) {
        Diagnostics d;
        auto staging = StagingFolder::open((dir / "public").string(), d);
        REQUIRE(staging);
        OutputSet files;
        if (in_pieces) REQUIRE(staging->writer()("search/documents.json", Pieces(pieces)));
        else REQUIRE(staging->writer()("search/documents.json", Pieces(std::vector<std::string_view>{whole})));
        REQUIRE(files.add_written("search/documents.json") == OutputSet::Added::yes);
        REQUIRE(staging->publish(files, d));
    };
    fs::create_directories(dir);
    publish(true);
    CHECK(slurp(dir / "public/search/documents.json") == whole);
    struct stat before {};
    REQUIRE(::stat((dir / "public/search/documents.json").c_str(), &before) == 0);
    publish(false);  // the same bytes in one piece: the published file is kept, not written again
    struct stat after {};
    REQUIRE(::stat((dir / "public/search/documents.json").c_str(), &after) == 0);
    CHECK(after.st_ino == before.st_ino);
    CHECK(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec);
    CHECK(slurp(dir / "public/search/documents.json") == whole);
    fs::remove_all(dir);
}

TEST_CASE("files streamed into the staging folder are published with the rest, and a failed write publishes nothing", "[publish]") {
    const fs::path dir = fs::temp_directory_path() / "scrutiny-stream-publish-test";
    fs::remove_all(dir);
    fs::create_directories(dir / "public");
    std::ofstream(dir / "public/old.html") << "old";
    std::ofstream(dir / "public/.scrutiny-build") << "# an earlier build\nold.html\n";
    {
        Diagnostics d;
        auto staging = StagingFolder::open((dir / "public").string(), d);
        REQUIRE(staging);
        OutputSet files;
        files.put("held.txt", "kept in memory until publishing");
        files.write_through(staging->writer());
        REQUIRE(files.add("commitments/a1/index.html", "streamed") == OutputSet::Added::yes);
        CHECK(files.find("commitments/a1/index.html") == nullptr);
        CHECK(slurp(dir / "public/old.html") == "old");  // nothing published before publish()
        REQUIRE(staging->publish(files, d));
    }
    CHECK(slurp(dir / "public/commitments/a1/index.html") == "streamed");
    CHECK(slurp(dir / "public/held.txt") == "kept in memory until publishing");
    CHECK(slurp(dir / "public/.scrutiny-build").find("\ncommitments/a1/index.html\nheld.txt\n") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "public/old.html"));

    Diagnostics d;
    {
        auto staging = StagingFolder::open((dir / "public").string(), d);
        REQUIRE(staging);
        OutputSet files;
        files.write_through([](const std::string& path, Pieces) { return path != "full.html"; });
        files.add("index.html", "new");
        files.add("full.html", "the disk filled up here");
        CHECK_FALSE(staging->publish(files, d));
    }
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.sorted()[0]) == (dir / "public").string() +
                                                  ": error: cannot write full.html into the staging folder; check the disk has space");
    CHECK(slurp(dir / "public/commitments/a1/index.html") == "streamed");  // the last good site stays
    int entries = 0;
    for (const auto& e : fs::directory_iterator(dir)) entries += e.path().filename() != ".public.scrutiny-record";  // the record of what was published stays
    CHECK(entries == 1);  // the failed build's staging folder is gone
    fs::remove_all(dir);
}

namespace {
struct stat stat_of(const fs::path& p) {
    struct stat st {};
    ::stat(p.c_str(), &st);
    return st;
}
bool same_file(const struct stat& a, const struct stat& b) {
    return a.st_ino == b.st_ino && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}
// Publishes exactly `contents` (path -> bytes) into `out`; `reuse` false as `build --clean`.
void publish_files(const std::string& out, const std::map<std::string, std::string>& contents, bool reuse) {
    OutputSet files;
    for (auto& [path, bytes] : contents) files.put(path, bytes);
    Diagnostics d;
    auto staging = StagingFolder::open(out, d, reuse);
    REQUIRE(staging);
    REQUIRE(staging->publish(files, d));
}
}  // namespace

TEST_CASE("a rebuild keeps the published files whose bytes did not change, with their dates", "[publish]") {
    const fs::path dir = fs::temp_directory_path() / "scrutiny-keep-unchanged-test";
    fs::remove_all(dir);
    const std::string out = (dir / "public").string();
    const auto publish = [&](const std::map<std::string, std::string>& contents, bool reuse = true) {
        publish_files(out, contents, reuse);
    };
    publish({{"same.html", "unchanged"}, {"a/edited.html", "before"}});
    const auto same_before = stat_of(dir / "public/same.html");
    const auto edited_before = stat_of(dir / "public/a/edited.html");
    CHECK(fs::exists(dir / ".public.scrutiny-record"));  // beside the output, not in it

    publish({{"same.html", "unchanged"}, {"a/edited.html", "after!"}, {"new.html", "new"}});
    CHECK(same_file(stat_of(dir / "public/same.html"), same_before));  // the very same file
    CHECK_FALSE(same_file(stat_of(dir / "public/a/edited.html"), edited_before));
    CHECK(slurp(dir / "public/a/edited.html") == "after!");
    CHECK(slurp(dir / "public/new.html") == "new");

    // A published file changed by hand is written afresh, even at the same size.
    const auto kept = stat_of(dir / "public/same.html");
    std::ofstream(dir / "public/same.html", std::ios::trunc) << "UNCHANGED";
    publish({{"same.html", "unchanged"}, {"a/edited.html", "after!"}, {"new.html", "new"}});
    CHECK(slurp(dir / "public/same.html") == "unchanged");
    CHECK(stat_of(dir / "public/same.html").st_ino != kept.st_ino);

    // --clean writes every file afresh.
    const auto before_clean = stat_of(dir / "public/new.html");
    publish({{"same.html", "unchanged"}, {"a/edited.html", "after!"}, {"new.html", "new"}}, false);
    CHECK(slurp(dir / "public/new.html") == "new");
    CHECK(stat_of(dir / "public/new.html").st_ino != before_clean.st_ino);
    fs::remove_all(dir);
}

namespace {
// Every file under `root` (the build marker left out) with its bytes, and every folder.
std::map<std::string, std::string> tree_of(const fs::path& root) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        const std::string rel = fs::relative(e.path(), root).string();
        if (rel == ".scrutiny-build") continue;
        out[rel] = e.is_directory() ? "<folder>" : slurp(e.path());
    }
    return out;
}
}  // namespace

TEST_CASE("a rebuild brings the site before the last up to date in place, and publishes exactly the new files", "[publish]") {
    const fs::path dir = fs::temp_directory_path() / "scrutiny-previous-site-test";
    fs::remove_all(dir);
    const std::string out = (dir / "public").string();
    const fs::path previous = dir / ".public.previous";
    const auto publish = [&](const std::map<std::string, std::string>& contents, bool reuse = true) {
        publish_files(out, contents, reuse);
    };
    const std::map<std::string, std::string> first = {{"same.html", "same"}, {"a/b", "a file where a folder goes later"},
                                                      {"gone/x.html", "removed later"}, {"edited.html", "one"}};
    publish(first);
    CHECK_FALSE(fs::exists(previous));  // nothing was replaced
    const std::map<std::string, std::string> second = {{"same.html", "same"}, {"a/b", "a file where a folder goes later"},
                                                       {"gone/x.html", "removed later"}, {"edited.html", "two"}};
    publish(second);
    REQUIRE(fs::is_directory(previous));  // the first site, kept for the next build to update
    CHECK(slurp(previous / "edited.html") == "one");
    CHECK(stat_of(previous / "same.html").st_ino == stat_of(dir / "public/same.html").st_ino);  // one file, two names

    // The third build starts from the first site. A file it writes anew must never be written
    // through a name the published site shares: until publish() the second site is untouched.
    const auto same_before = stat_of(dir / "public/same.html");
    const std::map<std::string, std::string> third = {{"same.html", "same"}, {"a/b/c.html", "a folder where a file was"},
                                                      {"edited.html", "three"}, {"new/y.html", "new"}};
    {
        OutputSet files;
        Diagnostics d;
        auto staging = StagingFolder::open(out, d);
        REQUIRE(staging);
        CHECK_FALSE(fs::exists(previous));  // taken as the staging folder
        REQUIRE(staging->write("same.html", "SAME"));  // an edit at the same size
        CHECK(slurp(dir / "public/same.html") == "same");
        for (auto& [path, bytes] : third) files.put(path, bytes);
        REQUIRE(staging->publish(files, d));
    }
    CHECK(tree_of(dir / "public") == std::map<std::string, std::string>{{"a", "<folder>"}, {"a/b", "<folder>"},
                                                                        {"a/b/c.html", "a folder where a file was"},
                                                                        {"edited.html", "three"}, {"new", "<folder>"},
                                                                        {"new/y.html", "new"}, {"same.html", "same"}});
    CHECK(same_file(stat_of(dir / "public/same.html"), same_before));  // kept, its date too
    CHECK(tree_of(previous).count("gone/x.html") == 1);                 // the second site, as it was
    CHECK(slurp(previous / "edited.html") == "two");

    // A file of the kept site changed behind the build's back is not trusted: written afresh.
    std::ofstream(previous / "same.html", std::ios::trunc) << "XXXX";
    publish({{"same.html", "same"}, {"edited.html", "four"}});
    publish({{"same.html", "same"}, {"edited.html", "five"}});
    CHECK(tree_of(dir / "public") == std::map<std::string, std::string>{{"edited.html", "five"}, {"same.html", "same"}});

    // A kept site whose record is another build's (its own could not be written) is not used:
    // a file the record does not name would otherwise stay in it, and be published.
    const std::string record_before = slurp(dir / ".public.scrutiny-record");
    publish({{"same.html", "same"}, {"edited.html", "five"}, {"extra.html", "not in the record"}});
    std::ofstream(dir / ".public.scrutiny-record", std::ios::trunc) << record_before;  // as if the write had failed
    publish({{"same.html", "same"}, {"edited.html", "five"}});
    publish({{"same.html", "same"}, {"edited.html", "five"}});
    CHECK(tree_of(dir / "public") == std::map<std::string, std::string>{{"edited.html", "five"}, {"same.html", "same"}});

    // A build that fails leaves no site before the last; the next build writes every file.
    {
        Diagnostics d;
        auto staging = StagingFolder::open(out, d);
        REQUIRE(staging);
    }
    CHECK_FALSE(fs::exists(previous));
    publish({{"same.html", "same"}, {"edited.html", "six"}});
    CHECK(tree_of(dir / "public") == std::map<std::string, std::string>{{"edited.html", "six"}, {"same.html", "same"}});

    // --clean starts from nothing and keeps nothing of the replaced site.
    publish({{"same.html", "same"}, {"edited.html", "seven"}});
    REQUIRE(fs::exists(previous));
    publish({{"same.html", "same"}, {"edited.html", "eight"}}, false);
    CHECK(tree_of(dir / "public") == std::map<std::string, std::string>{{"edited.html", "eight"}, {"same.html", "same"}});
    CHECK_FALSE(fs::exists(previous));
    fs::remove_all(dir);
}
