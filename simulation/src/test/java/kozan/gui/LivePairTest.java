package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kozan.cli.CompareCommand;
import kozan.gui.compare.LivePair;
import kozan.gui.compare.PairedTrack;
import kozan.gui.compare.PairedTrack.Side;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A live side-by-side session pairs its runs exactly as {@code kozan compare} does: the mean paired difference of
 * every annual headline (gross jobs, net jobs, import dependence per commodity, fiscal cost) equals the mean in
 * {@code comparison.csv} for the same scenarios and replications, and the 95% intervals match too.
 */
class LivePairTest {

    @TempDir
    Path tmp;

    /** A policy over the fixture: subsidies from 2026 and another seed in its file (the baseline's must win). */
    static Path policyFile(Path dir) throws Exception {
        Path p = dir.resolve("policy.yaml");
        Files.writeString(p, """
                version: 1
                extends: %s
                metadata: {name: gui-policy}
                run: {seed: 999}
                government:
                  exploration_subsidy: [{from: 2026-01, value: 0.6}]
                  capex_grant: [{from: 2026-01, value: 0.4}]
                  rd_budget: [{from: 2027-01, value: 20000000000}]
                """.formatted(GuiFixtures.scenarioFile().toAbsolutePath()));
        return p;
    }

    @Test
    void differenceSeriesEqualsKozanCompareOnTheSameSeeds() throws Exception {
        Path policy = policyFile(tmp);
        Scenario b = GuiFixtures.scenario();
        Scenario p = ScenarioLoader.load(policy);
        LivePair pair = new LivePair(p, b, 2);
        while (pair.step()) {
            // both runs, month by month, replication 0 then 1
        }
        PairedTrack t = pair.track();
        assertThat(t.finished()).isEqualTo(2);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CompareCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Path dir = tmp.resolve("cmp");
        int code = cli.execute("--baseline", GuiFixtures.scenarioFile().toString(), "--scenario", policy.toString(),
                "--replications", "2", "--years", "2030,2034", "--threads", "1", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        Map<String, double[]> csv = comparison(dir.resolve("comparison.csv"));

        int checked = 0;
        for (int year : new int[] {2030, 2034}) {
            checked += check(csv, "gross_jobs,,JP,total," + year, t, "gross", year, 1);
            checked += check(csv, "net_jobs,,JP,total," + year, t, "net", year, 1);
            checked += check(csv, "fiscal_cost_increase_yen,,JP,," + year, t, "fiscal", year, 1);
            for (String c : List.of("rare_earths", "copper", "limestone")) {
                // kozan compare: baseline minus scenario, in percentage points
                checked += check(csv, "import_dependence_reduction_pp," + c + ",JP,," + year, t, "dependence:" + c,
                        year, -100);
            }
            checked += check(csv, "gross_jobs,,tohoku,total," + year, t, "gross:tohoku", year, 1);
            checked += check(csv, "net_jobs,,kyushu,total," + year, t, "net:kyushu", year, 1);
        }
        assertThat(checked).isEqualTo(16);
        // the policy changes something, so the equality above is not 0 = 0 everywhere
        assertThat(csv.get("fiscal_cost_increase_yen,,JP,,2034")[0]).isGreaterThan(1e9);
    }

    /** Compares one comparison.csv row (mean, ci95_low, ci95_high) with the live track's paired annual values. */
    private static int check(Map<String, double[]> csv, String key, PairedTrack t, String id, int year, double sign) {
        double[] row = csv.get(key);
        assertThat(row).as(key).isNotNull();
        double[] d = t.annual(id, Side.DIFFERENCE, year);
        double mean = sign * (d[0] + d[1]) / 2;
        // comparison.csv rounds to a few digits (a noise-level CI of 5e-7 pp prints as 5e-5); two pairs: 95% half-width = t(0.975, 1) * |d0 - d1| / 2 = 12.706 * sd / sqrt(2)
        double tol = 1e-6 * Math.max(1, Math.abs(mean));
        assertThat(mean).as(key).isCloseTo(row[0], within(tol));
        double half = (row[2] - row[1]) / 2;
        double sd = Math.abs(d[0] - d[1]) / Math.sqrt(2);
        assertThat(half).as(key + " CI").isCloseTo(12.7062047 * sd / Math.sqrt(2), within(1e-4 * Math.max(1, half)));
        return 1;
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static Map<String, double[]> comparison(Path file) throws Exception {
        Map<String, double[]> out = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        List<String> head = List.of(lines.get(0).split(",", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String key = String.join(",", f[0], f[1], f[2], f[3], f[4]);
            out.put(key, new double[] {num(f[head.indexOf("mean")]), num(f[head.indexOf("ci95_low")]),
                num(f[head.indexOf("ci95_high")])});
        }
        return out;
    }
}
