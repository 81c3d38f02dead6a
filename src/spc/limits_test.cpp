#include "spc/limits.h"

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

using namespace scrutiny::spc;

namespace {
const double kNaN = std::nan("");
bool close(double a, double b) { return std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(b)); }
}  // namespace

TEST_CASE("computes the limits of a 12-point series worked by hand", "[spc][limits]") {
    // sum = 120, mean = 10; moving ranges 2,4,3,2,1,3,6,3,1,2,1: sum 28 over 11, amr = 28/11;
    // no moving range reaches 3.267 x 28/11 = 8.32.
    std::vector<double> x{10, 12, 8, 11, 9, 10, 13, 7, 10, 11, 9, 10};
    Limits l = compute_limits(x, true, std::nullopt);
    CHECK(l.mean == 10);
    CHECK(close(l.amr, 28.0 / 11));
    CHECK(close(l.ucl, 10 + 2.66 * 28 / 11));  // 16.7709...
    CHECK(close(l.lcl, 10 - 2.66 * 28 / 11));  // 3.2290...
    CHECK(close(l.near_ucl, 10 + 2 * (2.66 / 3) * 28 / 11));
    CHECK(close(l.near_lcl, 10 - 2 * (2.66 / 3) * 28 / 11));
    CHECK(l.baseline_points == 12);
}

TEST_CASE("screens a moving-range outlier at 3.267 x the mean moving range", "[spc][limits]") {
    // Moving ranges: ten of 1 and one of 30 -> amr 40/11 = 3.64; 30 >= 11.88 is dropped,
    // leaving amr = 10/10 = 1. Mean = (6x10 + 5x11 + 40)/12 = 155/12.
    std::vector<double> x{10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 40};
    Limits screened = compute_limits(x, true, std::nullopt);
    CHECK(close(screened.mean, 155.0 / 12));
    CHECK(screened.amr == 1);
    CHECK(close(screened.ucl, 155.0 / 12 + 2.66));
    Limits unscreened = compute_limits(x, false, std::nullopt);
    CHECK(close(unscreened.amr, 40.0 / 11));
}

TEST_CASE("degenerate segments draw flat limits", "[spc][limits]") {
    SECTION("a constant segment screens nothing and has amr 0") {
        std::vector<double> x(12, 5.0);
        Limits l = compute_limits(x, true, std::nullopt);
        CHECK(l.mean == 5);
        CHECK(l.amr == 0);
        CHECK(l.ucl == 5);
        CHECK(l.lcl == 5);
    }
    SECTION("screening that leaves only zero moving ranges gives amr 0") {
        std::vector<double> x(11, 5.0);
        x.push_back(6);  // moving ranges: ten 0s and a 1 (>= 3.267 x 1/11): dropped
        Limits l = compute_limits(x, true, std::nullopt);
        CHECK(l.amr == 0);
        CHECK(l.ucl == l.mean);
    }
    SECTION("a single value has no moving range and amr 0") {
        std::vector<double> x{7};
        Limits l = compute_limits(x, true, std::nullopt);
        CHECK(l.mean == 7);
        CHECK(l.ucl == 7);
    }
}

TEST_CASE("never bridges a moving range across a missing month", "[spc][limits]") {
    // Present: 10, 12, 20, 22. Moving ranges 2 and 2 (not 8 across the gap).
    std::vector<double> x{10, 12, kNaN, 20, 22};
    Limits l = compute_limits(x, false, std::nullopt);
    CHECK(l.mean == 16);
    CHECK(l.amr == 2);
    CHECK(l.baseline_points == 4);
}

TEST_CASE("fix_after_n_points counts present values only", "[spc][limits]") {
    // Baseline = first 3 present values: 10, 12, 14 (the gap is not counted).
    std::vector<double> x{10, kNaN, 12, 14, 100, 200};
    Limits l = compute_limits(x, false, 3);
    CHECK(l.mean == 12);
    CHECK(l.amr == 2);  // only 12 -> 14: 10 -> gap -> 12 is not a moving range
    CHECK(l.baseline_points == 3);
}

TEST_CASE("means agree with R's two-pass mean", "[spc][limits]") {
    std::vector<double> x{0.1, 0.2, 0.3};
    CHECK(r_mean(x) == 0.2);  // naive (0.1+0.2+0.3)/3 is 0.20000000000000004
    CHECK(std::isnan(r_mean(std::vector<double>{kNaN})));
}
