// `scrutiny new commitment|metric|meeting|page ID`: a commented starter file, in the right
// folder, that builds as it is. Never overwrites.
#pragma once

#include <iosfwd>
#include <string>

namespace scrutiny {

struct NewCommandOptions {
    std::string kind;  // commitment | metric | meeting | page
    std::string id;    // a commitment's ref ("A3"); otherwise the file stem ("violence-with-injury")
    std::string source = ".";
};

// Exit status: 0 written, 1 refused (file exists, unknown id), 2 usage errors.
int run_new(const NewCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace scrutiny
