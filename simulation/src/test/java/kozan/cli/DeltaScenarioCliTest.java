package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kozan.io.Hashes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios with {@code extends} through the commands a user runs: validate, run, reproduce, compare, batch files. */
class DeltaScenarioCliTest {

    @TempDir
    Path dir;

    Path base;
    Path child;

    @BeforeEach
    void files() throws Exception {
        base = Files.copy(Path.of("src/test/resources/scenarios/valid-minimal.yaml"), dir.resolve("base.yaml"));
        child = Files.writeString(dir.resolve("child.yaml"), """
                version: 1
                extends: base.yaml
                metadata: {name: short-child}
                calendar: {horizon_years: 3}
                run: {replications: 2, target_years: [2027]}
                government:
                  exploration_subsidy: 0.5
                """, StandardCharsets.UTF_8);
    }

    @Test
    void validateReportsEachProblemInTheFileItCameFromAndExits2() throws Exception {
        Files.writeString(base, Files.readString(base).replace("stockpile_target_days: 60", "stockpile_target_days: -1"));
        Files.writeString(child, Files.readString(child).replace("exploration_subsidy: 0.5", "exploration_subsidy: 5"));
        RealRuns.Outcome o = RealRuns.kozan("validate", child.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        // child.yaml line 7 "  exploration_subsidy: 5": the value at column 24; base.yaml line 135, column 26
        assertThat(o.err().lines().toList()).containsExactly(
                child + ":7:24: government.exploration_subsidy: out of range; got 5; allowed: 0 <= x <= 1",
                base + ":135:26: government.stockpile_target_days: out of range; got -1; allowed: 0 <= x <= 720 (days)");
    }

    @Test
    void aRunOfADeltaRecordsEveryFileOfTheChainAndReproduces() throws Exception {
        Path out = dir.resolve("run");
        RealRuns.Outcome run = RealRuns.kozan("run", child.toString(), "--out", out.toString(), "--no-charts",
                "--annual-only");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode scenario = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("scenario");
        assertThat(scenario.get("chain").toString()).isEqualTo("[{\"file\":\"" + child + "\",\"sha256\":\""
                + Hashes.sha256(child) + "\"},{\"file\":\"" + base + "\",\"sha256\":\"" + Hashes.sha256(base) + "\"}]");
        assertThat(scenario.get("sha256").asText()).isEqualTo(Hashes.sha256(child));
        String resolved = Files.readString(out.resolve("scenario.yaml"));
        assertThat(resolved).doesNotContain("extends").contains("name: \"short-child\"", "horizon_years: 3",
                "id: \"minamitorishima-mud\"");
        // the parent may change or go: the run reproduces from its resolved scenario
        Files.delete(base);
        RealRuns.Outcome again = RealRuns.kozan("reproduce", out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("identical:");
    }

    @Test
    void compareAndBatchFilesTakeDeltas() throws Exception {
        Path cmp = dir.resolve("cmp");
        RealRuns.Outcome c = RealRuns.kozan("compare", "--baseline", child.toString(), "--scenario", child.toString(),
                "--replications", "2", "--out", cmp.toString()); // 2, not the default 10: deltas are the point here
        assertThat(c.code()).as(c.err()).isZero();
        Path spec = Files.writeString(dir.resolve("batch.yaml"), """
                version: 1
                name: on-a-delta
                scenarios: [child.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [0.1, 0.2]
                replications: 2
                seed: 7
                metrics: [jobs_direct]
                years: [2027]
                """);
        RealRuns.Outcome v = RealRuns.kozan("validate", spec.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).isEqualTo("OK " + spec + " (batch file: 2 design points x 2 replications = 4 runs)\n");
        // resume and merge compare this hash: a change to the parent is a different batch, as one to the delta is
        String before = kozan.batch.BatchState.specHash(kozan.batch.BatchSpecLoader.load(spec, m -> true));
        Files.writeString(base, Files.readString(base).replace("stockpile_target_days: 60", "stockpile_target_days: 61"));
        assertThat(kozan.batch.BatchState.specHash(kozan.batch.BatchSpecLoader.load(spec, m -> true))).isNotEqualTo(before);
    }
}
