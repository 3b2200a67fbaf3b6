#!/usr/bin/env python3
"""Fit of the world market's price response lambda on the years before the 2010 episode (issue 14, design 2.3).

Data (record, R3 = USGS DS140, US unit value of REO, current US$/t): 2008 13,600; 2009 9,300, so the 2009/2008
price ratio is 0.68. The only pre-episode movement of the replay's inputs is the 2008-09 recession (ACTIVITY events),
so this moment identifies lambda given the target cover C* = 3 months (W9: Japanese trade held "about three months").
2005-07 are not used: no input of the market moves then (quotas were not binding), so the model's price is flat in
those years whatever lambda is, while the record's unit values swing (6,595 / 3,890 / 5,290).

Method: the replay (scenarios/rare-earth-2010-replay.yaml), of which only 2008 and 2009 are read: the model never
looks ahead, so no input of 2010 or later can move those years (the fit is out of sample for the episode). Run for
each lambda on a grid with 4 replications; the fit is the lambda at which the log error of the simulated 2009/2008
ratio of the mean world price crosses zero (linear interpolation between the two grid points that bracket it), and
the range is the grid points whose ratio is within 0.1 of the record's (an assumption for the record's error: the same
unit values swung by 30-40% a year in 2005-07 while no input moved). Prints the table for docs/validation.md.
The same fit with the tool's calibration, which adds its standard error and profile:
./kozan calibrate scenarios/analyses/rare-earth-lambda-fit.yaml (a ratio target, relative_to_year: 2008).
Usage: python3 scripts/fit-rare-earth-market.py [path/to/kozan-all.jar]
"""
import csv
import math
import os
import re
import subprocess
import sys
import tempfile

RECORD_RATIO = 9300 / 13600
GRID = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.8, 1.0]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(jar, text, lam, work):
    y = re.sub(r"(        producers:)", f"        price_response_per_month: {lam}\n\\1", text, count=1)
    y = y.replace("../docs/", ROOT + "/docs/")
    path = os.path.join(work, f"fit-{lam}.yaml")
    with open(path, "w") as f:
        f.write(y)
    out = os.path.join(work, f"out-{lam}")
    subprocess.run(["java", "-jar", jar, "run", path, "--replications", "4", "--threads", "1", "--no-charts",
                    "--annual-only", "--out", out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    price = {}
    for r in csv.DictReader(open(os.path.join(out, "annual.csv"))):
        if r["metric"] == "world_price" and r["commodity"] == "rare_earths":
            price.setdefault(int(r["year"]), []).append(float(r["value"]))
    p = {y: sum(v) / len(v) for y, v in price.items()}
    return p[2009] / p[2008]


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "simulation/target/kozan-all.jar")
    text = open(os.path.join(ROOT, "scenarios/rare-earth-2010-replay.yaml")).read()
    print(f"record 2009/2008 = {RECORD_RATIO:.3f} (R3)")
    print("| lambda (1/month) | simulated 2009/2008 | log error |")
    print("|---|---|---|")
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for lam in GRID:
            r = run(jar, text, lam, work)
            err = math.log(r / RECORD_RATIO)
            rows.append((lam, r, err))
            print(f"| {lam} | {r:.3f} | {err:+.3f} |")
    for (l0, _, e0), (l1, _, e1) in zip(rows, rows[1:]):
        if e0 >= 0 > e1:
            print(f"fit: lambda = {l0 + (l1 - l0) * e0 / (e0 - e1):.3f} (zero of the log error between {l0} and {l1})")
    inside = [lam for lam, r, _ in rows if abs(r - RECORD_RATIO) <= 0.1]
    span = f"{RECORD_RATIO - 0.1:.3f}-{RECORD_RATIO + 0.1:.3f}"
    print(f"grid points with a ratio in {span}: {inside[0]}-{inside[-1]}" if inside else f"no grid point in {span}")


if __name__ == "__main__":
    main()
