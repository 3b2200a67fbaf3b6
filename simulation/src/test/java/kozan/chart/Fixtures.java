package kozan.chart;

import kozan.io.Results;
import kozan.io.ResultsFixture;
import kozan.io.ResultsReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The generated fixture results (baseline and policy), written once per test JVM and deleted at exit. */
public final class Fixtures {

    private static Path root;

    private Fixtures() {
    }

    public static synchronized Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("kozan-results-fixture");
                ResultsFixture.write(root.resolve("baseline"), "fixture-baseline", 1.0);
                ResultsFixture.write(root.resolve("policy"), "fixture-policy", 2.0);
                Path r = root;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(r)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    public static Path baselineDir() {
        return root().resolve("baseline");
    }

    public static Path policyDir() {
        return root().resolve("policy");
    }

    public static Results baseline() throws IOException {
        return ResultsReader.read(baselineDir());
    }

    public static Results policy() throws IOException {
        return ResultsReader.read(policyDir());
    }

    /** Copies a results directory (without charts or reports) so a test may write into it. */
    public static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp directory left behind is harmless
        }
    }
}
