package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kozan.io.Hashes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kozan batch SPEC --slurm --shards 4 --out D --wait} on a real single-node Slurm (issue 18): slurmctld and
 * slurmd of Debian's slurm-wlm, started in a temporary folder on their own ports with no authentication
 * (auth/none, cred/none), run the job array and the merge; D's data files must equal an unsharded batch's by
 * sha256. {@code kozan sensitivity SPEC --slurm --shards 2 --out D --wait} likewise: D's indices.csv and the other
 * data files must equal the unsharded study's. Skipped, with the reason, where Slurm is not installed or the
 * daemons cannot start (slurmd needs root). The daemons run in the foreground as children of this test and are
 * stopped by their PIDs.
 */
@Tag("slurm")
class SlurmBatchTest {

    static final List<String> DATA_FILES = List.of("runs.jsonl", "runs.csv", "runs_long.csv", "summary.csv",
            "differences.csv", "design.csv", "batch-state.json", "batch.yaml");

    @TempDir
    Path tmp;

    private final List<Process> daemons = new ArrayList<>();

    @AfterEach
    void stopDaemons() throws InterruptedException {
        for (Process p : daemons) {
            p.destroy(); // SIGTERM to this PID: slurmctld and slurmd shut down cleanly
        }
        for (Process p : daemons) {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aFourShardBatchOnSlurmEqualsTheUnshardedBatch() throws Exception {
        Path d = onSlurmAndUnsharded("batch", spec(), 4, DATA_FILES, 0, 3);
        for (int i = 1; i <= 4; i++) {
            assertThat(Files.readString(d.resolve("slurm/exit/shard-" + i + ".exit")).strip()).isIn("0", "3");
        }
        assertThat(d.resolve("shards/shard-3-of-4/manifest.json")).exists();
        assertThat(status("batch", d)).contains("4/4 shards finished, 8/8 runs done, 0 failed");
    }

    @Test
    void aTwoShardSensitivityStudyOnSlurmEqualsTheUnshardedStudy() throws Exception {
        Path d = onSlurmAndUnsharded("sensitivity", studySpec(), 2, List.of("indices.csv", "noise.csv", "runs.jsonl",
                "runs.csv", "summary.csv", "design.csv", "sensitivity.yaml", "batch.yaml"), 0);
        assertThat(d.resolve("report.html")).exists();
        // Morris, r = 2 trajectories x (2 factors + 1) = 6 points x 2 replications = 12 runs, 6 per shard
        assertThat(status("sensitivity", d)).contains("2/2 shards finished, 12/12 runs done, 0 failed",
                "merge: exit 0, results in " + d);
    }

    /**
     * Runs {@code kozan COMMAND SPEC} here, unsharded on one thread, and {@code kozan COMMAND SPEC --slurm --shards N
     * --wait} on a Slurm started for it; checks the exit code of the latter and that every file of {@code files} is
     * the same in both by sha256. Returns the --slurm folder.
     */
    private Path onSlurmAndUnsharded(String command, Path spec, int shards, List<String> files, Integer... exits)
            throws Exception {
        Path conf = startSlurm();
        Path whole = tmp.resolve(command + "-whole");
        StringWriter err = new StringWriter();
        assertThat(Main.execute(new ModelEngine(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                command, spec.toString(), "--out", whole.toString(), "--threads", "1")).as(err.toString()).isZero();

        Path d = tmp.resolve(command + "-on-slurm");
        Path log = tmp.resolve(command + "-submit.log");
        Process p = kozan(conf, log, command, spec.toString(), "--slurm", "--shards", Integer.toString(shards),
                "--out", d.toString(), "--wait");
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("kozan --wait ended").isTrue();
        String output = Files.readString(log) + logs(d);
        assertThat(p.exitValue()).as(output).isIn((Object[]) exits);
        for (String f : files) {
            assertThat(Hashes.sha256(d.resolve(f))).as(f + "\n" + output).isEqualTo(Hashes.sha256(whole.resolve(f)));
        }
        assertThat(d.resolve("slurm/merge")).doesNotExist(); // the staging folder is moved into D
        return d;
    }

    /** What {@code kozan COMMAND status DIR} prints. */
    private static String status(String command, Path d) {
        StringWriter status = new StringWriter();
        assertThat(Main.execute(new ModelEngine(), new PrintWriter(status), new PrintWriter(new StringWriter()),
                command, "status", d.toString())).isZero();
        return status.toString();
    }

    /** The 8-run batch's scenario with two ranges, screened by Morris: 12 runs. */
    private Path studySpec() throws Exception {
        spec();
        Files.writeString(tmp.resolve("study-batch.yaml"), """
                version: 1
                name: slurm_study
                scenarios: [m.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    range: [0, 0.4]
                  - path: government.capex_grant
                    range: [0, 0.3]
                replications: 2
                seed: 11
                metrics: [imports_t, jobs_direct]
                years: [2027]
                """);
        return Files.writeString(tmp.resolve("sa.yaml"), """
                batch: study-batch.yaml
                method: morris
                samples: 2
                outputs:
                  - {metric: jobs_direct, year: 2027}
                  - {metric: imports_t, commodity: rare_earths, year: 2027}
                """);
    }

    /** {@code kozan ARGS} in a JVM of its own, as a user runs it on a login node, talking to this Slurm. */
    private Process kozan(Path conf, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath(), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().put("SLURM_CONF", conf.toString());
        return b.start();
    }

    /** The minimal test scenario on a 3-year horizon: 2 points x 4 replications = 8 runs, 2 per shard. */
    private Path spec() throws Exception {
        String minimal = Files.readString(Path.of(getClass().getResource("/scenarios/valid-minimal.yaml").toURI()));
        Files.writeString(tmp.resolve("m.yaml"), minimal.replace("horizon_years: 10", "horizon_years: 3")
                .replace("target_years: [2030, 2034]", "target_years: [2027]"));
        return Files.writeString(tmp.resolve("batch.yaml"), """
                version: 1
                name: slurm_test
                scenarios: [m.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [0, 0.4]
                replications: 4
                seed: 11
                metrics: [imports_t, jobs_direct]
                years: [2026, 2027]
                """);
    }

    /** Writes slurm.conf, starts both daemons and waits until the node is idle; returns the conf file. */
    private Path startSlurm() throws Exception {
        Path ctld = Path.of("/usr/sbin/slurmctld");
        Path slurmd = Path.of("/usr/sbin/slurmd");
        assumeTrue(Files.isExecutable(ctld) && Files.isExecutable(slurmd) && onPath("sbatch") && onPath("squeue"),
                "Slurm is not installed (no /usr/sbin/slurmctld, /usr/sbin/slurmd, sbatch and squeue): the slurm test"
                        + " is SKIPPED; install Debian's slurm-wlm (.ci/run does) to run it");
        assumeTrue("root".equals(System.getProperty("user.name")),
                "slurmd must run as root to start jobs; this test runs as " + System.getProperty("user.name")
                        + ": the slurm test is SKIPPED");
        String host = run("hostname", "-s").strip();
        Path state = Files.createDirectories(tmp.resolve("slurm/state"));
        Path spool = Files.createDirectories(tmp.resolve("slurm/spool"));
        Path conf = tmp.resolve("slurm/slurm.conf");
        int cpus = Runtime.getRuntime().availableProcessors();
        Files.writeString(conf, String.join("\n",
                "ClusterName=kozantest",
                "SlurmctldHost=" + host + "(127.0.0.1)",
                "SlurmctldPort=" + freePort(),
                "SlurmdPort=" + freePort(),
                "AuthType=auth/none",
                "CredType=cred/none",
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core",
                "SlurmUser=root",
                "SlurmdUser=root",
                "StateSaveLocation=" + state,
                "SlurmdSpoolDir=" + spool,
                "SlurmctldPidFile=" + tmp.resolve("slurm/slurmctld.pid"),
                "SlurmdPidFile=" + tmp.resolve("slurm/slurmd.pid"),
                "SlurmctldLogFile=" + tmp.resolve("slurm/slurmctld.log"),
                "SlurmdLogFile=" + tmp.resolve("slurm/slurmd.log"),
                "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none",
                "MpiDefault=none",
                "ReturnToService=2",
                "SchedulerType=sched/builtin",
                "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=" + cpus + " State=UNKNOWN",
                "PartitionName=test Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP",
                ""));
        daemons.add(daemon(conf, ctld.toString(), "-D", "-i"));
        daemons.add(daemon(conf, slurmd.toString(), "-D"));
        String sinfo = "";
        for (int i = 0; i < 100; i++) {
            sinfo = run(conf, "sinfo", "-h", "-o", "%T");
            if (sinfo.strip().equals("idle")) {
                return conf;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the single-node Slurm did not become idle in 10 s (sinfo: " + sinfo + ")\n"
                + read(tmp.resolve("slurm/slurmctld.log")) + read(tmp.resolve("slurm/slurmd.log")));
    }

    private Process daemon(Path conf, String... command) throws IOException {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("slurm/" + Path.of(command[0]).getFileName() + ".out").toFile());
        b.environment().put("SLURM_CONF", conf.toString());
        return b.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static String run(String... command) throws Exception {
        return run(null, command);
    }

    private static String run(Path conf, String... command) throws Exception {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        if (conf != null) {
            b.environment().put("SLURM_CONF", conf.toString());
        }
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static String read(Path f) throws IOException {
        return Files.exists(f) ? "--- " + f + "\n" + Files.readString(f) : "";
    }

    private static String logs(Path d) throws IOException {
        StringBuilder s = new StringBuilder();
        if (Files.isDirectory(d.resolve("slurm/logs"))) {
            try (var files = Files.list(d.resolve("slurm/logs"))) {
                for (Path f : files.sorted().toList()) {
                    s.append(read(f));
                }
            }
        }
        return s.toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire may run tests from a manifest-only jar; its property holds the real class path. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }
}
