#include "spc/quarters.h"

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

using namespace scrutiny::spc;

TEST_CASE("totals complete financial quarters with previous and same quarter last year", "[spc][quarters]") {
    // Feb 2016 .. Sep 2017: the first complete quarter is Apr - Jun 2016.
    std::vector<double> x(20, 10.0);
    for (size_t i = 17; i < 20; ++i) x[i] = 20;  // Jul - Sep 2017
    std::vector<int> seg(20, 0);
    auto q = compute_quarters({2016, 2}, x, Aggregate::sum, seg);
    REQUIRE(q.size() == 6);
    CHECK(q[0].first == Period{2016, 4});
    CHECK_FALSE(q[0].previous);
    CHECK(q[5].first == Period{2017, 7});
    CHECK(q[5].total == 60);
    CHECK(q[5].previous == 30);
    CHECK(q[5].same_last_year == 30);
    REQUIRE(q[5].quarter_average);
    CHECK(*q[5].quarter_average == Approx((30.0 * 5 + 60) / 6));
    CHECK(*q[0].quarter_average == 30);  // never looks ahead
}

TEST_CASE("a quarter with a missing month is not complete", "[spc][quarters]") {
    std::vector<double> x(9, 10.0);
    x[4] = std::nan("");
    std::vector<int> seg(9, 0);
    auto q = compute_quarters({2017, 1}, x, Aggregate::mean, seg);
    REQUIRE(q.size() == 2);
    CHECK(q[0].first == Period{2017, 1});
    CHECK(q[0].total == 10);  // mean for rates
    CHECK(q[1].first == Period{2017, 7});
    CHECK_FALSE(q[1].previous);
}

TEST_CASE("the quarter average is not restarted by a new segment (SPC.md section 5)", "[spc][quarters]") {
    std::vector<double> x{10, 10, 10, 10, 10, 10, 20, 20, 20, 20, 20, 20};
    std::vector<int> seg{0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1};  // segment 1 starts in May
    auto q = compute_quarters({2017, 1}, x, Aggregate::sum, seg);
    REQUIRE(q.size() == 4);
    CHECK(*q[0].quarter_average == 30);
    CHECK(*q[1].quarter_average == 30);
    CHECK(*q[2].quarter_average == 40);
    CHECK(*q[3].quarter_average == 45);
    CHECK(q[3].segment == 1);
}

TEST_CASE("the quarter average of every quarter so far reproduces the seeds' 2,654", "[spc][quarters]") {
    // Violence with injury, West Mercia, Apr 2015 - Dec 2017 in quarters. The panel paper for
    // Jul - Sep 2017 gives 2,762 against a quarter average of 2,654: the mean of the ten
    // quarters since Apr 2015, although the monthly average had been recalculated in between.
    const std::vector<double> quarter_totals{2605, 2737, 2519, 2386, 2728, 2731, 2609, 2617, 2846, 2762, 2660};
    std::vector<double> x;
    for (double t : quarter_totals)
        for (int k = 0; k < 3; ++k) x.push_back(t / 3);
    const size_t n = x.size();
    std::vector<int> seg(n, 0);
    for (size_t i = 23; i < n; ++i) seg[i] = 1;
    auto q = compute_quarters({2015, 4}, x, Aggregate::sum, seg);
    REQUIRE(q.size() == 11);
    CHECK(q[9].first == Period{2017, 7});
    CHECK(*q[9].quarter_average == Approx(2654));
    CHECK(*q[10].quarter_average == Approx((26540.0 + 2660) / 11));
}
