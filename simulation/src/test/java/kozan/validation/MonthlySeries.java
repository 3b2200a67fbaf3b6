package kozan.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import kozan.observe.Aggregation;
import kozan.observe.MetricDef;
import kozan.observe.Metrics;
import kozan.observe.RowSink;
import kozan.scenario.Scenario;

/**
 * Keeps every metric row of one replication in memory as a monthly array (value per step, NaN where the
 * Recorder wrote no row) and rolls months up to calendar years by the metric's aggregation (docs/model.md 2.1):
 * SUM, LAST (December), MEAN, RATIO (import_dependence recomputed from annual imports_t and
 * domestic_origin_supply_t). Units are those of the metric catalogue (docs/outputs.md).
 */
public final class MonthlySeries implements RowSink {

    private final int steps;
    private final int startYear;
    private final int startMonth;
    private final Map<String, double[]> series = new LinkedHashMap<>();
    private final Map<String, Double> finalIntensityRatio = new LinkedHashMap<>();
    private int nonFinite;
    private String firstNonFinite;

    public MonthlySeries(Scenario s) {
        this.steps = s.steps();
        this.startYear = s.calendar().start().getYear();
        this.startMonth = s.calendar().start().getMonthValue();
    }

    private static String key(String metric, String commodity, String region, String detail) {
        return metric + '|' + commodity + '|' + region + '|' + detail;
    }

    @Override
    public void accept(int step, String metric, String commodity, String region, String detail, double value) {
        if (!Double.isFinite(value)) {
            nonFinite++;
            if (firstNonFinite == null) {
                firstNonFinite = step + " " + key(metric, commodity, region, detail) + " = " + value;
            }
        }
        double[] v = series.computeIfAbsent(key(metric, commodity, region, detail), k -> {
            double[] a = new double[steps];
            java.util.Arrays.fill(a, Double.NaN);
            return a;
        });
        v[step] = value;
    }

    void setFinalIntensityRatio(String commodity, double ratio) {
        finalIntensityRatio.put(commodity, ratio);
    }

    /**
     * Output-weighted material intensity of a commodity at the end of the run over its start value (1 = no
     * thrifting); NaN when no manufacturer uses it or the run was not made by {@link ValidationRuns}.
     */
    public double finalIntensityRatio(String commodity) {
        return finalIntensityRatio.getOrDefault(commodity, Double.NaN);
    }

    /** Rows whose value was NaN or infinite (the model's guard should make this 0). */
    public int nonFiniteCount() {
        return nonFinite;
    }

    public String firstNonFinite() {
        return firstNonFinite;
    }

    /** Monthly values (a copy), NaN where absent; all NaN if the series never appeared. */
    public double[] monthly(String metric, String commodity, String region, String detail) {
        double[] v = series.get(key(metric, commodity, region, detail));
        if (v == null) {
            double[] a = new double[steps];
            java.util.Arrays.fill(a, Double.NaN);
            return a;
        }
        return v.clone();
    }

    public boolean has(String metric, String commodity, String region, String detail) {
        return series.containsKey(key(metric, commodity, region, detail));
    }

    /** Keys present for a metric, as "commodity|region|detail". */
    public java.util.List<String> keys(String metric) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String k : series.keySet()) {
            if (k.startsWith(metric + '|')) {
                out.add(k.substring(metric.length() + 1));
            }
        }
        return out;
    }

    /** First and one-past-last step of a calendar year within the run. */
    private int[] range(int year) {
        int from = (year - startYear) * 12 - (startMonth - 1);
        int to = from + 12;
        return new int[] {Math.max(0, from), Math.min(steps, to)};
    }

    /** Sum of the months of a year (absent months count 0). */
    public double yearSum(String metric, String commodity, String region, String detail, int year) {
        double[] v = series.get(key(metric, commodity, region, detail));
        int[] r = range(year);
        double s = 0;
        if (v != null) {
            for (int i = r[0]; i < r[1]; i++) {
                if (!Double.isNaN(v[i])) {
                    s += v[i];
                }
            }
        }
        return s;
    }

    /** Annual value by the metric's aggregation; NaN when the year has no rows (or a RATIO has a 0 denominator). */
    public double annual(String metric, String commodity, String region, String detail, int year) {
        MetricDef def = Metrics.get(metric);
        if (def.aggregation() == Aggregation.RATIO) {
            double num = yearSum("imports_t", commodity, region, detail, year);
            double den = num + yearSum("domestic_origin_supply_t", commodity, region, detail, year);
            return den > 0 ? num / den : Double.NaN;
        }
        double[] v = series.get(key(metric, commodity, region, detail));
        if (v == null) {
            return Double.NaN;
        }
        int[] r = range(year);
        double sum = 0;
        double last = Double.NaN;
        int n = 0;
        for (int i = r[0]; i < r[1]; i++) {
            if (!Double.isNaN(v[i])) {
                sum += v[i];
                last = v[i];
                n++;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        return switch (def.aggregation()) {
            case SUM -> sum;
            case LAST -> last;
            case MEAN -> sum / n;
            case RATIO -> throw new IllegalStateException("handled above");
        };
    }

    /** Share of a source in a commodity's imports over a year (imports_t_by_source / imports_t). */
    public double importShare(String commodity, String source, int year) {
        double total = yearSum("imports_t", commodity, "", "", year);
        return total > 0 ? yearSum("imports_t_by_source", commodity, "", source, year) / total : Double.NaN;
    }
}
