#include "view/view_digest.h"

#include "common/digest.h"

namespace scrutiny {

namespace {
// Every value goes in with its length, so no two different views feed the same bytes. They are
// hashed as they come rather than written out: a large site's views are hundreds of megabytes,
// and serve kept them all, copying them on every rebuild.
class ViewDigest final : public FieldVisitor {
public:
    std::string result() const { return digest_.result(); }

    void text(std::string_view name, std::string& value, std::string_view) override { put('t', name, value); }
    void html(std::string_view name, std::string& value, std::string_view) override { put('h', name, value); }
    void flag(std::string_view name, bool value, std::string_view) override { put(value ? 'T' : 'F', name, {}); }
    void begin_object(std::string_view name, bool present, bool, std::string_view) override { put(present ? '{' : '-', name, {}); }
    void end_object() override { digest_.add_raw("}"); }
    void begin_list(std::string_view name, size_t size, bool, std::string_view) override {
        put('[', name, std::to_string(size));
    }
    void begin_item() override { digest_.add_raw("<"); }
    void end_item() override { digest_.add_raw(">"); }
    void list_text(std::string& value) override { put('s', {}, value); }
    void end_list() override { digest_.add_raw("]"); }
    void add(std::string_view part) { digest_.add(part); }

private:
    void put(char tag, std::string_view name, std::string_view value) {
        digest_.add_raw({&tag, 1});
        digest_.add(name);
        digest_.add(value);
    }
    Digest digest_;
};
}  // namespace

std::string view_digest(PageView& page) {
    ViewDigest d;
    d.add(page.template_name);
    page.visit(d);
    return d.result();
}

}  // namespace scrutiny
