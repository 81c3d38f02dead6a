#include "render/mustache_data.h"

#include <string>
#include <vector>

namespace scrutiny {

namespace mustache = kainjow::mustache;

namespace {
// Builds the data in place: kainjow's set() and push_back() copy their argument (a subtree
// once per level), so values are put into slots the builder owns and strings are moved in.
class Builder final : public FieldVisitor {
public:
    explicit Builder(mustache::data& root) { stack_.push_back(&root); }

    void text(std::string_view name, std::string& value, std::string_view) override { slot(name) = string_data(value); }
    void html(std::string_view name, std::string& value, std::string_view) override { slot(name) = string_data(value); }
    void flag(std::string_view name, bool value, std::string_view) override { slot(name) = mustache::data(value); }

    void begin_object(std::string_view name, bool present, bool, std::string_view) override {
        mustache::data& s = slot(name);
        s = present ? mustache::data(mustache::data::type::object) : mustache::data(false);
        stack_.push_back(present ? &s : nullptr);
    }
    void end_object() override { stack_.pop_back(); }

    void begin_list(std::string_view name, size_t size, bool, std::string_view) override {
        if (stack_.back()) slot("has_" + std::string(name)) = mustache::data(size > 0);
        mustache::data& s = slot(name);
        s = mustache::data(mustache::data::type::list);
        list_of(s).reserve(size);
        stack_.push_back(&s);
    }
    void begin_item() override {
        auto& list = list_of(*stack_.back());
        list.emplace_back(mustache::data::type::object);
        stack_.push_back(&list.back());
    }
    void end_item() override { stack_.pop_back(); }
    void list_text(std::string& value) override { list_of(*stack_.back()).push_back(string_data(value)); }
    void end_list() override { stack_.pop_back(); }

private:
    static mustache::data string_data(std::string& value) {
        if (value.empty()) return mustache::data(false);
        mustache::data d(mustache::data::type::string);
        const_cast<std::string&>(d.string_value()) = std::move(value);  // kainjow offers no move-in
        return d;
    }
    static std::vector<mustache::data>& list_of(mustache::data& d) {
        return const_cast<std::vector<mustache::data>&>(d.list_value());
    }
    // The named slot of the object being filled; a throwaway one inside an absent struct.
    mustache::data& slot(std::string_view name) {
        if (!stack_.back()) return discard_;
        return (*stack_.back())[std::string(name)];
    }

    std::vector<mustache::data*> stack_;
    mustache::data discard_;
};
}  // namespace

mustache::data visit_into_mustache(const std::function<void(FieldVisitor&)>& walk) {
    mustache::data root(mustache::data::type::object);
    Builder builder(root);
    walk(builder);
    return root;
}

mustache::data to_mustache_data(PageView& page) {
    return visit_into_mustache([&](FieldVisitor& v) { page.visit(v); });
}

}  // namespace scrutiny
