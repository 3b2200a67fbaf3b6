package kozan.validation;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kozan.chart.Band;
import kozan.chart.ChartExporter;
import kozan.chart.Charts;
import kozan.chart.Palette;
import kozan.chart.Series;
import kozan.scenario.ScenarioLoader.Override;
import org.jfree.chart.JFreeChart;

/**
 * Draws the charts of docs/validation.md from real model runs (the same runs and seeds as the inputs and outcomes tests, more
 * replications for the replay) and prints the numbers the page quotes. Run with
 * {@code java -cp ... kozan.validation.ValidationCharts}; writes docs/images/validation/*.png.
 */
public final class ValidationCharts {

    static final String RE = "rare_earths";
    static final int REPLAY_REPS = 20;
    static final int BASE_REPS = 10;

    private ValidationCharts() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = ValidationRuns.repositoryRoot().resolve("docs/images/validation");
        Files.createDirectories(dir);
        List<Override> five = ValidationRuns.FIVE_YEARS;
        List<MonthlySeries> base = ValidationRuns.runs("baseline.yaml", five, BASE_REPS);
        List<MonthlySeries> restr = ValidationRuns.runs("rare-earth-export-restriction.yaml", five, BASE_REPS);
        List<MonthlySeries> replay = ValidationRuns.runs("rare-earth-2010-replay.yaml", List.of(), REPLAY_REPS);

        firstYears(base, dir);
        restriction(base, restr, dir);
        leadTimes(dir);
        replay(replay, dir);
    }

    private static double[] years(int from, int to) {
        double[] x = new double[to - from + 1];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
        }
        return x;
    }

    /** [replication][year] of an annual value. */
    private static double[][] annual(List<MonthlySeries> runs, int from, int to, java.util.function.BiFunction<MonthlySeries, Integer, Double> f) {
        double[][] v = new double[runs.size()][to - from + 1];
        for (int k = 0; k < runs.size(); k++) {
            for (int y = from; y <= to; y++) {
                v[k][y - from] = f.apply(runs.get(k), y);
            }
        }
        return v;
    }

    private static double[] mean(double[][] v) {
        double[] m = new double[v[0].length];
        for (double[] row : v) {
            for (int i = 0; i < m.length; i++) {
                m[i] += row[i] / v.length;
            }
        }
        return m;
    }

    private static double[] constant(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    private static void png(JFreeChart chart, Path dir, String name) throws java.io.IOException {
        ChartExporter.png(chart, dir.resolve(name), ChartExporter.WIDTH, ChartExporter.HEIGHT);
        System.out.println("wrote " + name);
    }

    private static void print(String label, double[] x, double[] y, double scale) {
        StringBuilder b = new StringBuilder(label).append(':');
        for (int i = 0; i < x.length; i++) {
            b.append(String.format(Locale.ROOT, " %d=%.4g", (int) x[i], y[i] / scale));
        }
        System.out.println(b);
    }

    private static void firstYears(List<MonthlySeries> base, Path dir) throws Exception {
        double[] x = years(2025, 2029);
        double[][] lime = annual(base, 2025, 2029, (r, y) -> r.annual("domestic_mine_output_t", "limestone", "", "", y) / 1e6);
        double[][] gold = annual(base, 2025, 2029, (r, y) -> r.annual("domestic_mine_output_t", "gold", "", "", y));
        Band lb = Band.of(lime);
        png(Charts.lines("Baseline limestone output against the record", "10 replications; reference: 130 Mt (2020, S14), 134-148 Mt (2010-13, S12, S13)",
                "Year", "Limestone output (Mt/yr)", x, List.of(
                        new Series("Model, mean (band: min-max of replications)", Palette.BLUE, mean(lime), lb.low95(), lb.high95()),
                        new Series("Reference range 130-148 Mt", Palette.ORANGE, constant(5, 139), constant(5, 130), constant(5, 148))),
                false, true), dir, "baseline-limestone.png");
        Band gb = Band.of(gold);
        png(Charts.lines("Baseline gold output against the record", "10 replications; reference: 3.5 t (2026 news, S4), 4.4 t plan (S3, S8), ~6 t (FY2019-22, S2)",
                "Year", "Gold output (t/yr)", x, List.of(
                        new Series("Model, mean (band: 95% of replications)", Palette.BLUE, mean(gold), gb.low95(), gb.high95()),
                        new Series("Reference range 3.5-6 t", Palette.ORANGE, constant(5, 4.75), constant(5, 3.5), constant(5, 6))),
                false, true), dir, "baseline-gold.png");
        print("limestone Mt", x, mean(lime), 1);
        print("gold t", x, mean(gold), 1);
        for (String c : List.of(RE, "lithium", "cobalt", "copper", "nickel", "gold", "coal", "limestone")) {
            print("import_dependence " + c, x, mean(annual(base, 2025, 2029, (r, y) -> r.annual("import_dependence", c, "", "", y))), 1);
            print("consumption " + c, x, mean(annual(base, 2025, 2029, (r, y) -> r.annual("consumption_t", c, "", "", y))), 1);
        }
        for (String m : List.of("jobs_direct", "jobs_indirect", "jobs_induced", "unemployment_rate")) {
            print(m, x, mean(annual(base, 2025, 2029, (r, y) -> r.annual(m, "", "", "", y))), 1);
        }
        List<String> regions = new ArrayList<>();
        for (String k : base.get(0).keys("unemployment_rate")) {
            String region = k.split("\\|", -1)[1];
            if (!region.isEmpty()) {
                regions.add(region);
                print("unemployment_rate " + region, x, mean(annual(base, 2025, 2029, (r, y) -> r.annual("unemployment_rate", "", region, "", y))), 1);
            }
        }
    }

    private static void restriction(List<MonthlySeries> base, List<MonthlySeries> restr, Path dir) throws Exception {
        double[] x = years(2025, 2029);
        double[] pb = mean(annual(base, 2025, 2029, (r, y) -> r.annual("world_price", RE, "", "", y) / 1e6));
        double[] pr = mean(annual(restr, 2025, 2029, (r, y) -> r.annual("world_price", RE, "", "", y) / 1e6));
        double[] cb = mean(annual(base, 2025, 2029, (r, y) -> r.importShare(RE, "china", y)));
        double[] cr = mean(annual(restr, 2025, 2029, (r, y) -> r.importShare(RE, "china", y)));
        double[] qb = mean(annual(base, 2025, 2029, (r, y) -> r.annual("consumption_t", RE, "", "", y)));
        double[] qr = mean(annual(restr, 2025, 2029, (r, y) -> r.annual("consumption_t", RE, "", "", y)));
        png(Charts.panels("Export restriction by China, 2027-28, against the baseline (same draws)",
                "rare-earth-export-restriction.yaml vs baseline.yaml, 10 paired replications (common random numbers), means",
                "Year", List.of("Price (JPY M/t)", "China share", "Use (t REO)"), List.of(
                        List.of(Series.of("Baseline", Palette.GREY, pb), Series.of("Restriction", Palette.VERMILLION, pr)),
                        List.of(Series.of("Baseline", Palette.GREY, cb), Series.of("Restriction", Palette.VERMILLION, cr)),
                        List.of(Series.of("Baseline", Palette.GREY, qb), Series.of("Restriction", Palette.VERMILLION, qr))), x),
                dir, "restriction-vs-baseline.png");
        print("RE price base M", x, pb, 1);
        print("RE price restr M", x, pr, 1);
        print("China share base", x, cb, 1);
        print("China share restr", x, cr, 1);
        print("RE consumption base", x, qb, 1);
        print("RE consumption restr", x, qr, 1);
        print("RE shortfall restr", x, mean(annual(restr, 2025, 2029, (r, y) -> r.annual("shortfall_t", RE, "", "", y))), 1);
        print("RE output lost restr JPY bn", x, mean(annual(restr, 2025, 2029, (r, y) -> r.annual("manufacturing_output_lost_yen", RE, "", "", y))), 1e9);
        System.out.printf(Locale.ROOT, "RE intensity ratio at end: base %.3f restr %.3f%n",
                ValidationRuns.mean(base, r -> r.finalIntensityRatio(RE)), ValidationRuns.mean(restr, r -> r.finalIntensityRatio(RE)));
    }

    private static void leadTimes(Path dir) throws Exception {
        List<Double> lead = LeadTimes.baselineLeadTimesYears();
        int bins = 14;
        double[][] counts = new double[1][bins];
        List<String> cats = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            cats.add((4 + 2 * b) + "-" + (6 + 2 * b));
        }
        for (double v : lead) {
            int b = (int) Math.floor((v - 4) / 2);
            counts[0][Math.max(0, Math.min(bins - 1, b))]++;
        }
        double mean = lead.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double[] sorted = lead.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        png(Charts.bars("Discovery-to-production lead times in the baseline",
                String.format(Locale.ROOT, "%d projects, 3 replications; model mean %.1f years (p10 %.1f, p90 %.1f); S108: mean 15.7, range 6-32",
                        lead.size(), mean, sorted[(int) (0.1 * sorted.length)], sorted[(int) (0.9 * sorted.length)]),
                "Years from entering exploration to entering production", "Projects", cats, List.of("Model"), List.of(Palette.BLUE),
                counts, nan(1, bins), nan(1, bins)), dir, "lead-times.png");
        System.out.printf(Locale.ROOT, "lead times: n %d mean %.2f min %.1f p10 %.1f median %.1f p90 %.1f max %.1f%n", lead.size(), mean,
                sorted[0], sorted[(int) (0.1 * sorted.length)], sorted[sorted.length / 2], sorted[(int) (0.9 * sorted.length)], sorted[sorted.length - 1]);
    }

    /** Counts have no interval: no whiskers. */
    private static double[][] nan(int rows, int columns) {
        double[][] v = new double[rows][columns];
        for (double[] row : v) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return v;
    }

    private static void replay(List<MonthlySeries> runs, Path dir) throws Exception {
        int steps = 120;
        double[] xm = new double[steps];
        for (int i = 0; i < steps; i++) {
            xm[i] = 2008 + (i + 0.5) / 12.0;
        }
        double[][] price = new double[runs.size()][steps];
        for (int k = 0; k < runs.size(); k++) {
            double[] p = runs.get(k).monthly("world_price", RE, "", "");
            for (int i = 0; i < steps; i++) {
                price[k][i] = p[i] / p[0];
            }
        }
        // reference anchors of the basket index (x 2008): docs/data-sources.md, replay section
        double[] ref = constant(steps, Double.NaN);
        int[][] anchors = {{2008, 1, 100}, {2009, 1, 82}, {2010, 6, 150}, {2010, 11, 400}, {2011, 3, 600}, {2011, 5, 1000}, {2011, 8, 1500},
            {2011, 12, 1000}, {2012, 6, 550}, {2012, 12, 400}, {2013, 12, 300}, {2014, 12, 250}};
        for (int[] a : anchors) {
            ref[(a[0] - 2008) * 12 + a[1] - 1] = a[2] / 100.0;
        }
        Band band = Band.of(price);
        png(Charts.lines("Replay: rare-earth basket price, 2008-2017", "20 replications (band: 95%); reference anchors from S137-S139 (peak) and GK (path)",
                "Year", "REO basket price (x 2008 level)", xm, List.of(
                        new Series("Model, median", Palette.BLUE, band.median(), band.low95(), band.high95()),
                        Series.of("Reference anchors", Palette.ORANGE, ref)), false, true), dir, "replay-price.png");

        double[] x = years(2008, 2017);
        String[] sources = {"china", "france", "vietnam", "united_states", "other"};
        Color[] colours = {Palette.VERMILLION, Palette.BLUE, Palette.BLUISH_GREEN, Palette.SKY_BLUE, Palette.GREY};
        List<Series> bySource = new ArrayList<>();
        for (int s = 0; s < sources.length; s++) {
            String src = sources[s];
            bySource.add(Series.of(src, colours[s], mean(annual(runs, 2008, 2017, (r, y) -> r.yearSum("imports_t_by_source", RE, "", src, y)))));
        }
        png(Charts.stackedArea("Replay: Japan's rare-earth imports by source", "mean of 20 replications; record: ~90% China before 2010 (S59, S62), ~20 kt from China in 2010 (S60)",
                "Year", "Imports (t REO/yr)", x, bySource, false), dir, "replay-imports-by-source.png");

        double[] share = mean(annual(runs, 2008, 2017, (r, y) -> r.importShare(RE, "china", y)));
        double[] cons = mean(annual(runs, 2008, 2017, (r, y) -> r.annual("consumption_t", RE, "", "", y)));
        double[] imp = mean(annual(runs, 2008, 2017, (r, y) -> r.annual("imports_t", RE, "", "", y)));
        double[] refShare = {0.9, 0.9, Double.NaN, Double.NaN, 0.6, 0.6, 0.6, 0.6, Double.NaN, Double.NaN};
        png(Charts.panels("Replay: consumption, imports and China's share",
                "mean of 20 replications; record: China ~90% before 2010 (S59, S62), toward ~60% by 2012-15; imports fell sharply in 2011-12",
                "Year", List.of("t REO/yr", "China share"), List.of(
                        List.of(Series.of("Consumption", Palette.BLUE, cons), Series.of("Imports", Palette.VERMILLION, imp)),
                        List.of(Series.of("China share, model", Palette.REDDISH_PURPLE, share), Series.of("China share, record (approx.)", Palette.GREY, refShare))), x),
                dir, "replay-consumption-share.png");
        print("replay price x2008 (annual mean)", x, mean(annual(runs, 2008, 2017, (r, y) -> r.annual("world_price", RE, "", "", y) / r.annual("world_price", RE, "", "", 2008))), 1);
        print("replay consumption", x, cons, 1);
        print("replay imports", x, imp, 1);
        print("replay China share", x, share, 1);
        print("replay shortfall", x, mean(annual(runs, 2008, 2017, (r, y) -> r.annual("shortfall_t", RE, "", "", y))), 1);
        print("replay output lost JPY bn", x, mean(annual(runs, 2008, 2017, (r, y) -> r.annual("manufacturing_output_lost_yen", RE, "", "", y))), 1e9);
        System.out.printf(Locale.ROOT, "replay intensity ratio at end %.3f%n", ValidationRuns.mean(runs, r -> r.finalIntensityRatio(RE)));
    }
}
