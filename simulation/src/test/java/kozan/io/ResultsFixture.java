package kozan.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a synthetic but realistic results directory following the results-file contract (timeseries, annual
 * roll-up per aggregation rule, summary with t intervals, manifest, scenario), so chart and report tests do not
 * depend on the model. {@code domesticBoost} scales the domestic rare-earth and lithium projects (1 = baseline), so
 * a "policy" variant can be compared with the baseline; replications of both share the same draws (paired).
 */
public final class ResultsFixture {

    public static final String[] COMMODITIES = {"rare_earths", "lithium", "copper", "limestone"};
    public static final String[] REGIONS = {"hokkaido", "tohoku", "kanto", "kyushu"};
    public static final int START_YEAR = 2025;
    public static final int YEARS = 16;
    public static final int REPLICATIONS = 8;
    public static final int[] TARGET_YEARS = {2030, 2035, 2040};

    private static final Map<String, String[]> SOURCES = Map.of(
            "rare_earths", new String[]{"china", "vietnam", "australia"},
            "lithium", new String[]{"chile", "australia", "china"},
            "copper", new String[]{"chile", "australia", "peru"},
            "limestone", new String[]{"vietnam"});
    /** Consumption per month, t; price at the start, JPY/t; domestic supply per month before projects, t. */
    private static final double[][] BASE = {{1500, 1.5e6, 0}, {3300, 2.0e6, 0}, {85_000, 1.4e6, 400}, {11e6, 2_000, 10.9e6}};
    private static final String[] STAGES = {"EXPLORATION", "CONSTRUCTION", "PRODUCTION"};
    private static final String[] KINDS = {"EQUIPMENT", "ENGINEERING", "PROCESSING"};
    private static final String[] PIPELINE = {"PROSPECT", "EXPLORATION", "FEASIBILITY", "PERMITTING", "CONSTRUCTION",
            "PRODUCTION", "CLOSURE", "RECLAIMED"};
    private static final double[] QUARRY_JOBS = {800, 700, 1000, 900};

    private ResultsFixture() {
    }

    /** Writes a complete results directory into {@code dir} (created). */
    public static Path write(Path dir, String name, double domesticBoost) throws IOException {
        Files.createDirectories(dir);
        Map<SeriesKey, double[][]> monthly = new TreeMap<>();
        Map<SeriesKey, String> units = new TreeMap<>();
        for (int rep = 0; rep < REPLICATIONS; rep++) {
            simulate(rep, domesticBoost, monthly, units);
        }
        writeTimeseries(dir.resolve("timeseries.csv"), monthly);
        Map<SeriesKey, double[][]> annual = annual(monthly);
        writeAnnual(dir.resolve("annual.csv"), annual);
        writeSummary(dir.resolve("summary.csv"), annual, units);
        try (InputStream in = ResultsFixture.class.getResourceAsStream("/results-fixture/scenario.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("fixture-baseline", name);
            Files.writeString(dir.resolve("scenario.yaml"), yaml);
        }
        writeManifest(dir, name);
        return dir;
    }

    private static void simulate(int rep, double boost, Map<SeriesKey, double[][]> out, Map<SeriesKey, String> units) {
        MersenneTwisterFast rng = new MersenneTwisterFast(1000L + rep);
        int steps = YEARS * 12;
        double[] price = new double[COMMODITIES.length];
        // The rare-earth project starts production between 2031 and 2034 depending on the replication.
        int reStart = (2031 - START_YEAR) * 12 + rng.nextInt(36) - (int) Math.round((boost - 1) * 24);
        int liStart = (2034 - START_YEAR) * 12 + rng.nextInt(24);
        for (int c = 0; c < COMMODITIES.length; c++) {
            price[c] = BASE[c][1];
        }
        for (int t = 0; t < steps; t++) {
            double year = t / 12.0;
            for (int c = 0; c < COMMODITIES.length; c++) {
                String com = COMMODITIES[c];
                price[c] *= Math.exp(0.002 + (c == 3 ? 0.01 : 0.04) * rng.nextGaussian());
                double consumption = BASE[c][0] * (1 + 0.02 * year) * (1 + 0.03 * rng.nextGaussian());
                double domestic = BASE[c][2];
                double noise = rng.nextGaussian(); // drawn every month so both variants keep the same draws
                if (c == 0 && t >= reStart) {
                    domestic += boost * Math.min(1, (t - reStart) / 36.0) * 250 * (1 + 0.1 * noise);
                }
                if (c == 1 && t >= liStart) {
                    domestic += boost * Math.min(1, (t - liStart) / 24.0) * 120;
                }
                if (c == 3) {
                    domestic = consumption * 0.995; // limestone: Japan is self-sufficient
                }
                domestic = Math.min(domestic, consumption);
                double imports = consumption - domestic;
                put(out, units, SeriesKey.commodity("world_price", com), rep, t, price[c], "JPY/t");
                put(out, units, SeriesKey.commodity("domestic_mine_output_t", com), rep, t, domestic * 1.05, "t");
                put(out, units, SeriesKey.commodity("domestic_origin_supply_t", com), rep, t, domestic, "t");
                put(out, units, SeriesKey.commodity("consumption_t", com), rep, t, consumption, "t");
                put(out, units, SeriesKey.commodity("imports_t", com), rep, t, imports, "t");
                put(out, units, SeriesKey.commodity("imports_yen", com), rep, t, imports * price[c], "JPY");
                put(out, units, SeriesKey.commodity("import_dependence", com), rep, t, imports / consumption, "share (0-1)");
                String[] sources = SOURCES.get(com);
                double[] shares = shares(c, sources.length, t);
                for (int s = 0; s < sources.length; s++) {
                    put(out, units, new SeriesKey("imports_t_by_source", com, "", sources[s]), rep, t, imports * shares[s], "t");
                }
            }
            double reDirect = t >= reStart - 36 && t < reStart ? 300 : t >= reStart ? 420 * boost : 0;
            for (int r = 0; r <= REGIONS.length; r++) {
                String region = r == REGIONS.length ? "" : REGIONS[r];
                double production = r == REGIONS.length ? 0 : QUARRY_JOBS[r] * (1 - 0.005 * year) + (r == 2 && t >= reStart ? reDirect : 0);
                double construction = r == 2 && t < reStart && t >= reStart - 36 ? reDirect : r == 3 && t >= liStart - 24 && t < liStart ? 150 * boost : 0;
                double exploration = r == REGIONS.length ? 0 : 40 + 20 * boost * (r % 2);
                double[] direct = {exploration, construction, production};
                if (r == REGIONS.length) {
                    direct = nationalOf(out, "jobs_direct", STAGES, rep, t);
                }
                double directTotal = 0;
                for (int s = 0; s < STAGES.length; s++) {
                    put(out, units, new SeriesKey("jobs_direct", "", region, STAGES[s]), rep, t, direct[s], "persons");
                    directTotal += direct[s];
                }
                double[] indirect = new double[KINDS.length];
                double indirectTotal = 0;
                for (int k = 0; k < KINDS.length; k++) {
                    indirect[k] = directTotal * (0.35 - 0.1 * k) * (1 + 0.02 * rng.nextGaussian());
                }
                if (r == REGIONS.length) {
                    indirect = nationalOf(out, "jobs_indirect", KINDS, rep, t);
                }
                for (int k = 0; k < KINDS.length; k++) {
                    put(out, units, new SeriesKey("jobs_indirect", "", region, KINDS[k]), rep, t, indirect[k], "persons");
                    indirectTotal += indirect[k];
                }
                double induced = 0.45 * (directTotal + indirectTotal);
                if (r == REGIONS.length) {
                    induced = nationalOf(out, "jobs_induced", new String[]{""}, rep, t)[0];
                }
                put(out, units, SeriesKey.region("jobs_induced", region), rep, t, induced, "persons");
                // net of displacement: half of the simulated jobs are drawn from the rest of the economy, whose
                // normal employment R* is exogenous; employed = gross + manufacturing + R* - displaced
                double manufacturing = 5_000 + 100 * r;
                double displaced = 0.5 * (directTotal + indirectTotal + induced);
                double normalRest = 1.0e6 * (1 + 0.001 * year);
                if (r == REGIONS.length) {
                    manufacturing = nationalOf(out, "jobs_manufacturing", new String[]{""}, rep, t)[0];
                    displaced = nationalOf(out, "jobs_displaced", new String[]{""}, rep, t)[0];
                    normalRest *= REGIONS.length;
                }
                put(out, units, SeriesKey.region("jobs_manufacturing", region), rep, t, manufacturing, "persons");
                put(out, units, SeriesKey.region("jobs_displaced", region), rep, t, displaced, "persons");
                put(out, units, SeriesKey.region("employed", region), rep, t,
                        directTotal + indirectTotal + induced + manufacturing + normalRest - displaced, "persons");
            }
            for (int s = 0; s < PIPELINE.length; s++) {
                double n = switch (s) {
                    case 0 -> Math.max(4, 24 - year);
                    case 5 -> 40 + (t >= reStart ? 1 : 0) + (t >= liStart ? 1 : 0);
                    case 6, 7 -> Math.floor(year / 4);
                    default -> 1 + (int) Math.floor(rng.nextDouble() * 3 * boost);
                };
                put(out, units, new SeriesKey("mines_in_stage", "", "", PIPELINE[s]), rep, t, Math.round(n), "count");
            }
            put(out, units, SeriesKey.of("water_withdrawn_m3"), rep, t, 2.0e6 * (1 + 0.01 * year) * (1 + 0.05 * rng.nextGaussian()), "m3");
            put(out, units, SeriesKey.of("water_recycled_m3"), rep, t, 0.6e6 * (1 + 0.03 * year), "m3");
            put(out, units, SeriesKey.of("co2e_t"), rep, t, 48_000 * (1 - 0.01 * year) * (1 + 0.04 * rng.nextGaussian()), "t CO2e");
            put(out, units, SeriesKey.of("land_disturbed_ha"), rep, t, 12_000 + 15 * t, "ha");
            put(out, units, SeriesKey.of("land_reclaimed_ha"), rep, t, 3_000 + 9 * t, "ha");
            put(out, units, new SeriesKey("fiscal_cost_yen", "", "", "exploration_subsidy"), rep, t, 2.5e8 * boost, "JPY");
        }
    }

    private static double[] nationalOf(Map<SeriesKey, double[][]> out, String metric, String[] details, int rep, int t) {
        double[] v = new double[details.length];
        for (int d = 0; d < details.length; d++) {
            for (String region : REGIONS) {
                v[d] += out.get(new SeriesKey(metric, "", region, details[d]))[rep][t];
            }
        }
        return v;
    }

    /** Import shares by source; for rare earths the dominant source loses share from 2029 (export restriction). */
    private static double[] shares(int c, int n, int t) {
        if (n == 1) {
            return new double[]{1};
        }
        double first = c == 0 ? (t < 48 ? 0.6 : Math.max(0.35, 0.6 - 0.004 * (t - 48))) : 0.5;
        double second = (1 - first) * 0.6;
        return new double[]{first, second, 1 - first - second};
    }

    private static void put(Map<SeriesKey, double[][]> out, Map<SeriesKey, String> units, SeriesKey k, int rep, int t,
                            double v, String unit) {
        out.computeIfAbsent(k, x -> new double[REPLICATIONS][YEARS * 12])[rep][t] = v;
        units.put(k, unit);
    }

    private static Map<SeriesKey, double[][]> annual(Map<SeriesKey, double[][]> monthly) {
        Map<SeriesKey, double[][]> annual = new TreeMap<>();
        for (Map.Entry<SeriesKey, double[][]> e : monthly.entrySet()) {
            String m = e.getKey().metric();
            double[][] a = new double[REPLICATIONS][YEARS];
            for (int rep = 0; rep < REPLICATIONS; rep++) {
                for (int y = 0; y < YEARS; y++) {
                    double sum = 0;
                    for (int mo = 0; mo < 12; mo++) {
                        sum += e.getValue()[rep][y * 12 + mo];
                    }
                    boolean last = m.equals("mines_in_stage") || m.startsWith("land_");
                    boolean mean = m.startsWith("jobs_") || m.equals("employed") || m.equals("world_price");
                    a[rep][y] = last ? e.getValue()[rep][y * 12 + 11] : mean ? sum / 12 : sum;
                }
            }
            annual.put(e.getKey(), a);
        }
        for (String com : COMMODITIES) {
            double[][] imp = annual.get(SeriesKey.commodity("imports_t", com));
            double[][] dom = annual.get(SeriesKey.commodity("domestic_origin_supply_t", com));
            double[][] dep = annual.get(SeriesKey.commodity("import_dependence", com));
            for (int rep = 0; rep < REPLICATIONS; rep++) {
                for (int y = 0; y < YEARS; y++) {
                    dep[rep][y] = imp[rep][y] / (imp[rep][y] + dom[rep][y]);
                }
            }
        }
        return annual;
    }

    private static void writeTimeseries(Path file, Map<SeriesKey, double[][]> monthly) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("replication,step,date,metric,commodity,region,detail,value\n");
            for (int rep = 0; rep < REPLICATIONS; rep++) {
                for (int t = 0; t < YEARS * 12; t++) {
                    String date = String.format(java.util.Locale.ROOT, "%d-%02d", START_YEAR + t / 12, t % 12 + 1);
                    for (Map.Entry<SeriesKey, double[][]> e : monthly.entrySet()) {
                        w.write(rep + "," + t + "," + date + "," + csv(e.getKey()) + "," + num(e.getValue()[rep][t]) + "\n");
                    }
                }
            }
        }
    }

    private static void writeAnnual(Path file, Map<SeriesKey, double[][]> annual) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("replication,year,metric,commodity,region,detail,value\n");
            for (int rep = 0; rep < REPLICATIONS; rep++) {
                for (int y = 0; y < YEARS; y++) {
                    for (Map.Entry<SeriesKey, double[][]> e : annual.entrySet()) {
                        w.write(rep + "," + (START_YEAR + y) + "," + csv(e.getKey()) + "," + num(e.getValue()[rep][y]) + "\n");
                    }
                }
            }
        }
    }

    private static void writeSummary(Path file, Map<SeriesKey, double[][]> annual, Map<SeriesKey, String> units)
            throws IOException {
        double tq = new TDistribution(REPLICATIONS - 1).inverseCumulativeProbability(0.975);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("metric,commodity,region,detail,year,unit,n,mean,sd,ci95_low,ci95_high,p05,p50,p95\n");
            for (Map.Entry<SeriesKey, double[][]> e : annual.entrySet()) {
                for (int year : TARGET_YEARS) {
                    double[] v = new double[REPLICATIONS];
                    for (int rep = 0; rep < REPLICATIONS; rep++) {
                        v[rep] = e.getValue()[rep][year - START_YEAR];
                    }
                    double mean = java.util.Arrays.stream(v).average().orElseThrow();
                    double sd = Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (REPLICATIONS - 1));
                    double half = tq * sd / Math.sqrt(REPLICATIONS);
                    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
                    String unit = units.get(e.getKey());
                    w.write(csv(e.getKey()) + "," + year + "," + (unit.contains(" ") ? "\"" + unit + "\"" : unit) + ","
                            + REPLICATIONS + "," + num(mean) + "," + num(sd) + "," + num(mean - half) + "," + num(mean + half)
                            + "," + num(p.evaluate(v, 5)) + "," + num(p.evaluate(v, 50)) + "," + num(p.evaluate(v, 95)) + "\n");
                }
            }
        }
    }

    private static void writeManifest(Path dir, String name) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode m = mapper.createObjectNode();
        m.put("scenario_name", name);
        m.put("scenario_sha256", "3f1c9a0e5b7d2c4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6");
        m.put("kozan_version", "0.1.0");
        m.put("git_commit", "8cbade8");
        m.put("mason_version", "18");
        m.put("java_version", "17.0.15");
        m.put("os", "Linux amd64");
        m.put("base_seed", 20250101L);
        m.put("replications", REPLICATIONS);
        m.put("start_time", "2026-11-28T18:00:00Z");
        m.put("end_time", "2026-11-28T18:00:42Z");
        m.put("wall_time_s", 42.0);
        ObjectNode files = m.putObject("files");
        List<String> names = new ArrayList<>(List.of("annual.csv", "scenario.yaml", "summary.csv", "timeseries.csv"));
        for (String f : names) {
            files.put(f, sha256(dir.resolve(f)));
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("manifest.json").toFile(), m);
    }

    private static String sha256(Path file) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csv(SeriesKey k) {
        return k.metric() + "," + k.commodity() + "," + k.region() + "," + k.detail();
    }

    /** Same rule as kozan.io.Numbers: 12 significant digits, plain notation, no "-0". */
    static String num(double v) {
        String s = new BigDecimal(v).round(new MathContext(12)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Writes the fixture pair (baseline and policy) to a directory: {@code ResultsFixture OUTDIR}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        write(out.resolve("baseline"), "fixture-baseline", 1.0);
        write(out.resolve("policy"), "fixture-policy", 2.0);
    }
}
