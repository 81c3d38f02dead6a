// Text that never changes once made, held either as its own string or as a view of bytes that
// something else keeps (the derived cache's mapped file, content/commitment_bytes.h), so a
// commitment read back from the cache points at its words where they lie instead of copying
// them: at 10,000 commitments that was some 60 MB copied into fresh memory on every rebuild.
// Copies share the same bytes. Reads as a std::string_view.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace scrutiny {

class SharedText {
public:
    SharedText() = default;
    SharedText(std::string text)  // NOLINT: a string is text, as it is
        : keep_(std::make_shared<const std::string>(std::move(text))),
          view_(*static_cast<const std::string*>(keep_.get())) {}
    SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT
    // A view of bytes `keep` keeps alive (and unchanged) for as long as it is held.
    SharedText(std::string_view view, std::shared_ptr<const void> keep) : keep_(std::move(keep)), view_(view) {}

    operator std::string_view() const { return view_; }  // NOLINT: read wherever text is read
    std::string_view view() const { return view_; }
    std::string str() const { return std::string(view_); }
    bool empty() const { return view_.empty(); }
    size_t size() const { return view_.size(); }
    // What keeps the bytes (for views of part of them).
    const std::shared_ptr<const void>& keeper() const { return keep_; }

    friend bool operator==(const SharedText& a, std::string_view b) { return a.view_ == b; }

private:
    std::shared_ptr<const void> keep_;
    std::string_view view_;
};

}  // namespace scrutiny
