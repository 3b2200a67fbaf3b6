#!/usr/bin/env python3
"""The 2010 replay against the record's bands (docs/validation.md, "The 2010 replay, out of sample"; design 3.2).

Reads a results directory of scenarios/rare-earth-2010-replay.yaml (timeseries.csv and annual.csv) and prints, for
each check, the mean over replications, the 5-95% range across them, the band and whether the mean is inside.
The bands were fixed in the design note (docs/design/markets-issue-14.md, 3.2) before the first run of the market
model; they are not moved. Usage: python3 scripts/replay-bands.py results/rare-earth-2010-replay/<run-id>
With --table it prints instead the year-by-year outputs of docs/validation.md (means over replications).
"""
import csv
import os
import collections
import statistics
import sys

RE = "rare_earths"
BANDS = [  # name, low, high, record basis
    ("2011 price peak: peak quarter / 2008-09 mean", 8.0, 30.0, "Dy x7.8-19, La x15.5, Ce x30, Nd x13.6; all REE x16"),
    ("2012 price: Dec 2012 / 2008 mean", 1.1, 5.3, "La x1.1 ... Dy x5.2 (year end)"),
    ("2015 price: Dec 2015 / 2008 mean", 0.2, 2.2, "La x0.23 ... Nd x2.1 (year end)"),
    ("2012 China share of Japan's imports", 0.49, 0.60, "H1 49.3%; year 'below 60%' (W5, W6)"),
    ("2012 Japan's imports / 2008", 0.30, 0.55, "H1-2012 annualised / 2008 (W3, W4, W5)"),
    ("2012 Japan's consumption / 2008", 0.40, 0.75, "imports plus destocking (W9)"),
    ("2010 Japan's imports / 2008", 0.68, 0.80, "23,300-24,500 / 31,400-34,300 (S60, R19)"),
]


def quantile(v, q):
    v = sorted(v)
    return v[min(len(v) - 1, max(0, int(round(q * (len(v) - 1)))))]


def main(run):
    monthly = collections.defaultdict(dict)  # (rep, metric, detail) -> {date: value}
    if not os.path.isfile(run + "/timeseries.csv"):
        # the quarterly peak needs the monthly path, which a run writes only with --monthly
        print(f"{run}: no timeseries.csv; the bands need the monthly path: ./kozan run "
              "scenarios/rare-earth-2010-replay.yaml --replications 20 --monthly --out DIR", file=sys.stderr)
        sys.exit(2)
    with open(run + "/timeseries.csv") as f:
        for r in csv.DictReader(f):
            if r["commodity"] == RE and r["metric"] in ("world_price",) and r["detail"] == "":
                monthly[(r["replication"], r["metric"])][r["date"]] = float(r["value"])
    annual = collections.defaultdict(float)
    with open(run + "/annual.csv") as f:
        for r in csv.DictReader(f):
            if r["commodity"] == RE:
                annual[(r["replication"], r["metric"], r["detail"], int(r["year"]))] = float(r["value"])
    reps = sorted({k[0] for k in monthly})
    values = collections.defaultdict(list)
    for rep in reps:
        p = monthly[(rep, "world_price")]
        base0809 = statistics.mean(v for d, v in p.items() if d[:4] in ("2008", "2009"))
        base08 = statistics.mean(v for d, v in p.items() if d[:4] == "2008")
        quarters = collections.defaultdict(list)
        for d, v in p.items():
            quarters[(d[:4], (int(d[5:7]) - 1) // 3)].append(v)
        peak2011 = max(statistics.mean(v) for (y, q), v in quarters.items() if y == "2011")
        values[BANDS[0][0]].append(peak2011 / base0809)
        values[BANDS[1][0]].append(p["2012-12"] / base08)
        values[BANDS[2][0]].append(p["2015-12"] / base08)
        imp12 = annual[(rep, "imports_t", "", 2012)]
        values[BANDS[3][0]].append(annual[(rep, "imports_t_by_source", "china", 2012)] / imp12)
        values[BANDS[4][0]].append(imp12 / annual[(rep, "imports_t", "", 2008)])
        values[BANDS[5][0]].append(annual[(rep, "consumption_t", "", 2012)] / annual[(rep, "consumption_t", "", 2008)])
        values[BANDS[6][0]].append(annual[(rep, "imports_t", "", 2010)] / annual[(rep, "imports_t", "", 2008)])
        peak_all = max(statistics.mean(v) for v in quarters.values())
        peak_q = max(quarters, key=lambda k: statistics.mean(quarters[k]))
        values["(extra) highest quarter of the run / 2008-09 mean"].append(peak_all / base0809)
        values["(extra) year of the highest quarter"].append(int(peak_q[0]))
    print(f"replications: {len(reps)}")
    print("| check | simulated mean | 5-95% of replications | band (record) | inside |")
    print("|---|---|---|---|---|")
    for name, lo, hi, basis in BANDS:
        v = values[name]
        m = statistics.mean(v)
        print(f"| {name} | {m:.3g} | {quantile(v, 0.05):.3g} - {quantile(v, 0.95):.3g} | {lo} - {hi} ({basis}) | "
              f"{'yes' if lo <= m <= hi else '**no**'} |")
    for name in ("(extra) highest quarter of the run / 2008-09 mean", "(extra) year of the highest quarter"):
        v = values[name]
        print(f"| {name} | {statistics.mean(v):.4g} | {quantile(v, 0.05):.4g} - {quantile(v, 0.95):.4g} | | |")


def table(run):
    """The year-by-year outputs table of docs/validation.md section 4: means over replications of annual.csv."""
    cell = collections.defaultdict(list)  # (metric, detail, year) -> values over replications
    with open(run + "/annual.csv") as f:
        for r in csv.DictReader(f):
            if r["commodity"] == RE:
                cell[(r["metric"], r["detail"], int(r["year"]))].append(float(r["value"]))

    def m(metric, year, detail=""):
        v = cell.get((metric, detail, year))
        return statistics.mean(v) if v else 0.0

    years = sorted({k[2] for k in cell})
    p0 = m("world_price", years[0])
    cols = ["Year", "Export price (x 2008)", "China domestic (x 2008 export)", "Quota binding (share of months)",
            "China's exports (t)", "US output (t)", "Lynas output (t)", "Rest-of-world demand (t)",
            "Japan's imports (t)", "China's share", "Japan's consumption (t)", "Japan's buyers' stock, year end (t)",
            "Shortfall met by substitution + thrift (t)", "Output lost (JPY bn)"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for y in years:
        imp = m("imports_t", y)
        met = m("shortfall_met_t", y, "substitution") + m("shortfall_met_t", y, "thrift")
        row = [str(y), f"{m('world_price', y) / p0:.2f}", f"{m('world_price_domestic', y) / p0:.2f}",
               f"{m('export_quota_binding', y):.2f}", f"{m('china_exports_t', y):,.0f}",
               f"{m('producer_output_t', y, 'united_states'):,.0f}", f"{m('producer_output_t', y, 'australia'):,.0f}",
               f"{m('world_demand_t', y, 'rest'):,.0f}", f"{imp:,.0f}",
               f"{m('imports_t_by_source', y, 'china') / imp:.3f}" if imp else "-",
               f"{m('consumption_t', y):,.0f}", f"{m('inventory_t', y):,.0f}", f"{met:,.0f}",
               f"{m('manufacturing_output_lost_yen', y) / 1e9:,.0f}"]
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--table":
        table(sys.argv[2])
    else:
        main(sys.argv[1])
