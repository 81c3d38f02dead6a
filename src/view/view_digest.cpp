#include "view/view_digest.h"

#define XXH_INLINE_ALL  // header only, as in publish/output_record.cpp
#include <xxhash.h>

#include <cstring>

namespace scrutiny {

namespace {
// Every value goes in with its length, so no two different views feed the same bytes. They are
// hashed as they come rather than written out: a large site's views are hundreds of megabytes,
// and serve kept them all, copying them on every rebuild.
class Digest final : public FieldVisitor {
public:
    Digest() { XXH3_128bits_reset(&state_); }
    ~Digest() override = default;
    std::string result() {
        const XXH128_hash_t h = XXH3_128bits_digest(&state_);
        std::string out(sizeof h.low64 + sizeof h.high64, '\0');
        std::memcpy(out.data(), &h.low64, sizeof h.low64);
        std::memcpy(out.data() + sizeof h.low64, &h.high64, sizeof h.high64);
        return out;
    }

    void text(std::string_view name, std::string& value, std::string_view) override { put('t', name, value); }
    void html(std::string_view name, std::string& value, std::string_view) override { put('h', name, value); }
    void flag(std::string_view name, bool value, std::string_view) override { put(value ? 'T' : 'F', name, {}); }
    void begin_object(std::string_view name, bool present, bool, std::string_view) override { put(present ? '{' : '-', name, {}); }
    void end_object() override { add("}"); }
    void begin_list(std::string_view name, size_t size, bool, std::string_view) override {
        put('[', name, std::to_string(size));
    }
    void begin_item() override { add("<"); }
    void end_item() override { add(">"); }
    void list_text(std::string& value) override { put('s', {}, value); }
    void end_list() override { add("]"); }
    void add(std::string_view bytes) { XXH3_128bits_update(&state_, bytes.data(), bytes.size()); }

private:
    void put(char tag, std::string_view name, std::string_view value) {
        add({&tag, 1});
        add(name);
        const std::string size = ":" + std::to_string(value.size()) + ":";
        add(size);
        add(value);
    }
    XXH3_state_t state_;
};
}  // namespace

std::string view_digest(PageView& page) {
    Digest d;
    d.add(page.template_name);
    d.add({"\0", 1});
    page.visit(d);
    return d.result();
}

}  // namespace scrutiny
