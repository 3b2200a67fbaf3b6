package kozan.validation;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kozan.io.Numbers;
import kozan.scenario.FixedEmployerSpec;
import kozan.scenario.ManufacturerSpec;
import kozan.scenario.MineSpec;
import kozan.scenario.ProspectGeneratorSpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.SupplierSpec;

/**
 * Writes scenarios/large.yaml, the synthetic scale scenario (docs/performance.md): the baseline's commodities, labour,
 * mine defaults, government, events and IO table verbatim; the 47 prefectures as regions; every mine,
 * supplier, manufacturer, prospect generator and fixed employer of the baseline split into {@link #COPIES} copies spread
 * round-robin over the prefectures of its region block, each at 1/COPIES of the original's size (tonnages,
 * capacities, capex, output, arrival rate), so national totals stay the baseline's. Deterministic: the same
 * baseline gives byte-identical output (checked by {@code LargeScenarioTest}). Run with
 * {@code java -cp ... kozan.validation.LargeScenarioGenerator [repository root]}.
 */
public final class LargeScenarioGenerator {

    /** Copies of each baseline agent. */
    public static final int COPIES = 100;

    /** Baseline sections kept verbatim (top-level keys). */
    private static final List<String> VERBATIM = List.of("labor", "commodities", "mine_defaults", "government", "events", "io_table");

    /** Record components divided by COPIES (extensive quantities); every other number is copied. */
    private static final Set<String> SCALED = Set.of("oreT", "capacityTOrePerYear", "capexYen", "sustainingCapexYenPerYear",
            "closureCostYen", "landHa", "capacityPerYear", "importedFeedTPerYear", "outputYenPerYear", "ratePerYear", "workers");

    /**
     * JIS code, English name, block index (as regions.csv: 0 Hokkaido ... 8 Okinawa), prefectural capital lat/lon:
     * copied from the shared geo data (prefectures.csv, prefectural-capitals.csv) so the project never reads it.
     */
    static final Object[][] PREFECTURES = {
        {1, "Hokkaido", 0, 43.064359, 141.347449}, {2, "Aomori", 1, 40.824294, 140.740054}, {3, "Iwate", 1, 39.70353, 141.152667},
        {4, "Miyagi", 1, 38.268737, 140.872183}, {5, "Akita", 1, 39.718175, 140.103356}, {6, "Yamagata", 1, 38.240127, 140.362533},
        {7, "Fukushima", 1, 37.750146, 140.466754}, {8, "Ibaraki", 2, 36.341817, 140.446796}, {9, "Tochigi", 2, 36.56575, 139.883526},
        {10, "Gunma", 2, 36.391205, 139.060917}, {11, "Saitama", 2, 35.857771, 139.647804}, {12, "Chiba", 2, 35.604563, 140.123179},
        {13, "Tokyo", 2, 35.689185, 139.691648}, {14, "Kanagawa", 2, 35.447505, 139.642347}, {15, "Niigata", 3, 37.901699, 139.022728},
        {16, "Toyama", 3, 36.695274, 137.211302}, {17, "Ishikawa", 3, 36.594729, 136.62555}, {18, "Fukui", 3, 36.06522, 136.221641},
        {19, "Yamanashi", 3, 35.665102, 138.568985}, {20, "Nagano", 3, 36.651282, 138.180972}, {21, "Gifu", 3, 35.39116, 136.722204},
        {22, "Shizuoka", 3, 34.976987, 138.383057}, {23, "Aichi", 3, 35.180247, 136.906698}, {24, "Mie", 4, 34.730547, 136.50861},
        {25, "Shiga", 4, 35.004532, 135.868588}, {26, "Kyoto", 4, 35.0209962, 135.7531135}, {27, "Osaka", 4, 34.686492, 135.518992},
        {28, "Hyogo", 4, 34.69128, 135.183087}, {29, "Nara", 4, 34.685296, 135.832745}, {30, "Wakayama", 4, 34.224806, 135.16795},
        {31, "Tottori", 5, 35.503463, 134.238258}, {32, "Shimane", 5, 35.472248, 133.05083}, {33, "Okayama", 5, 34.66132, 133.934414},
        {34, "Hiroshima", 5, 34.396033, 132.459595}, {35, "Yamaguchi", 5, 34.185648, 131.470755}, {36, "Tokushima", 6, 34.065732, 134.559293},
        {37, "Kagawa", 6, 34.34014, 134.04297}, {38, "Ehime", 6, 33.841649, 132.76585}, {39, "Kochi", 6, 33.55969, 133.530887},
        {40, "Fukuoka", 7, 33.606767, 130.418228}, {41, "Saga", 7, 33.249367, 130.298822}, {42, "Nagasaki", 7, 32.744542, 129.873037},
        {43, "Kumamoto", 7, 32.790385, 130.742345}, {44, "Oita", 7, 33.2382, 131.612674}, {45, "Miyazaki", 7, 31.91109, 131.423855},
        {46, "Kagoshima", 7, 31.560219, 130.557906}, {47, "Okinawa", 8, 26.211538, 127.681115},
    };

    private LargeScenarioGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : ValidationRuns.repositoryRoot();
        Path out = root.resolve("scenarios/large.yaml");
        Files.writeString(out, generate(root), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    static String prefectureId(int code) {
        Object[] p = PREFECTURES[code - 1];
        return String.format("pref%02d_%s", code, ((String) p[1]).toLowerCase(java.util.Locale.ROOT));
    }

    /** The YAML text of the large scenario, from the repository's baseline. */
    public static String generate(Path root) throws IOException, ScenarioException {
        return generate(root, COPIES);
    }

    /**
     * The same with {@code copies} copies of each baseline agent instead of {@link #COPIES} (issue 18's synthetic
     * national-size scenarios: 1,000 copies make a file 10 times the size of scenarios/large.yaml, generated at test
     * time, never committed).
     */
    public static String generate(Path root, int copies) throws IOException, ScenarioException {
        Path basePath = root.resolve("scenarios/baseline.yaml");
        String baseText = Files.readString(basePath, StandardCharsets.UTF_8).replace("\r\n", "\n");
        Scenario base = ScenarioLoader.load(basePath);
        StringBuilder y = new StringBuilder();
        y.append("# GENERATED by simulation/src/test/java/kozan/validation/LargeScenarioGenerator.java - do not edit.\n")
                .append("# Synthetic scale scenario (docs/performance.md), not a calibration: the baseline's agents split into ").append(copies)
                .append(" copies\n# over the 47 prefectures (docs/scenarios.md, docs/data-sources.md \"Synthetic large scenario\").\n")
                .append("version: 1\nmetadata:\n  name: large\n  title: \"Synthetic: ~").append(copies)
                .append("x the baseline's agents on 47 prefectures\"\n")
                .append("  description: >-\n    Scale test only. Every mine, supplier, manufacturer and prospect generator of the baseline is split into ")
                .append(copies).append("\n    copies across the prefectures of its region block at 1/").append(copies)
                .append(" of its size; national totals equal the baseline's.\n")
                .append("calendar:\n  start: ").append(base.calendar().start()).append("\n  horizon_years: ")
                .append(base.calendar().horizonYears()).append("\nmode: NORMAL\nrun:\n  seed: ").append(base.run().seed())
                .append("\n  replications: 1\n  target_years: [").append(base.run().targetYears().get(0)).append("]\n\n");
        regions(base, y);
        for (String section : VERBATIM) {
            y.append(section(baseText, section)).append('\n');
        }
        List<Integer>[] prefs = prefecturesByRegion(base);
        y.append("mines:\n");
        for (MineSpec m : base.mines()) {
            copies(y, m, regionIndex(base, m.region()), prefs, m.deepSea(), copies);
        }
        y.append("\nprospect_generators:\n");
        for (ProspectGeneratorSpec g : base.prospectGenerators()) {
            copies(y, g, regionIndex(base, g.region()), prefs, false, copies);
        }
        y.append("\nsuppliers:\n");
        for (SupplierSpec s : base.suppliers()) {
            copies(y, s, regionIndex(base, s.region()), prefs, false, copies);
        }
        y.append("\nmanufacturers:\n");
        for (ManufacturerSpec m : base.manufacturers()) {
            copies(y, m, regionIndex(base, m.region()), prefs, false, copies);
        }
        if (!base.fixedEmployers().isEmpty()) {
            y.append("\nfixed_employers:\n");
            for (FixedEmployerSpec f : base.fixedEmployers()) {
                copies(y, f, regionIndex(base, f.region()), prefs, false, copies);
            }
        }
        return y.toString();
    }

    /** Each prefecture becomes a region with its block's rates; populations and skilled pools split equally. */
    private static void regions(Scenario base, StringBuilder y) {
        y.append("regions:\n");
        for (RegionSpec block : base.regions()) {
            int n = block.prefectures().size();
            for (int code : block.prefectures()) {
                Object[] p = PREFECTURES[code - 1];
                y.append("  - {id: ").append(prefectureId(code)).append(", name: ").append(p[1])
                        .append(", lat: ").append(num((Double) p[3])).append(", lon: ").append(num((Double) p[4]))
                        .append(", prefectures: [").append(code).append("]")
                        .append(", working_age_population: ").append(num(Math.round(block.workingAgePopulation() / n)))
                        .append(", participation_rate: ").append(num(block.participationRate()))
                        .append(", population_growth_per_year: ").append(num(block.populationGrowthPerYear()))
                        .append(", unemployment_rate: ").append(num(block.unemploymentRate()))
                        .append(", rest_of_economy_growth_per_year: ").append(num(block.restOfEconomyGrowthPerYear()))
                        .append(", skilled_miner_pool: ").append(num(Math.round(block.skilledMinerPool() / n)))
                        .append(", wage_yen_per_month: ").append(num(block.wageYenPerMonth())).append("}\n");
            }
        }
        y.append('\n');
    }

    private static int regionIndex(Scenario base, String id) {
        for (int r = 0; r < base.regions().size(); r++) {
            if (base.regions().get(r).id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown region " + id);
    }

    @SuppressWarnings("unchecked")
    private static List<Integer>[] prefecturesByRegion(Scenario base) {
        List<Integer>[] out = new List[base.regions().size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = base.regions().get(r).prefectures();
        }
        return out;
    }

    /** COPIES flow-style entries of a record; copy k goes to prefecture k mod n of the block, at its capital. */
    private static void copies(StringBuilder y, Record spec, int region, List<Integer>[] prefs, boolean keepLocation,
            int copies) {
        List<Integer> block = prefs[region];
        for (int k = 0; k < copies; k++) {
            int code = block.get(k % block.size());
            y.append("  - ").append(flow(spec, k, code, keepLocation, copies)).append('\n');
        }
    }

    private static String flow(Record spec, int k, int code, boolean keepLocation, int copies) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent rc : spec.getClass().getRecordComponents()) {
            String name = rc.getName();
            Object v = value(spec, rc);
            if (v == null || name.equals("name")) {
                continue;
            }
            String key = snake(name);
            if (name.equals("id")) {
                parts.add("id: " + String.format("lg_%s_%02d", v, k));
            } else if (name.equals("region")) {
                parts.add("region: " + prefectureId(code));
            } else if ((name.equals("lat") || name.equals("lon")) && !keepLocation) {
                Object[] p = PREFECTURES[code - 1];
                parts.add(key + ": " + num((Double) p[name.equals("lat") ? 3 : 4]));
            } else if (SCALED.contains(name) && v instanceof Number) {
                parts.add(key + ": " + num(((Number) v).doubleValue() / copies));
            } else {
                parts.add(key + ": " + scalar(v));
            }
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String scalar(Object v) {
        if (v instanceof Double d) {
            return num(d);
        } else if (v instanceof Number n) {
            return n.toString();
        } else if (v instanceof String str) {
            // quote what YAML would read as a number or another type
            return str.matches("[A-Za-z_][A-Za-z0-9_]*") ? str : '"' + str + '"';
        } else if (v instanceof Boolean || v instanceof Enum<?> || v instanceof YearMonth) {
            return v.toString();
        } else if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(scalar(o));
            }
            return "[" + String.join(", ", items) + "]";
        } else if (v instanceof Record r) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Object x = value(r, rc);
                if (x != null) {
                    parts.add(snake(rc.getName()) + ": " + scalar(x));
                }
            }
            return "{" + String.join(", ", parts) + "}";
        }
        throw new IllegalArgumentException("cannot write " + v.getClass());
    }

    private static Object value(Record r, RecordComponent rc) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String num(double d) {
        return Numbers.format(d);
    }

    static String snake(String camel) {
        return kozan.scenario.ScenarioLoader.yamlKey(camel);
    }

    /** A top-level section of the baseline text: from "key:" at column 0 to the next top-level key. */
    static String section(String text, String key) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            boolean top = !line.isEmpty() && Character.isLetter(line.charAt(0));
            if (top) {
                in = line.startsWith(key + ":");
            }
            if (in) {
                out.append(line).append('\n');
            }
        }
        if (out.length() == 0) {
            throw new IllegalArgumentException("baseline has no section " + key);
        }
        return out.toString().stripTrailing() + "\n";
    }
}
