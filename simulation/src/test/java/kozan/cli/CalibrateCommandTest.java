package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kozan calibrate} on the model itself: the baseline cut to 2025-2026, two of Hishikari's parameters with
 * bounds, targets that the model gave at known values (opex JPY 90,000/t ore, recovery 0.93; same seeds, 2
 * replications). With common random numbers the objective is 0 exactly there, so the fit must find them.
 */
class CalibrateCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    static final String SCENARIO = """
            version: 1
            extends: %s
            metadata: {name: short}
            calendar: {horizon_years: 2}
            run: {target_years: [2026]}
            """;

    static final String BATCH = """
            version: 1
            name: cal-test
            scenarios: [short.yaml]
            parameters:
              - {path: "mines[hishikari].opex_yen_per_t_ore", range: [60000, 110000]}
              - {path: "mines[hishikari].recovery", range: [0.9, 0.98]}
            replications: 2
            seed: 20250101
            metrics:
              - {name: jobs_indirect, region: "", detail: ""}
              - {name: import_dependence, commodity: gold, region: ""}
            years: [2026]
            """;

    /**
     * The model's own values at opex 90,000 and recovery 0.93 (kozan batch of that point, seed 20250101, mean of 2
     * replications; indirect jobs move 12.3 per JPY 1,000 of opex, gold import dependence -0.12 per unit of recovery).
     */
    static final String SPEC = """
            batch: batch.yaml
            starts: 1
            max_evaluations: 40
            profile_points: 3
            targets:
              - {metric: jobs_indirect, year: 2026, value: 28103.2856122, se: 10}
              - {metric: import_dependence, commodity: gold, year: 2026, value: 0.881027503668, se: 0.0001}
            """;

    private int calibrate(String... args) {
        CommandLine cli = new CommandLine(new CalibrateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path spec(String text) throws Exception {
        Path baseline = Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize();
        Files.writeString(tmp.resolve("short.yaml"), SCENARIO.formatted(baseline));
        Files.writeString(tmp.resolve("batch.yaml"), BATCH);
        return Files.writeString(tmp.resolve("cal.yaml"), text);
    }

    @Test
    void recoversParametersFromTheModelsOwnData() throws Exception {
        Path spec = spec(SPEC);
        Path dir = tmp.resolve("fit");
        assertThat(calibrate(spec.toString(), "--out", dir.toString())).as(err.toString()).isZero();
        Map<String, Map<String, String>> best = RealRuns.csv(dir.resolve("best.csv"), "parameter");
        Map<String, String> opex = best.get("mines[hishikari].opex_yen_per_t_ore");
        Map<String, String> recovery = best.get("mines[hishikari].recovery");
        assertThat(Double.parseDouble(opex.get("estimate"))).isCloseTo(90000, within(100.0));
        assertThat(Double.parseDouble(recovery.get("estimate"))).isCloseTo(0.93, within(0.0005));
        // se = sqrt(1 + 1/2) x 10 / (12.257 jobs per JPY 1,000) = 999: the delta method with the 1 + 1/R factor
        assertThat(Double.parseDouble(opex.get("se"))).isCloseTo(999, within(20.0));
        assertThat(opex).containsEntry("identified", "true");
        assertThat(dir.resolve("fitted.yaml")).content().contains("extends: ../short.yaml",
                "  - id: hishikari\n    opex_yen_per_t_ore: ");
        assertThat(Files.readAllLines(dir.resolve("trace.csv")).get(0))
                .isEqualTo("evaluation,start,objective,mines[hishikari].opex_yen_per_t_ore,mines[hishikari].recovery");
        assertThat(RealRuns.csv(dir.resolve("fit.csv"), "metric").get("jobs_indirect").get("simulated"))
                .startsWith("28103.28");
        assertThat(dir.resolve("profile.csv")).exists();
    }

    @Test
    void aTargetTheBatchDoesNotKeepIsExit2AtItsPlaceAndWritesNothing() throws Exception {
        Path spec = spec(SPEC.replace("year: 2026, value: 28103", "year: 2030, value: 28103"));
        Path dir = tmp.resolve("never");
        assertThat(calibrate(spec.toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cal.yaml:6:14: targets[0].metric: target jobs_indirect 2030 is not kept"
                + " by the batch file batch.yaml");
        assertThat(dir).doesNotExist();
        err.getBuffer().setLength(0);
        Path both = spec(SPEC.replace("se: 10}", "se: 10, weight: 2}"));
        assertThat(calibrate(both.toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cal.yaml:6:5: targets[0]: give exactly one of se (standard error) and"
                + " weight");
        assertThat(dir).doesNotExist();
    }
}
