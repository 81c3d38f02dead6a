#include "cli/site_folder.h"

#include <filesystem>
#include <ostream>

namespace scrutiny {

std::optional<DiskFileSystem> open_site_folder(const std::string& source, std::ostream& err) {
    std::error_code ec;
    if (!std::filesystem::is_directory(source, ec)) {
        err << "error: source folder `" << source << "` does not exist; pass --source DIR with a site folder\n";
        return std::nullopt;
    }
    DiskFileSystem site(source);
    if (!site.is_file("site_config.toml")) {
        err << "error: no site_config.toml in `" << source << "`; run scrutiny in a site folder or pass --source DIR\n";
        return std::nullopt;
    }
    return site;
}

}  // namespace scrutiny
