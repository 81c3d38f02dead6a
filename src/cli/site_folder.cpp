#include "cli/site_folder.h"

#include <filesystem>
#include <ostream>

#include "cli/console.h"

namespace scrutiny {

std::optional<DiskFileSystem> open_site_folder(const std::string& source, std::ostream& err) {
    std::error_code ec;
    if (!std::filesystem::is_directory(source, ec)) {
        console::report(err, Severity::error, "", "source folder `" + source + "` does not exist; pass --source DIR with a site folder");
        return std::nullopt;
    }
    DiskFileSystem site(source);
    if (!site.is_file("site_config.toml")) {
        console::report(err, Severity::error, "",
                        "no site_config.toml in `" + source + "`; run scrutiny in a site folder or pass --source DIR");
        return std::nullopt;
    }
    return site;
}

}  // namespace scrutiny
