package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of the real model, killed with SIGKILL at random moments and resumed each time, ends byte-identical to
 * an uninterrupted batch; SIGTERM and Ctrl-C (SIGINT) stop it with the documented exit code 4 (issue 19,
 * docs/robustness.md). The batch runs in child JVMs ({@code java -cp <test class path> kozan.cli.Main}) so the
 * kill is real. Scenario: the minimal test scenario cut to a 3-year horizon, 4 points x 100 replications.
 */
class KilledBatchTest {

    /** Files whose bytes must not depend on interruptions (the manifest holds times). */
    static final List<String> DATA_FILES = List.of("runs.jsonl", "runs.csv", "runs_long.csv", "summary.csv", "differences.csv",
            "design.csv", "batch-state.json", "batch.yaml");

    @TempDir
    Path tmp;

    private Path spec() throws Exception {
        String minimal = Files.readString(Path.of(getClass().getResource("/scenarios/valid-minimal.yaml").toURI()));
        Files.writeString(tmp.resolve("m.yaml"), minimal.replace("horizon_years: 10", "horizon_years: 3")
                .replace("target_years: [2030, 2034]", "target_years: [2027]"));
        return Files.writeString(tmp.resolve("batch.yaml"), """
                version: 1
                name: kill_test
                scenarios: [m.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [0, 0.2, 0.4, 0.6]
                replications: 100
                seed: 11
                metrics: [imports_t, jobs_direct]
                years: [2026, 2027]
                """);
    }

    @Test
    void killedAtRandomFiveTimesAndResumedEqualsAnUninterruptedBatch() throws Exception {
        Path spec = spec();
        Path whole = tmp.resolve("whole");
        StringWriter err = new StringWriter();
        assertThat(Main.execute(new ModelEngine(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                "batch", spec.toString(), "--out", whole.toString(), "--threads", "2")).as(err.toString()).isZero();

        Path out = tmp.resolve("killed");
        Path journal = tmp.resolve("killed.partial").resolve("runs.jsonl");
        Random random = new Random(20261205);
        int kills = 0;
        for (int attempt = 0; attempt < 20 && kills < 5 && !Files.exists(out); attempt++) {
            long before = Files.exists(journal) ? Files.size(journal) : 0;
            Process p = start(spec, out);
            // Once this process has journalled a run, kill it at a random moment within the next 0.15 s (400 runs of
            // a 3-year scenario last a few seconds on an idle machine: five kills must land before the end)
            for (int i = 0; i < 1200 && p.isAlive() && !(Files.exists(journal) && Files.size(journal) > before); i++) {
                Thread.sleep(25);
            }
            Thread.sleep(random.nextInt(150));
            if (p.isAlive()) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
                kills++;
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(kills).as("batches killed mid-way").isGreaterThanOrEqualTo(5);
        Process last = start(spec, out);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(log()).isZero();
        for (String f : DATA_FILES) {
            assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo(Files.readString(whole.resolve(f)));
        }
        try (var s = Files.list(tmp)) {
            assertThat(s.map(x -> x.getFileName().toString()).filter(n -> n.startsWith("killed")))
                    .containsExactly("killed"); // no partial left behind
        }
    }

    @Test
    void sigtermAndCtrlCStopWithExitCodeFourAndTheResumeCommand() throws Exception {
        Path spec = spec();
        for (String signal : new String[] {"TERM", "INT"}) {
            Path out = tmp.resolve("stopped-" + signal);
            Path journal = tmp.resolve("stopped-" + signal + ".partial").resolve("runs.jsonl");
            Process p = start(spec, out);
            for (int i = 0; i < 1200 && !(Files.exists(journal) && Files.size(journal) > 0); i++) {
                Thread.sleep(50); // wait for the first run, so the batch (and its signal handlers) are under way
            }
            assertThat(p.isAlive()).as("still running when signalled").isTrue();
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String log = log();
            assertThat(p.exitValue()).as("exit code after SIG" + signal + ":\n" + log).isEqualTo(4);
            assertThat(log).contains("--resume --out " + out).doesNotContain("\tat ");
        }
    }

    @Test
    void aSecondProcessOnARunningBatchIsRefusedWithTheHoldersPid() throws Exception {
        Path spec = spec();
        Path out = tmp.resolve("busy");
        Path journal = tmp.resolve("busy.partial").resolve("runs.jsonl");
        Process p = start(spec, out);
        try {
            for (int i = 0; i < 600 && !(Files.exists(journal) && Files.size(journal) > 0); i++) {
                Thread.sleep(50);
            }
            assertThat(p.isAlive()).as("still running").isTrue();
            long before = Files.size(journal);
            for (String[] args : new String[][] {
                    {"batch", spec.toString(), "--out", out.toString(), "--resume"},
                    {"batch", spec.toString(), "--out", out.toString(), "--force"}}) {
                StringWriter err = new StringWriter();
                int code = Main.execute(new ModelEngine(), new PrintWriter(new StringWriter()), new PrintWriter(err), args);
                assertThat(code).as(err.toString()).isEqualTo(2);
                assertThat(err.toString()).contains(out + " is in use by another Kozan process (PID " + p.pid() + ")");
            }
            assertThat(Files.size(journal)).isGreaterThanOrEqualTo(before); // not deleted by --force
        } finally {
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private Process start(Path spec, Path out) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classPath(), Main.class.getName(),
                "batch", spec.toString(), "--out", out.toString(), "--resume", "--threads", "1"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
    }

    private String log() throws Exception {
        return Files.readString(tmp.resolve("child.log"), StandardCharsets.UTF_8);
    }

    /** Surefire may run tests from a manifest-only jar; its property holds the real class path. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        assertThat(cp.split(File.pathSeparator)).anyMatch(e -> e.endsWith("classes"));
        return cp;
    }
}
