package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same scenario and seed give the same output bytes on another JDK (docs/reproducing.md, "Java versions").
 * Runs the real model in this JVM and, in a child process, on a second JDK (by default the Temurin 25 JDK at
 * /usr/lib/jvm/temurin-25-jdk-amd64; set -Dkozan.test.otherJava=/path/to/bin/java for another) with this test's
 * class path. Skipped when that JDK is not installed, unless -Dkozan.test.requireOtherJava=true (as .ci/run sets
 * when it finds the JDK), which makes its absence a failure.
 */
class CrossJdkDeterminismTest {

    static final String DEFAULT_OTHER_JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java";
    static final List<String> DATA_FILES = List.of("timeseries.csv", "annual.csv", "summary.csv", "summary.json",
            "scenario.yaml");

    @TempDir
    Path tmp;

    @Test
    void anotherJdkWritesTheSameBytes() throws Exception {
        Path otherJava = Path.of(System.getProperty("kozan.test.otherJava", DEFAULT_OTHER_JAVA));
        if (Boolean.getBoolean("kozan.test.requireOtherJava")) {
            // .ci/run found the JDK and asks for the check: a missing or unusable JDK is then a failure, not a skip
            assertThat(otherJava).as("second JDK (kozan.test.otherJava)").isExecutable();
        }
        assumeTrue(Files.isExecutable(otherJava), "no second JDK at " + otherJava
                + " (set -Dkozan.test.otherJava=/path/to/bin/java); cross-JDK determinism not checked");
        Path thisJava = Path.of(System.getProperty("java.home"), "bin", "java");
        assumeTrue(!Files.isSameFile(otherJava, thisJava), "the second JDK is the one running the tests: " + otherJava);

        Path scenario = Path.of(getClass().getResource("/scenarios/valid-minimal.yaml").toURI());
        String[] args = {"run", scenario.toString(), "--replications", "2", "--threads", "1", "--no-charts",
                "--monthly"};

        Path here = tmp.resolve("this-jdk");
        StringWriter err = new StringWriter();
        int code = Main.execute(new ModelEngine(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                concat(args, "--out", here.toString()));
        assertThat(code).as(err.toString()).isZero();

        Path there = tmp.resolve("other-jdk");
        List<String> command = new ArrayList<>(List.of(otherJava.toString(), "-cp", classPath(), Main.class.getName()));
        command.addAll(List.of(concat(args, "--out", there.toString())));
        Path log = tmp.resolve("other-jdk.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the run on " + otherJava + " finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("exit code on " + otherJava + ":\n" + output).isZero();
        assertThat(Files.readString(there.resolve("manifest.json"))).as("the child ran on the other JDK")
                .doesNotContain("\"version\" : \"" + System.getProperty("java.version") + "\"");

        for (String name : DATA_FILES) {
            assertThat(Files.readAllBytes(there.resolve(name)))
                    .as(name + " written on " + otherJava + " differs from the one written on Java "
                            + System.getProperty("java.version") + " (see docs/reproducing.md: look for java.lang.Math"
                            + " calls whose results differ between JDKs; StrictMath gives the same bits everywhere)")
                    .isEqualTo(Files.readAllBytes(here.resolve(name)));
        }
    }

    /** Surefire may run tests from a manifest-only jar; its property holds the real class path. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        assertThat(cp).as("test class path").isNotBlank();
        for (String entry : cp.split(File.pathSeparator)) {
            if (entry.endsWith("classes") && Files.isDirectory(Path.of(entry, "kozan", "cli"))) {
                return cp;
            }
        }
        throw new AssertionError("kozan classes are not on the class path " + cp);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
