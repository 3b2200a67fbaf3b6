package kozan.build;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The ./kozan launcher's build step, with a fake mvn (which takes a moment and writes the jar) and a fake java on
 * the PATH of a copy of the launcher: it says why it builds and shows Maven's steps, two parallel first uses build
 * once, and a failed build names its log.
 */
class LauncherTest {

    @TempDir
    Path root;

    Path calls;

    @BeforeEach
    void copyLauncher() throws IOException {
        assumeThat(onPath("flock") && onPath("bash")).as("bash and flock (util-linux)").isTrue();
        Files.copy(Path.of("../kozan"), root.resolve("kozan"));
        executable(root.resolve("kozan"));
        Files.createDirectories(root.resolve("simulation/src/main/java"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve("simulation/pom.xml"), "<project/>");
        calls = root.resolve("mvn-calls.txt");
        Path bin = Files.createDirectories(root.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), """
                #!/usr/bin/env bash
                echo "$*" >> "$FAKE_MVN_CALLS"
                echo "[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ kozan-simulation ---"
                sleep 1.5
                if [[ -n "${FAKE_MVN_FAIL:-}" ]]; then echo "[ERROR] Foo.java:[3,1] boom"; exit 1; fi
                echo "[INFO] --- maven-shade-plugin:3.6.0:shade (default) @ kozan-simulation ---"
                echo jar > simulation/target/kozan-all.jar
                """);
        Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\necho \"ran java\"\n");
        executable(bin.resolve("mvn"));
        executable(bin.resolve("java"));
    }

    @Test
    void aFirstUseSaysWhyItBuildsAndShowsTheSteps() throws Exception {
        Run run = start(false).finish();
        assertThat(run.code).isZero();
        assertThat(run.out).isEqualTo("ran java\n");
        assertThat(run.err).contains("kozan: first use: no jar yet", "kozan: steps: compile shade\n",
                "full log: " + root.resolve("simulation/target/kozan-build.log"));
        assertThat(Files.readAllLines(calls)).containsExactly("-B -o package -Dmaven.test.skip=true");
        assertThat(start(false).finish().err).as("a second use does not build").isEmpty();
    }

    @Test
    void twoParallelFirstUsesBuildOnceAndTheSecondWaits() throws Exception {
        Run first = start(false);
        Thread.sleep(300);   // the first holds the lock (the fake build takes 1.5 s)
        Run second = start(false);
        first.finish();
        second.finish();
        assertThat(first.code).isZero();
        assertThat(second.code).isZero();
        assertThat(Files.readAllLines(calls)).as("one Maven build").hasSize(1);
        assertThat(second.err).isEqualTo("kozan: another ./kozan is building the jar; waiting for it ...\n");
        assertThat(second.out).isEqualTo("ran java\n");
    }

    @Test
    void aFailedBuildShowsTheErrorsAndWhereTheLogIs() throws Exception {
        Run run = start(true).finish();
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("offline build failed", "BUILD FAILED", "[ERROR] Foo.java:[3,1] boom",
                "full log: " + root.resolve("simulation/target/kozan-build.log"));
        assertThat(Files.readAllLines(calls)).as("offline, then with the network")
                .containsExactly("-B -o package -Dmaven.test.skip=true", "-B package -Dmaven.test.skip=true");
    }

    @Test
    void theJarIsHashedOncePerJarAndPassedToJava() throws Exception {
        Files.writeString(root.resolve("bin/java"), "#!/usr/bin/env bash\necho \"$*\"\n");   // prints its options
        start(false).finish();   // builds the jar: "jar\n"
        Path jar = root.resolve("simulation/target/kozan-all.jar");
        Path sums = root.resolve("simulation/target/kozan-all.jar.sha256");
        assertThat(start(false).finish().out).contains("-Dkozan.jar.sha256=" + kozan.io.Hashes.sha256("jar\n"));

        // once hashed, the file beside the jar is believed while the jar keeps its size and time
        List<String> lines = Files.readAllLines(sums);
        String planted = "0".repeat(64);
        Files.write(sums, List.of(planted, lines.get(1)));
        assertThat(start(false).finish().out).contains("-Dkozan.jar.sha256=" + planted);

        // other bytes (another size and time): hashed again
        Files.writeString(jar, "other jar\n");
        assertThat(start(false).finish().out).contains("-Dkozan.jar.sha256=" + kozan.io.Hashes.sha256("other jar\n"));
    }

    @Test
    void theCommitAndTheDirtyFlagComeFromGitAndResultsDoNotCount() throws Exception {
        assumeThat(onPath("git")).as("git").isTrue();
        Files.writeString(root.resolve("bin/java"), "#!/usr/bin/env bash\necho \"$*\"\n");
        Files.writeString(root.resolve(".gitignore"), "simulation/target/\nbin/\n*.txt\n");
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "c");
        String head = git("rev-parse", "HEAD").strip();
        start(false).finish();   // the first use builds
        assertThat(start(false).finish().out).contains("-Dkozan.git.commit=" + head, "-Dkozan.git.dirty=false");
        Files.createDirectories(root.resolve("results/published"));
        Files.writeString(root.resolve("results/published/new.csv"), "x\n");
        assertThat(start(false).finish().out).as("results/ holds outputs").contains("-Dkozan.git.dirty=false");
        Files.writeString(root.resolve("Untracked.java"), "class Untracked {}\n");
        assertThat(start(false).finish().out).contains("-Dkozan.git.commit=" + head, "-Dkozan.git.dirty=true");
    }

    private String git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("git %s: %s", command, out).isZero();
        return out;
    }

    private Run start(boolean fail) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("kozan").toString(), "--version").directory(root.toFile());
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("FAKE_MVN_CALLS", calls.toString());
        if (fail) {
            pb.environment().put("FAKE_MVN_FAIL", "1");
        }
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        return new Run(pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start(), out, err);
    }

    private static final class Run {
        final Process process;
        final Path outFile;
        final Path errFile;
        int code;
        String out;
        String err;

        Run(Process process, Path outFile, Path errFile) {
            this.process = process;
            this.outFile = outFile;
            this.errFile = errFile;
        }

        Run finish() throws Exception {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("launcher finished").isTrue();
            code = process.exitValue();
            out = Files.readString(outFile, StandardCharsets.UTF_8);
            err = Files.readString(errFile, StandardCharsets.UTF_8);
            return this;
        }
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean onPath(String command) {
        return List.of(System.getenv("PATH").split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
