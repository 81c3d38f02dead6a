#include "cli/new_file.h"

#include <cstdio>
#include <filesystem>
#include <ostream>

#include "cli/console.h"
#include "cli/site_folder.h"
#include "cli/starter_files.h"
#include "common/file_system.h"
#include "common/text.h"

namespace scrutiny {

namespace {
// Adds a block to the end of a file (creating it if missing), never touching what is there.
int append_block(const std::string& source, const StarterFile& starter, std::ostream& out, std::ostream& err) {
    const std::filesystem::path path = std::filesystem::path(source) / starter.path;
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    std::FILE* f = std::fopen(path.c_str(), "a");
    const bool ok = f && std::fwrite(starter.text.data(), 1, starter.text.size(), f) == starter.text.size();
    if (!f || std::fclose(f) != 0 || !ok) {
        console::report(err, Severity::error, starter.path, "could not add to this file; check it is writable and the disk has space");
        return 1;
    }
    out << "added a [[meeting]] at the end of " << starter.path << "; edit it, then run scrutiny serve to see it\n";
    if (!starter.note.empty()) out << "note: " << starter.note << "\n";
    return 0;
}
}  // namespace

int run_new(const NewCommandOptions& options, std::ostream& out, std::ostream& err) {
    const auto site_folder = open_site_folder(options.source, err);
    if (!site_folder) return kUsageError;
    const DiskFileSystem& site = *site_folder;
    // The id becomes a file name and a web address; file systems refuse names past 255 bytes.
    constexpr size_t kLongestId = 100;
    if (options.id.size() > kLongestId) {
        console::report(err, Severity::error, "",
                        "the id `" + options.id.substr(0, 20) + "...` is " + std::to_string(options.id.size()) +
                            " characters long; use at most " + std::to_string(kLongestId) + ", like violence-with-injury");
        return kUsageError;
    }
    Diagnostics diags;
    StarterContext context = read_starter_context(site, diags);
    if (diags.has_errors()) {
        console::print_diagnostics(diags, err, "nothing was written");
        return 1;
    }
    auto starter = make_starter(options.kind, options.id, context, diags);
    if (!starter) {
        console::print_diagnostics(diags, err, "nothing was written");
        // A wrong kind or id is a usage error; a site that lacks what the starter needs is not.
        bool about_arguments = true;
        for (const auto& d : diags.all()) about_arguments = about_arguments && d.where.file.empty();
        return about_arguments ? 2 : 1;
    }
    if (starter->append) return append_block(options.source, *starter, out, err);
    // A file whose name differs only in case or punctuation ("Notes.md") would share the web address.
    const std::filesystem::path relative(starter->path);
    for (const auto& other : files_with_extension(site, relative.parent_path().string(), relative.extension().string()))
        if (other != starter->path && slugify(file_stem(other)) == slugify(relative.stem().string())) {
            console::report(err, Severity::error, other,
                            "this file already has the web address that `" + options.id +
                                "` would get; choose another id or edit this file");
            return 2;
        }
    const std::filesystem::path path = std::filesystem::path(options.source) / starter->path;
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    // "x": fails when the file exists, so an existing file is never overwritten, even in a race.
    std::FILE* f = std::fopen(path.c_str(), "wx");
    if (!f) {
        if (std::filesystem::exists(path, ec)) {
            console::report(err, Severity::error, starter->path,
                            "this file already exists, and new never overwrites; choose another id or edit it");
            return 2;
        }
        console::report(err, Severity::error, starter->path, "cannot create this file; check the folder is writable");
        return 1;
    }
    const bool ok = std::fwrite(starter->text.data(), 1, starter->text.size(), f) == starter->text.size();
    if (std::fclose(f) != 0 || !ok) {
        console::report(err, Severity::error, starter->path, "could not write the whole file; check the disk has space");
        return 1;
    }
    out << "created " << starter->path << "; edit it, then run scrutiny serve to see it\n";
    if (!starter->note.empty()) out << "note: " << starter->note << "\n";
    return 0;
}

}  // namespace scrutiny
