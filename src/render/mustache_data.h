// A page's view as Mustache data, built straight from the view structs (no tree in between).
#pragma once

#include <functional>

#include <kainjow/mustache.hpp>

#include "view/page_view.h"

namespace scrutiny {

// Consumes the page's view (its strings are moved into the data). Empty strings and absent
// optional structs become false, so `{{#key}}` sections behave as a theme author expects
// (Mustache treats an empty string as true); every list `x` also gets `has_x`, true when the
// list has items, for sections that wrap a list (a heading above a table of its rows).
kainjow::mustache::data to_mustache_data(PageView& page);

// The same for one view struct (tests, fragments).
template <class View>
kainjow::mustache::data to_mustache_data_of(View& view);

kainjow::mustache::data visit_into_mustache(const std::function<void(FieldVisitor&)>& walk);

template <class View>
kainjow::mustache::data to_mustache_data_of(View& view) {
    return visit_into_mustache([&](FieldVisitor& v) { visit_fields(view, v); });
}

}  // namespace scrutiny
