package kozan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task and merge scripts, run by bash without Slurm: a stand-in for java records its arguments and exits with a
 * chosen code. Pins the traps of issue 18: exit 3 (some runs failed) must not fail the task, every task resumes,
 * the merge refuses to run on unfinished shards and says which to rerun.
 */
class SlurmScriptsTest {

    @TempDir
    Path tmp;

    private SlurmPlan plan(Path dir) {
        return SlurmPlan.sharded("batch", "t", Path.of("/a b/spec's.yaml"), new SlurmLayout(dir),
                new SlurmOptions(3, "short", "1:00:00", 2, List.of("--account=econ")), null, List.of());
    }

    /** A "java" that writes its arguments, one a line, to args.txt and exits with the code in code.txt. */
    private JavaCommand fakeJava() throws Exception {
        Path java = tmp.resolve("java");
        Files.writeString(java, "#!/bin/bash\nprintf '%s\\n' \"$@\" > " + tmp.resolve("args.txt") + "\nexit $(cat "
                + tmp.resolve("code.txt") + ")\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        return new JavaCommand(java.toString(), List.of("-Xmx64m"), List.of("-jar", "/k.jar"));
    }

    private int bash(Path script, String task, String cpus) throws Exception {
        ProcessBuilder b = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile());
        if (task != null) {
            b.environment().put("SLURM_ARRAY_TASK_ID", task);
        }
        if (cpus != null) {
            b.environment().put("SLURM_CPUS_PER_TASK", cpus);
        }
        return b.start().waitFor();
    }

    @Test
    void aShardWithFailedRunsIsASuccessfulTaskAndItsCodeIsRecorded() throws Exception {
        SlurmPlan plan = plan(tmp.resolve("D"));
        Path script = tmp.resolve("shards.sh");
        Files.writeString(script, SlurmScripts.arrayScript(plan, fakeJava()));
        Files.createDirectories(plan.layout().slurm());
        for (String[] c : new String[][] {{"3", "0"}, {"0", "0"}, {"4", "4"}, {"1", "1"}}) {
            Files.writeString(tmp.resolve("code.txt"), c[0]);
            assertThat(bash(script, "2", "2")).as("task exit for kozan exit " + c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(Files.readString(plan.layout().exitFile(2)).strip()).isEqualTo(c[0]);
        }
        // shard 2 of 3, resumed, with the CPUs Slurm gave the task; the path with a space and a quote arrives whole
        assertThat(Files.readAllLines(tmp.resolve("args.txt"))).containsExactly("-Xmx64m", "-jar", "/k.jar", "batch",
                "/a b/spec's.yaml", "--shard", "2/3", "--out", plan.layout().shard(2, 3).toString(), "--resume",
                "--threads", "2");
        assertThat(bash(script, "4", "2")).as("no shard 4 of 3").isEqualTo(2);
    }

    @Test
    void theScriptsCarryTheSbatchOptions() {
        String array = SlurmScripts.arrayScript(plan(tmp.resolve("D")), new JavaCommand("java", List.of(), List.of()));
        assertThat(array).startsWith("#!/bin/bash\n").contains("#SBATCH --array=1-3\n", "#SBATCH --partition=short\n",
                "#SBATCH --time=1:00:00\n", "#SBATCH --cpus-per-task=2\n", "#SBATCH --account=econ\n");
        String merge = SlurmScripts.mergeScript(plan(tmp.resolve("D")), new JavaCommand("java", List.of(), List.of()));
        assertThat(merge).contains("#SBATCH --partition=short\n").doesNotContain("#SBATCH --array", "#SBATCH --cpus-per-task");
    }

    @Test
    void theMergeRefusesUnfinishedShardsAndNamesThem() throws Exception {
        SlurmPlan plan = plan(tmp.resolve("D"));
        SlurmLayout l = plan.layout();
        Files.createDirectories(l.shard(2, 3));
        Files.writeString(l.shard(2, 3).resolve("manifest.json"), "{}");
        Path script = tmp.resolve("merge.sh");
        Files.writeString(script, SlurmScripts.mergeScript(plan, fakeJava()));
        Files.writeString(tmp.resolve("code.txt"), "0");
        assertThat(bash(script, null, null)).isEqualTo(SlurmScripts.INCOMPLETE);
        assertThat(Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8))
                .contains("shard(s) 1,3 of 3 did not finish", "sbatch --array=1,3 " + l.arrayScript());
        assertThat(tmp.resolve("args.txt")).doesNotExist(); // the merge never started

        // all finished: the merge runs, and its staged files land in D, manifest included
        for (int i : new int[] {1, 3}) {
            Files.createDirectories(l.shard(i, 3));
            Files.writeString(l.shard(i, 3).resolve("manifest.json"), "{}");
        }
        Files.createDirectories(l.staging().resolve("charts"));
        Files.writeString(l.staging().resolve("runs.csv"), "r\n");
        Files.writeString(l.staging().resolve("manifest.json"), "m\n");
        Files.writeString(l.staging().resolve("charts/a.png"), "png");
        Files.writeString(tmp.resolve("code.txt"), "3");
        assertThat(bash(script, null, null)).as("3 is a result, not a failed job").isZero();
        assertThat(Files.readString(l.mergeExitFile()).strip()).isEqualTo("3");
        assertThat(Files.readString(l.dir().resolve("runs.csv"))).isEqualTo("r\n");
        assertThat(Files.readString(l.dir().resolve("manifest.json"))).isEqualTo("m\n");
        assertThat(l.dir().resolve("charts/a.png")).exists();
        assertThat(l.slurm().resolve("merge")).doesNotExist();
        assertThat(Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8))
                .contains("kozan: moved into " + l.dir() + ": the merged results are there");
    }

    @Test
    void aSensitivityStudyShardsResumesAndMergesWithItsOwnCommands() throws Exception {
        SlurmLayout l = new SlurmLayout(tmp.resolve("S"));
        SlurmPlan plan = SlurmPlan.sharded("sensitivity", "sa-morris", Path.of("/p/sa.yaml"), l,
                new SlurmOptions(2, null, null, null, List.of()), 4, List.of());
        Path script = tmp.resolve("shards.sh");
        Files.writeString(script, SlurmScripts.arrayScript(plan, fakeJava()));
        Files.createDirectories(l.slurm());
        Files.writeString(tmp.resolve("code.txt"), "3");
        assertThat(bash(script, "2", "8")).as("a shard with failed runs is a successful task").isZero();
        assertThat(Files.readString(l.exitFile(2)).strip()).isEqualTo("3");
        // --threads 4 as given on the command line, not the task's 8 CPUs
        assertThat(Files.readAllLines(tmp.resolve("args.txt"))).containsExactly("-Xmx64m", "-jar", "/k.jar",
                "sensitivity", "/p/sa.yaml", "--shard", "2/2", "--out", l.shard(2, 2).toString(), "--resume",
                "--threads", "4");

        Path merge = tmp.resolve("merge.sh");
        Files.writeString(merge, SlurmScripts.mergeScript(plan, fakeJava()));
        Files.createDirectories(l.shard(1, 2));
        Files.writeString(l.shard(1, 2).resolve("manifest.json"), "{}");
        Files.writeString(tmp.resolve("code.txt"), "0");
        Files.delete(tmp.resolve("args.txt"));
        assertThat(bash(merge, null, null)).isEqualTo(SlurmScripts.INCOMPLETE);
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains("shard(s) 2 of 2 did not finish",
                "kozan sensitivity status " + l.dir());
        assertThat(tmp.resolve("args.txt")).doesNotExist();

        Files.createDirectories(l.shard(2, 2));
        Files.writeString(l.shard(2, 2).resolve("manifest.json"), "{}");
        Files.createDirectories(l.staging());
        Files.writeString(l.staging().resolve("indices.csv"), "i\n");
        Files.writeString(l.staging().resolve("manifest.json"), "m\n");
        assertThat(bash(merge, null, null)).isZero();
        assertThat(Files.readAllLines(tmp.resolve("args.txt"))).containsExactly("-Xmx64m", "-jar", "/k.jar",
                "sensitivity", "merge", l.shard(1, 2).toString(), l.shard(2, 2).toString(), "--out",
                l.staging().toString(), "--force");
        assertThat(Files.readString(l.dir().resolve("indices.csv"))).isEqualTo("i\n");
        assertThat(Files.readString(l.mergeExitFile()).strip()).isEqualTo("0");
    }

    @Test
    void extraArgumentsGoToEveryShardAndTheMerge() {
        SlurmLayout l = new SlurmLayout(tmp.resolve("with space"));
        SlurmPlan plan = SlurmPlan.sharded("batch", "b", Path.of("/b.yaml"), l,
                new SlurmOptions(2, null, null, null, List.of()), null, List.of("--allow-mixed-versions"));
        assertThat(plan.shardArgs().apply(1)).containsExactly("batch", "/b.yaml", "--shard", "1/2", "--out",
                l.shard(1, 2).toString(), "--resume", "--threads", SlurmPlan.THREADS, "--allow-mixed-versions");
        assertThat(plan.mergeArgs()).containsExactly("batch", "merge", l.shard(1, 2).toString(),
                l.shard(2, 2).toString(), "--out", l.staging().toString(), "--force", "--allow-mixed-versions");
        // a folder name with a space is quoted, so the command can be copied from the message
        assertThat(plan.statusCommand()).isEqualTo("kozan batch status '" + l.dir() + "'");
    }
}
