package kozan.chart;

import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Charts of a {@code kozan compare} folder, drawn from its comparison.csv (docs/batch.md): the paired differences
 * of the scenario from the baseline with their 95% confidence intervals, per target year: import dependence
 * reduction and imports avoided per commodity, gross and net jobs, gross jobs by region and the fiscal cost
 * increase. Commodities whose difference and interval are all within the printing tolerance of
 * {@code kozan compare} (numerical noise) are left out, as the printed table leaves them out.
 */
public final class ComparisonTableCharts {

    /** Tolerances of the printed table (docs/batch.md): half the last printed digit. */
    static final double PP_TOLERANCE = 0.005;
    static final double YEN_TOLERANCE = 50_000;
    static final double PERSONS_TOLERANCE = 0.5;

    private final List<Map<String, String>> rows;
    private final String subtitle;

    public ComparisonTableCharts(Path dir) throws IOException {
        CsvRows csv = CsvRows.read(dir.resolve("comparison.csv"), "measure", "commodity", "region", "class", "year",
                "n", "mean", "ci95_low", "ci95_high");
        this.rows = csv.rows();
        int pairs = rows.stream().mapToInt(r -> (int) CsvRows.num(r, "n")).filter(n -> n > 0).max().orElse(0);
        this.subtitle = "Scenario minus baseline: mean of " + pairs
                + " paired replications with 95% confidence interval";
    }

    /** The charts in reading order (the first is the report's headline); charts without data are left out. */
    public List<NamedChart> charts() {
        List<NamedChart> out = new ArrayList<>();
        add(out, "compare_import_dependence", "Fall in import dependence against the baseline, per commodity.",
                importDependence());
        add(out, "compare_jobs", "Gross jobs (change in direct + indirect + induced) and net jobs (change in"
                + " employed) against the baseline.", jobs());
        add(out, "compare_jobs_by_region", "Gross jobs against the baseline, by region.", jobsByRegion());
        add(out, "compare_imports_yen", "Value of imports avoided against the baseline, per commodity.",
                importsYen());
        add(out, "compare_fiscal_cost", "Increase in fiscal cost against the baseline.", fiscalCost());
        return out;
    }

    JFreeChart importDependence() {
        YearEstimates e = collect(r -> is(r, "import_dependence_reduction_pp") && CsvRows.national(r),
                r -> Labels.pretty(r.get("commodity")), r -> Palette.commodity(r.get("commodity")))
                .filter(v -> beyond(v, PP_TOLERANCE));
        return e.isEmpty() ? null : e.chart("Reduction in import dependence", subtitle, "Commodity",
                "Import dependence reduction (percentage points)", new Scale(1, "percentage points"));
    }

    JFreeChart jobs() {
        YearEstimates e = collect(r -> CsvRows.national(r) && "total".equals(r.get("class"))
                        && (is(r, "gross_jobs") || is(r, "net_jobs")),
                r -> is(r, "gross_jobs") ? ComparisonCharts.GROSS_JOBS : ComparisonCharts.NET_JOBS,
                r -> is(r, "gross_jobs") ? Palette.BLACK : Palette.VERMILLION);
        return e.isEmpty() ? null : e.chart("Gross and net jobs compared with baseline", subtitle, "",
                "Jobs (persons)", new Scale(1, "persons"));
    }

    JFreeChart jobsByRegion() {
        List<Map<String, String>> northToSouth = rows.stream()
                .sorted(java.util.Comparator.comparingInt(r -> PlaceNames.order(r.get("region")))).toList();
        YearEstimates e = collect(northToSouth,
                r -> is(r, "gross_jobs") && !CsvRows.national(r) && "total".equals(r.get("class")),
                r -> PlaceNames.region(r.get("region"), null), r -> Palette.region(r.get("region")));
        return e.isEmpty() ? null : e.chart("Gross jobs by region compared with baseline", subtitle, "Region",
                "Gross jobs (persons)", new Scale(1, "persons"));
    }

    JFreeChart importsYen() {
        YearEstimates e = collect(r -> is(r, "import_reduction_yen") && CsvRows.national(r),
                r -> Labels.pretty(r.get("commodity")), r -> Palette.commodity(r.get("commodity")))
                .filter(v -> beyond(v, YEN_TOLERANCE));
        if (e.isEmpty()) {
            return null;
        }
        Scale s = Scale.of(e.maxAbs(), "JPY");
        return e.chart("Imports avoided", subtitle, "Commodity", "Imports avoided (" + s.unit() + " per year)", s);
    }

    JFreeChart fiscalCost() {
        YearEstimates e = collect(r -> is(r, "fiscal_cost_increase_yen") && CsvRows.national(r),
                r -> "Fiscal cost increase", r -> Palette.BLUE);
        if (e.isEmpty()) {
            return null;
        }
        Scale s = Scale.of(e.maxAbs(), "JPY");
        return e.chart("Fiscal cost compared with baseline", subtitle, "", "Fiscal cost increase (" + s.unit()
                + " per year)", s);
    }

    private YearEstimates collect(Predicate<Map<String, String>> which,
                                  java.util.function.Function<Map<String, String>, String> name,
                                  java.util.function.Function<Map<String, String>, java.awt.Color> color) {
        return collect(rows, which, name, color);
    }

    private static YearEstimates collect(List<Map<String, String>> rows, Predicate<Map<String, String>> which,
                                  java.util.function.Function<Map<String, String>, String> name,
                                  java.util.function.Function<Map<String, String>, java.awt.Color> color) {
        YearEstimates e = new YearEstimates();
        for (Map<String, String> r : rows) {
            double year = CsvRows.num(r, "year");
            if (which.test(r) && Double.isFinite(year)) {
                e.put(name.apply(r), color.apply(r), (int) year, CsvRows.num(r, "mean"), CsvRows.num(r, "ci95_low"),
                        CsvRows.num(r, "ci95_high"));
            }
        }
        return e;
    }

    /** Whether a {mean, low, high} is more than numerical noise: some part of it beyond the tolerance. */
    static boolean beyond(double[] v, double tolerance) {
        for (double d : v) {
            if (Double.isFinite(d) && Math.abs(d) >= tolerance) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(Map<String, String> r, String measure) {
        return measure.equals(r.get("measure"));
    }

    private static void add(List<NamedChart> out, String name, String caption, JFreeChart chart) {
        if (chart != null) {
            out.add(new NamedChart(name, caption, chart));
        }
    }
}
