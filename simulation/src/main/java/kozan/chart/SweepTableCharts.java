package kozan.chart;

import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sweep charts of a {@code kozan batch} folder, drawn from its summary.csv and design.csv (docs/batch.md): for
 * each swept numeric parameter and each national metric row the batch keeps, the mean across replications at
 * each design point with its 95% confidence interval, against the parameter's value. When only that parameter
 * varies, there is one line per kept year; when others vary too, one line per combination of the others (last
 * kept year), and points without lines when there are more than {@link #MAX_GROUPS} combinations (a Latin
 * hypercube). Metric rows whose mean is the same at every design point are left out (see {@link #responds}), and
 * at most {@link #MAX_CHARTS} charts are drawn.
 */
public final class SweepTableCharts {

    static final int MAX_GROUPS = 6;
    static final int MAX_CHARTS = 60;

    private final Map<String, Map<String, String>> design = new LinkedHashMap<>(); // point -> parameter -> value
    private final List<String> parameters = new ArrayList<>();
    private final List<Map<String, String>> summary;
    private final String name;
    private int omitted;
    private int flat;

    public SweepTableCharts(Path dir) throws IOException {
        CsvRows d = CsvRows.read(dir.resolve("design.csv"), "design_point", "scenario");
        CsvRows s = CsvRows.read(dir.resolve("summary.csv"), "design_point", "metric", "commodity", "region",
                "detail", "year", "unit", "n", "mean", "ci95_low", "ci95_high");
        int from = d.header().indexOf("scenario");
        int to = d.header().contains("baseline") ? d.header().indexOf("baseline") : d.header().size();
        List<String> candidates = new ArrayList<>(d.header().subList(from, to));
        for (Map<String, String> row : d.rows()) {
            design.put(row.get("design_point"), row);
        }
        for (String c : candidates) {
            Set<String> distinct = new LinkedHashSet<>();
            design.values().forEach(r -> distinct.add(r.get(c)));
            if (distinct.size() > 1) {
                parameters.add(c);
            }
        }
        this.summary = s.rows();
        String folder = dir.toAbsolutePath().normalize().getFileName().toString();
        Path manifest = dir.resolve("manifest.json");
        String n = folder;
        if (java.nio.file.Files.isRegularFile(manifest)) {
            com.fasterxml.jackson.databind.JsonNode m = kozan.io.InputFile.readJson(manifest,
                    kozan.io.InputFile.MAX_JSON_BYTES);
            n = m.path("name").isTextual() ? m.path("name").asText() : folder;
        }
        this.name = n;
    }

    /** The parameters that vary across design points (the scenario column too, when several are swept). */
    public List<String> varied() {
        return List.copyOf(parameters);
    }

    /** Metric rows left out because their mean is the same at every design point, after {@link #charts()}. */
    public int flat() {
        return flat;
    }

    /** Charts left out beyond {@link #MAX_CHARTS}, after {@link #charts()}. */
    public int omitted() {
        return omitted;
    }

    public List<NamedChart> charts() {
        List<NamedChart> out = new ArrayList<>();
        omitted = 0;
        Map<String, List<Map<String, String>>> byRow = new LinkedHashMap<>();
        for (Map<String, String> r : summary) {
            if (CsvRows.national(r)) {
                byRow.computeIfAbsent(r.get("metric") + "\u0000" + r.get("commodity") + "\u0000" + r.get("detail"),
                        k -> new ArrayList<>()).add(r);
            }
        }
        // totals (no detail) first, so the headline chart is a national total, not one of its parts
        List<List<Map<String, String>>> ordered = new ArrayList<>(byRow.values());
        // and jobs before the rest (a batch's main question is usually jobs against a lever)
        ordered.sort(java.util.Comparator.<List<Map<String, String>>, Boolean>comparing(
                rows -> !rows.get(0).get("detail").isEmpty())
                .thenComparing(rows -> !rows.get(0).get("metric").startsWith("jobs")));
        flat = 0;
        for (String p : parameters) {
            if (!numeric(p)) {
                continue;
            }
            for (List<Map<String, String>> rows : ordered) {
                if (!responds(rows)) {
                    flat++;
                    continue;
                }
                if (out.size() >= MAX_CHARTS) {
                    omitted++;
                    continue;
                }
                Map<String, String> first = rows.get(0);
                String file = "sweep_" + ChartSet.fileSafe(first.get("metric")
                        + (first.get("commodity").isEmpty() ? "" : "_" + first.get("commodity"))
                        + (first.get("detail").isEmpty() ? "" : "_" + first.get("detail")) + "_by_" + p);
                out.add(new NamedChart(file, what(first) + " against " + p + ", mean with 95% confidence interval"
                        + " at each design point.", chart(p, rows)));
            }
        }
        return out;
    }

    private JFreeChart chart(String p, List<Map<String, String>> rows) {
        List<String> others = parameters.stream().filter(o -> !o.equals(p)).toList();
        TreeMap<Integer, Boolean> years = new TreeMap<>();
        rows.forEach(r -> years.put((int) CsvRows.num(r, "year"), true));
        Map<String, Boolean> groups = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            groups.put(group(r.get("design_point"), others), true);
        }
        boolean byYear = others.isEmpty() || groups.size() == 1;
        boolean join = byYear || groups.size() <= MAX_GROUPS;
        int last = years.lastKey();
        Map<String, TreeMap<Double, double[]>> series = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            int year = (int) CsvRows.num(r, "year");
            String key;
            if (byYear) {
                key = String.valueOf(year);
            } else if (year != last) {
                continue;
            } else {
                key = join ? group(r.get("design_point"), others) + ", " + year : String.valueOf(year);
            }
            double x = Double.parseDouble(design.get(r.get("design_point")).get(p));
            series.computeIfAbsent(key, k -> new TreeMap<>()).put(x, new double[]{CsvRows.num(r, "mean"),
                    CsvRows.num(r, "ci95_low"), CsvRows.num(r, "ci95_high")});
        }
        String unit = rows.get(0).get("unit");
        boolean share = unit.startsWith("share");
        double max = 0;
        for (Map<String, String> r : rows) {
            for (String c : new String[]{"mean", "ci95_low", "ci95_high"}) {
                double v = CsvRows.num(r, c);
                max = Double.isFinite(v) ? Math.max(max, Math.abs(v)) : max;
            }
        }
        Scale scale = share ? new Scale(1, "%") : Scale.of(max, unit);
        List<Series> out = new ArrayList<>();
        int i = 0;
        int n = series.size();
        List<double[]> xs = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Double, double[]>> e : series.entrySet()) {
            double[] x = e.getValue().keySet().stream().mapToDouble(Double::doubleValue).toArray();
            double[] m = new double[x.length];
            double[] lo = new double[x.length];
            double[] hi = new double[x.length];
            int k = 0;
            for (double[] v : e.getValue().values()) {
                m[k] = v[0];
                lo[k] = Double.isNaN(v[1]) ? v[0] : v[1];
                hi[k] = Double.isNaN(v[2]) ? v[0] : v[2];
                k++;
            }
            java.awt.Color c = byYear || !join ? Palette.sequential(i, n) : Palette.indexed(i);
            out.add(new Series(e.getKey(), c, m, lo, hi).scaled(scale));
            xs.add(x);
            i++;
        }
        int points = rows.stream().mapToInt(r -> (int) CsvRows.num(r, "n")).max().orElse(0);
        String yLabel = what(rows.get(0)) + (scale.unit().isEmpty() ? "" : " (" + scale.unit() + ")");
        return Charts.sweep(what(rows.get(0)) + " by " + p, "Batch " + name + ": mean of " + points
                        + " replications per design point with 95% confidence interval; "
                        + (byYear ? "one line per kept year" : join ? "one line per setting of " + others
                        + " (" + last + ")" : "every design point (" + last + ")"),
                p, yLabel, xs, out, share, join);
    }

    /**
     * Whether a metric row's mean differs between design points by more than rounding (1e-9 of its size): a row
     * that does not respond to the design (zero everywhere, or an import dependence of 100% throughout) is left
     * out of the charts; summary.csv keeps it.
     */
    static boolean responds(List<Map<String, String>> rows) {
        Map<String, double[]> byYear = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            double m = CsvRows.num(r, "mean");
            if (Double.isFinite(m)) {
                double[] mm = byYear.computeIfAbsent(r.get("year"), k -> new double[]{m, m});
                mm[0] = Math.min(mm[0], m);
                mm[1] = Math.max(mm[1], m);
            }
        }
        for (double[] mm : byYear.values()) {
            if (mm[1] - mm[0] > 1e-9 * Math.max(1, Math.max(Math.abs(mm[0]), Math.abs(mm[1])))) {
                return true;
            }
        }
        return false;
    }

    private boolean numeric(String p) {
        for (Map<String, String> r : design.values()) {
            try {
                Double.parseDouble(r.get(p));
            } catch (NumberFormatException | NullPointerException e) {
                return false;
            }
        }
        return true;
    }

    private String group(String point, List<String> others) {
        Map<String, String> r = design.get(point);
        List<String> parts = new ArrayList<>();
        for (String o : others) {
            parts.add(o + " = " + (r == null ? "?" : r.get(o)));
        }
        return String.join(", ", parts);
    }

    private static String what(Map<String, String> r) {
        return Labels.pretty(r.get("metric")) + (r.get("commodity").isEmpty() ? "" : ": "
                + Labels.pretty(r.get("commodity"))) + (r.get("detail").isEmpty() ? "" : " (" + r.get("detail") + ")");
    }
}
