// The Content-Type `serve` sends for each kind of file a built site holds.
#pragma once

#include <string>
#include <string_view>

namespace scrutiny::serve_detail {

// The Content-Type for an output file name ("application/octet-stream" when unknown).
std::string content_type_for(std::string_view path);

}  // namespace scrutiny::serve_detail
