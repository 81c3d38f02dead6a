#!/usr/bin/env python3
"""Adjust the demo's illustrative monthly series so that they reproduce the quarter figures the
July-September 2017 performance summary prints in its policing-area table.

The papers give quarter totals and quarter averages, not months, so the monthly figures in
content/metrics/ are illustrative. A quarter average is the mean of every complete quarter total
from the start of the series (April 2015) up to and including the quarter (docs/spc-method.md),
so for July-September 2017 it is the mean of ten quarters. This script moves the difference
between the printed and the current ten-quarter sum into April 2015 - March 2017 (the 24 months
before the two quarters the paper prints), spread evenly, leaves the printed quarters alone, and
keeps West Mercia equal to the sum of the five areas month by month.

Usage: scripts/match-2017-table.py METRIC [--months=A:B] AREA=TARGET_TEN_QUARTER_SUM ...
(run from the repo). --months spreads the change over months A..B-1 counted from April 2015
(default 0:24), for a series whose control chart should keep its first baseline: moving the
early months moves the limits and can change what the site says about later months.
Choose each target inside the rounding window of the printed average, away from .5, and so that
the areas add up to a sum inside West Mercia's window (the printed averages are rounded).
"""
import re
import sys
import tomllib

EARLY_MONTHS = 24  # April 2015 - March 2017


def spread(values, delta, first=0, last=EARLY_MONTHS):
    out = list(values)
    n = last - first
    base, extra = divmod(abs(delta), n)
    sign = 1 if delta >= 0 else -1
    for k in range(n):
        step = base + (1 if (k * extra) // n != ((k + 1) * extra) // n else 0)
        out[first + k] += sign * step
    return out


def format_values(values):
    rows = [values[i:i + 12] for i in range(0, len(values), 12)]
    return "values = [\n" + "".join("  " + ", ".join(str(int(v)) for v in row) + ",\n" for row in rows) + "]"


def main():
    metric, args = sys.argv[1], sys.argv[2:]
    first, last = 0, EARLY_MONTHS
    if args and args[0].startswith("--months="):
        first, last = map(int, args.pop(0).split("=")[1].split(":"))
        assert 0 <= first < last <= EARLY_MONTHS
    targets = dict(a.split("=") for a in args)
    path = f"content/metrics/{metric}.toml"
    text = open(path).read()
    series = {s["area"]: s for s in tomllib.loads(text)["series"]}
    assert all(s["start"] == "2015-04" for s in series.values())
    new = {}
    for area, target in targets.items():
        values = series[area]["values"]
        delta = int(target) - sum(values[:30])
        new[area] = spread(values, delta, first, last)
    for area, s in series.items():
        if area != "west-mercia" and area not in new:
            new[area] = s["values"]
    new["west-mercia"] = [sum(new[a][i] for a in new if a != "west-mercia") for i in range(len(series["west-mercia"]["values"]))]
    for area, values in new.items():
        pattern = re.compile(r'(area = "' + re.escape(area) + r'"\nstart = "[0-9-]+"\n)values = \[[^\]]*\]')
        text, n = pattern.subn(lambda m: m.group(1) + format_values(values), text)
        assert n == 1, area
    open(path, "w").write(text)


if __name__ == "__main__":
    main()
