package kozan.gui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import kozan.chart.Labels;
import kozan.chart.PlaceNames;
import kozan.gui.live.Snapshot;
import kozan.observe.Metrics;
import kozan.scenario.CommoditySpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.stats.Bounds;

/**
 * A number the live comparison follows month by month in the policy run and in the baseline run, read from the
 * Recorder's rows ({@link Snapshot}), never from model internals. Its policy-minus-baseline difference is what
 * {@code kozan compare} reports for it: the difference of "jobs from mining" is the gross jobs, of employment ({@link kozan.observe.Metrics#EMPLOYED}) the
 * net jobs (docs/outputs.md).
 *
 * @param id         stable key ("gross", "net", "fiscal", "dependence:COMMODITY", "price:COMMODITY",
 *                   "gross:REGION", "net:REGION", ...)
 * @param label      what a planner reads
 * @param unit       unit of the value ("persons", "share", "JPY", "JPY/t", ...)
 * @param kind       how to format it
 * @param range      the range of its values, which the 95% intervals of its levels ({@link Bounds#ci95}) and of its
 *                   policy-minus-baseline differences ({@link Bounds#differenceCi95}) respect; taken from the metric
 *                   it reads ({@link Metrics#bounds}), so a jobs band never dips below 0 and a change in import
 *                   dependence never passes +-100 percentage points
 * @param cumulative plot and compare the running sum of the monthly values (fiscal cost so far)
 * @param value      the month's value from a snapshot (NaN when absent)
 */
public record Quantity(String id, String label, String unit, Kind kind, Bounds range, boolean cumulative,
                       ToDoubleFunction<Snapshot> value) {

    /** How a value reads: persons, a share 0-1, yen, or a price. */
    public enum Kind { PERSONS, SHARE, YEN, PRICE }

    static final String[] GROSS_CLASSES = {Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED};

    /** National quantities shown in the charts and the headline, in that order. */
    public static List<Quantity> national(Scenario s) {
        List<Quantity> out = new ArrayList<>();
        // the gross jobs are a sum of job classes that cannot be negative, so they take the classes' range
        out.add(new Quantity("gross", "Jobs from mining: direct + indirect + induced (difference = gross jobs)",
                "persons", Kind.PERSONS, Metrics.bounds(Metrics.JOBS_DIRECT), false, snap -> gross(snap, "")));
        out.add(new Quantity("net", "Employed, all employment (difference = net jobs)", "persons", Kind.PERSONS,
                Metrics.bounds(Metrics.EMPLOYED), false, snap -> snap.national(Metrics.EMPLOYED, "")));
        // signed (stockpile release sales can exceed purchases), so its running sum is unbounded too
        out.add(new Quantity("fiscal", "Fiscal cost, all levers, cumulative", "JPY", Kind.YEN,
                Metrics.bounds(Metrics.FISCAL_COST_YEN), true,
                snap -> snap.value(Metrics.FISCAL_COST_YEN, "", "", "")));
        for (CommoditySpec c : s.commodities()) {
            out.add(new Quantity("dependence:" + c.id(), "Import dependence: " + name(c), "share", Kind.SHARE,
                    Metrics.bounds(Metrics.IMPORT_DEPENDENCE), false,
                    snap -> snap.value(Metrics.IMPORT_DEPENDENCE, c.id(), "", "")));
        }
        for (CommoditySpec c : s.commodities()) {
            out.add(new Quantity("price:" + c.id(), "World price: " + name(c), kozan.observe.Units.MONEY + "/" + unitOf(c), Kind.PRICE,
                    Metrics.bounds(Metrics.WORLD_PRICE), false, snap -> snap.value(Metrics.WORLD_PRICE, c.id(), "", "")));
        }
        return out;
    }

    /** Per region: jobs from mining (gross), employed (net), unemployment rate, wage index, net migration. */
    public static List<Quantity> regional(Scenario s) {
        List<Quantity> out = new ArrayList<>();
        for (RegionSpec r : s.regions()) {
            String place = PlaceNames.region(r.id(), r.name());
            out.add(new Quantity("gross:" + r.id(), "Jobs from mining, " + place, "persons", Kind.PERSONS,
                    Metrics.bounds(Metrics.JOBS_DIRECT), false, snap -> gross(snap, r.id())));
            out.add(new Quantity("net:" + r.id(), "Employed, " + place, "persons", Kind.PERSONS,
                    Metrics.bounds(Metrics.EMPLOYED), false, snap -> snap.region(Metrics.EMPLOYED, "", r.id())));
            for (String cls : GROSS_CLASSES) {
                out.add(new Quantity(cls + ":" + r.id(), Labels.pretty(cls) + ", " + place, "persons", Kind.PERSONS,
                        Metrics.bounds(cls), false, snap -> snap.region(cls, "", r.id())));
            }
            out.add(new Quantity(Metrics.UNEMPLOYMENT_RATE + ":" + r.id(), "Unemployment rate, " + place, "share",
                    Kind.SHARE, Metrics.bounds(Metrics.UNEMPLOYMENT_RATE), false,
                    snap -> snap.region(Metrics.UNEMPLOYMENT_RATE, "", r.id())));
            out.add(new Quantity(Metrics.WAGE_INDEX + ":" + r.id(), "Wage index, " + place, "index", Kind.PRICE,
                    Metrics.bounds(Metrics.WAGE_INDEX), false, snap -> snap.region(Metrics.WAGE_INDEX, "", r.id())));
            out.add(new Quantity(Metrics.NET_MIGRATION + ":" + r.id(), "Net migration, " + place, "persons/month",
                    Kind.PERSONS, Metrics.bounds(Metrics.NET_MIGRATION), false,
                    snap -> snap.region(Metrics.NET_MIGRATION, "", r.id())));
        }
        return out;
    }

    /**
     * Direct + indirect + induced jobs of a region ("" = national) from each class's total row (detail ""); a class
     * the run does not report counts as 0, and NaN only when none is reported.
     */
    static double gross(Snapshot snap, String region) {
        double sum = Double.NaN;
        for (String cls : GROSS_CLASSES) {
            double v = snap.value(cls, "", region, "");
            if (Double.isFinite(v)) {
                sum = Double.isNaN(sum) ? v : sum + v;
            }
        }
        return sum;
    }

    private static String name(CommoditySpec c) {
        return c.name() == null ? Labels.pretty(c.id()) : c.name();
    }

    private static String unitOf(CommoditySpec c) {
        return c.unit() == null || c.unit().isBlank() ? kozan.observe.Units.DEFAULT_COMMODITY_UNIT : c.unit();
    }
}
