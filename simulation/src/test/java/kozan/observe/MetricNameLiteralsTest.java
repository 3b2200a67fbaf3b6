package kozan.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each metric name is spelled once in main code, in its definition ({@link Metrics}); everything else uses the
 * constant. Scans every main Java source for string literals equal to a catalogue name.
 */
class MetricNameLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path DEFINITION = MAIN.resolve("kozan/observe/Metrics.java");
    /** A Java string literal (not a text block); escapes kept as written. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void metricNamesAreSpelledOnlyInTheirDefinition() throws IOException {
        Set<String> names = Metrics.ALL.stream().map(MetricDef::name).collect(Collectors.toSet());
        Map<String, Integer> inDefinition = new HashMap<>();
        List<String> elsewhere = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).contains(DEFINITION);
        for (Path file : sources) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LITERAL.matcher(lines.get(i));
                while (m.find()) {
                    String s = m.group(1);
                    if (!names.contains(s)) {
                        continue;
                    }
                    if (file.equals(DEFINITION)) {
                        inDefinition.merge(s, 1, Integer::sum);
                    } else {
                        elsewhere.add(MAIN.relativize(file) + ":" + (i + 1) + " \"" + s + "\"");
                    }
                }
            }
        }
        assertThat(elsewhere).as("metric names spelled outside kozan.observe.Metrics (use the constants)").isEmpty();
        for (String name : names) {
            assertThat(inDefinition.get(name)).as("literal \"%s\" in Metrics.java", name).isEqualTo(1);
        }
    }

    @Test
    void theScannerFindsLiteralsWithEscapes() {
        Matcher m = LITERAL.matcher("f(\"a\\\"b\", \"imports_t\")");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).containsExactly("a\\\"b", "imports_t");
    }
}
