#include "common/natural_order.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using scrutiny::natural_less;

namespace {
std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) { return natural_less(a, b); });
    return v;
}
}  // namespace

TEST_CASE("plan references sort by the numbers in them", "[natural_order]") {
    CHECK(sorted({"3.10", "3.2", "3.1", "3.12", "3.11", "3.9"}) ==
          std::vector<std::string>{"3.1", "3.2", "3.9", "3.10", "3.11", "3.12"});
    CHECK(sorted({"A10", "B1", "A2", "A1"}) == std::vector<std::string>{"A1", "A2", "A10", "B1"});
    CHECK(sorted({"A.10", "A.2"}) == std::vector<std::string>{"A.2", "A.10"});
}

TEST_CASE("titles that start with a reference sort by it, then by their words", "[natural_order]") {
    CHECK(sorted({"3.10: Road safety", "3.2: Rural crime", "Anti-social behaviour", "3.2: Burglary"}) ==
          std::vector<std::string>{"3.2: Burglary", "3.2: Rural crime", "3.10: Road safety", "Anti-social behaviour"});
}

TEST_CASE("letters compare without regard to case, and a prefix comes first", "[natural_order]") {
    CHECK(natural_less("apple", "Banana"));
    CHECK_FALSE(natural_less("Banana", "apple"));
    CHECK(natural_less("A1", "A1.1"));
    CHECK_FALSE(natural_less("A1.1", "A1"));
}

TEST_CASE("the order is total: text equal but for case or zeros still has one order", "[natural_order]") {
    CHECK(natural_less("A1", "a1") != natural_less("a1", "A1"));
    CHECK(natural_less("2", "02"));
    CHECK_FALSE(natural_less("02", "2"));
    CHECK_FALSE(natural_less("3.1", "3.1"));
    CHECK(natural_less("9", "10"));
    CHECK(natural_less("99999999999999999999998", "99999999999999999999999"));  // longer than any integer type
}
