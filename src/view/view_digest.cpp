#include "view/view_digest.h"

namespace scrutiny {

namespace {
// Every value is written with its length, so no two different views write the same string.
class Digest final : public FieldVisitor {
public:
    std::string out;

    void text(std::string_view name, std::string& value, std::string_view) override { put('t', name, value); }
    void html(std::string_view name, std::string& value, std::string_view) override { put('h', name, value); }
    void flag(std::string_view name, bool value, std::string_view) override { put(value ? 'T' : 'F', name, {}); }
    void begin_object(std::string_view name, bool present, bool, std::string_view) override { put(present ? '{' : '-', name, {}); }
    void end_object() override { out += '}'; }
    void begin_list(std::string_view name, size_t size, bool, std::string_view) override {
        put('[', name, std::to_string(size));
    }
    void begin_item() override { out += '<'; }
    void end_item() override { out += '>'; }
    void list_text(std::string& value) override { put('s', {}, value); }
    void end_list() override { out += ']'; }

private:
    void put(char tag, std::string_view name, std::string_view value) {
        out += tag;
        out.append(name);
        out += ':';
        out += std::to_string(value.size());
        out += ':';
        out.append(value);
    }
};
}  // namespace

std::string view_digest(PageView& page) {
    Digest d;
    d.out = page.template_name;
    d.out += '\0';
    page.visit(d);
    return std::move(d.out);
}

}  // namespace scrutiny
