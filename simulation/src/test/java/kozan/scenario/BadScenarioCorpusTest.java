package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in scenarios/bad/NN-name.yaml must fail to load with exactly the problems listed in NN-name.expected,
 * one per line as {@code line:column: path: message} (0:0 when the problem has no position). Line 1 of each
 * YAML file says what the case covers.
 */
class BadScenarioCorpusTest {
    static final Path DIR = Path.of("src/test/resources/scenarios/bad");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static String format(Problem p) {
        return p.line() + ":" + p.column() + ": " + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithTheExpectedProblems(Path yaml) throws IOException {
        Path expectedFile = Path.of(yaml.toString().replaceFirst("\\.yaml$", ".expected"));
        List<String> expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isBlank()).toList();
        assertThat(expected).as("expectations in " + expectedFile).isNotEmpty();
        assertThatThrownBy(() -> ScenarioLoader.load(yaml))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> {
                    List<Problem> problems = ((ScenarioException) e).problems();
                    assertThat(problems).extracting(BadScenarioCorpusTest::format).containsExactlyElementsOf(expected);
                    assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(yaml.toString()));
                });
    }

    @Test
    void theCorpusIsLargeAndEveryCaseHasExpectations() throws IOException {
        List<Path> yamls = cases().toList();
        assertThat(yamls).hasSizeGreaterThanOrEqualTo(40);
        try (Stream<Path> all = Files.list(DIR)) {
            assertThat(all.filter(f -> f.toString().endsWith(".expected")).count()).isEqualTo(yamls.size());
        }
    }
}
