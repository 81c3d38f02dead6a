// The small reflection that makes view structs the template contract. Each view struct lists
// its keys once, with what a theme author needs to know about each:
//
//     template <class V> void fields(V& v) { v("ref", ref, "The commitment's reference: A3."); ... }
//
// and every consumer walks that list through one FieldVisitor: the Mustache data a page is
// rendered with (render/mustache_data.cpp), the theme reference in docs/ (key_reference.cpp)
// and the digest serve's render cache compares (view_digest.cpp). So a key cannot reach a
// template without being documented, and the documentation cannot drift from the code.
#pragma once

#include <concepts>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace scrutiny {

// Text the view has already made safe HTML (rendered Markdown, SVG): templates use {{{key}}}.
struct Html {
    std::string html;
};

// The events of one walk over a view. `name` and `doc` come from the fields() lists.
// Visitors may move strings out: a page view is walked for rendering last.
class FieldVisitor {
public:
    virtual ~FieldVisitor() = default;
    virtual void text(std::string_view name, std::string& value, std::string_view doc) = 0;
    virtual void html(std::string_view name, std::string& value, std::string_view doc) = 0;
    virtual void flag(std::string_view name, bool value, std::string_view doc) = 0;
    // A nested struct: its fields follow, then end_object(). An optional struct (`optional`) that
    // is absent comes as present == false with no fields (unless schema_only()).
    virtual void begin_object(std::string_view name, bool present, bool optional, std::string_view doc) = 0;
    virtual void end_object() = 0;
    // A list: for a list of structs each item is begin_item(), its fields, end_item(); for a
    // list of texts each item is list_text(). Then end_list().
    virtual void begin_list(std::string_view name, size_t size, bool of_text, std::string_view doc) = 0;
    virtual void begin_item() = 0;
    virtual void end_item() = 0;
    virtual void list_text(std::string& value) = 0;
    virtual void end_list() = 0;
    // True for a visitor that describes the shape rather than the values (the key reference):
    // it sees one default item of every list and every optional struct, even empty or absent.
    virtual bool schema_only() const { return false; }
};

// Turns a struct's fields() list into FieldVisitor events; the type of each member decides
// the event (std::string: text, Html, bool: flag, a struct, std::optional of one, or a list).
class FieldWalker {
public:
    explicit FieldWalker(FieldVisitor& out) : out_(&out) {}

    void operator()(std::string_view name, std::string& value, std::string_view doc) { out_->text(name, value, doc); }
    void operator()(std::string_view name, Html& value, std::string_view doc) { out_->html(name, value.html, doc); }
    // Only a real bool: a string literal must not quietly become `true`.
    template <std::same_as<bool> B>
    void operator()(std::string_view name, B& value, std::string_view doc) { out_->flag(name, value, doc); }

    template <class T>
        requires std::is_class_v<T>
    void operator()(std::string_view name, T& value, std::string_view doc) {
        out_->begin_object(name, true, false, doc);
        value.fields(*this);
        out_->end_object();
    }

    template <class T>
    void operator()(std::string_view name, std::optional<T>& value, std::string_view doc) {
        out_->begin_object(name, value.has_value() || out_->schema_only(), true, doc);
        if (value) value->fields(*this);
        else if (out_->schema_only()) T{}.fields(*this);
        out_->end_object();
    }

    template <class T>
    void operator()(std::string_view name, std::vector<T>& items, std::string_view doc) {
        constexpr bool of_text = std::is_same_v<T, std::string>;
        out_->begin_list(name, items.size(), of_text, doc);
        if (out_->schema_only()) {
            T example{};
            each(example);
        } else {
            for (auto& item : items) each(item);
        }
        out_->end_list();
    }

private:
    template <class T>
    void each(T& item) {
        if constexpr (std::is_same_v<T, std::string>) {
            out_->list_text(item);
        } else {
            out_->begin_item();
            item.fields(*this);
            out_->end_item();
        }
    }
    FieldVisitor* out_;
};

template <class T>
void visit_fields(T& view, FieldVisitor& out) {
    FieldWalker walker(out);
    view.fields(walker);
}

// A view of any kind behind one interface, so the page list, renderer and cache need not know
// the kinds.
class AnyView {
public:
    virtual ~AnyView() = default;
    virtual void visit(FieldVisitor& out) = 0;
};

template <class T>
class ViewOf final : public AnyView {
public:
    explicit ViewOf(T view) : view_(std::move(view)) {}
    void visit(FieldVisitor& out) override { visit_fields(view_, out); }
    T& get() { return view_; }

private:
    T view_;
};

template <class T>
std::unique_ptr<AnyView> erase_view(T view) {
    return std::make_unique<ViewOf<T>>(std::move(view));
}

}  // namespace scrutiny
