package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every number in every scenario under scenarios/ must be listed in docs/data-sources.md with its
 * source or the assumption behind it. A number's path is built from snake_case keys joined by dots,
 * list elements addressed by their id (or commodity, mine, from, in that order) and by index when
 * they have none: {@code commodities[copper].price.initial}, {@code regions[kanto].prefectures[2]}.
 * The first column of a table row in data-sources.md documents the paths it holds in backticks;
 * {@code [*]} there stands for any one list element, {@code [limestone_*]} for the elements whose key
 * starts with {@code limestone_}.
 */
class DataSourcesCoverageTest {

    /** Keys that name a list element, tried in this order. */
    private static final List<String> ELEMENT_KEYS = List.of("id", "commodity", "mine", "from");

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /** A source row of the Sources table: "| S12 | address |". */
    private static final Pattern SOURCE_ROW = Pattern.compile("(?m)^\\| ([SX]\\d+) \\| \\S");

    /** A source id in a scenario comment or metadata.sources. */
    private static final Pattern SOURCE_ID = Pattern.compile("\\b([SX]\\d+)\\b");

    @Test
    void everyScenarioNumberIsDocumented() throws IOException {
        Path root = repositoryRoot();
        List<Pattern> documented = documentedPaths(
                Files.readString(root.resolve("docs/data-sources.md"), StandardCharsets.UTF_8));
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(root.resolve("scenarios"))) {
            scenarios = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(scenarios).as("scenarios/*.yaml").isNotEmpty();

        List<String> missing = new ArrayList<>();
        for (Path file : scenarios) {
            for (String path : numericPaths(Files.readString(file, StandardCharsets.UTF_8))) {
                if (!isDocumented(path, documented)) {
                    missing.add(file.getFileName() + ": " + path);
                }
            }
        }
        assertThat(missing)
                .as("scenario numbers missing from docs/data-sources.md (add a row whose first column holds the path)")
                .isEmpty();
    }

    /** Every source id cited in a scenario (S12, X1) has its address in the Sources table of data-sources.md. */
    @Test
    void everyCitedSourceIsListed() throws IOException {
        Path root = repositoryRoot();
        String doc = Files.readString(root.resolve("docs/data-sources.md"), StandardCharsets.UTF_8);
        TreeSet<String> listed = new TreeSet<>();
        Matcher row = SOURCE_ROW.matcher(doc);
        while (row.find()) {
            listed.add(row.group(1));
        }
        TreeSet<String> cited = new TreeSet<>();
        try (Stream<Path> files = Files.list(root.resolve("scenarios"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                Matcher m = SOURCE_ID.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    cited.add(m.group(1));
                }
            }
        }
        assertThat(listed).as("source rows in docs/data-sources.md").isNotEmpty();
        cited.removeAll(listed);
        assertThat(cited).as("source ids cited in scenarios/*.yaml without a row in the Sources table").isEmpty();
    }

    @Test
    void anUndocumentedNumberIsReportedAndWildcardsMatchOneElement() {
        String yaml = """
                regions:
                  - {id: kanto, working_age_population: 100, prefectures: [8, 9]}
                commodities:
                  - id: copper
                    price: {initial: 1.5, sigma: 0.2}
                    import_sources:
                      - {id: chile, share: 1.0, partner: true}
                government:
                  exploration_subsidy:
                    - {from: 2030-01, value: 0.1}
                """;
        List<String> paths = numericPaths(yaml);
        assertThat(paths).containsExactly(
                "regions[kanto].working_age_population",
                "regions[kanto].prefectures[0]",
                "regions[kanto].prefectures[1]",
                "commodities[copper].price.initial",
                "commodities[copper].price.sigma",
                "commodities[copper].import_sources[chile].share",
                "government.exploration_subsidy[2030-01].value");

        List<Pattern> documented = documentedPaths("""
                | Path | Value |
                |---|---|
                | `regions[*].working_age_population`, `regions[*].prefectures[*]` | 100 |
                | `commodities[copper].price.initial` | 1.5 |
                | `commodities[*].import_sources[*].share` | 1 |
                | `government.exploration_subsidy[2030-*].value` | 0.1 |
                Prose mentioning `commodities[copper].price.sigma` outside a table does not count.
                """);
        List<String> undocumented = paths.stream().filter(p -> !isDocumented(p, documented)).toList();
        assertThat(undocumented).containsExactly("commodities[copper].price.sigma");
        assertThat(isDocumented("regions[kanto].extra[0].working_age_population", documented)).isFalse();
        assertThat(isDocumented("government.exploration_subsidy[2031-01].value", documented)).isFalse();
    }

    static boolean isDocumented(String path, List<Pattern> documented) {
        return documented.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** Paths in backticks in the first cell of markdown table rows, as patterns. */
    static List<Pattern> documentedPaths(String markdown) {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("|")) {
                continue;
            }
            String[] cells = trimmed.split("\\|");
            if (cells.length < 2) {
                continue;
            }
            Matcher m = BACKTICKED.matcher(cells[1]);
            while (m.find()) {
                patterns.add(toPattern(m.group(1).strip()));
            }
        }
        return patterns;
    }

    /** A documented path as a pattern; {@code *} matches any text within one list-element key. */
    private static Pattern toPattern(String documentedPath) {
        String[] parts = documentedPath.split("\\*", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append("[^\\]\\[.]*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    /** Paths of every numeric leaf of a YAML document, in document order. */
    static List<String> numericPaths(String yaml) {
        // the loader's limits: scenarios/large.yaml is larger than SnakeYAML's default 3 M code points
        Object tree = new Yaml(new SafeConstructor(YamlTree.options())).load(yaml);
        List<String> out = new ArrayList<>();
        walk(tree, "", out);
        return out;
    }

    private static void walk(Object node, String path, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                walk(e.getValue(), path.isEmpty() ? key : path + "." + key, out);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + elementKey(list.get(i), i) + "]", out);
            }
        } else if (node instanceof Number) {
            out.add(path);
        }
    }

    private static String elementKey(Object element, int index) {
        if (element instanceof Map<?, ?> map) {
            for (String k : ELEMENT_KEYS) {
                Object v = map.get(k);
                if (v != null) {
                    return String.valueOf(v);
                }
            }
        }
        return Integer.toString(index);
    }

    /** The directory holding scenarios/ and docs/ (tests run in simulation/). */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("scenarios")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no directory with scenarios/ and docs/ above " + Path.of("").toAbsolutePath());
    }
}
