package kozan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * scenarios/large.yaml is exactly what {@link LargeScenarioGenerator} writes from the current baseline (so it is
 * reproducible and cannot drift from the baseline unnoticed), has the 47 prefectures as regions and about 100
 * times the baseline's agents. Loading and running it is covered by {@link ScenarioSmokeTest}.
 */
class LargeScenarioTest {

    /**
     * The generator is deterministic, and the committed file is its output: exactly so for the prefecture regions,
     * and the same list of generated agents. (Numbers of the copied baseline sections may lag a later baseline
     * edit until the file is regenerated; a scale test does not depend on them.)
     */
    @Test
    void committedFileIsTheGeneratorsOutput() throws Exception {
        Path root = ValidationRuns.repositoryRoot();
        String generated = LargeScenarioGenerator.generate(root);
        assertThat(LargeScenarioGenerator.generate(root)).as("deterministic").isEqualTo(generated);
        String committed = Files.readString(root.resolve("scenarios/large.yaml"), StandardCharsets.UTF_8);
        String hint = "scenarios/large.yaml differs from the generator's output; rerun kozan.validation.LargeScenarioGenerator";
        assertThat(LargeScenarioGenerator.section(committed, "regions")).as(hint)
                .isEqualTo(LargeScenarioGenerator.section(generated, "regions"));
        assertThat(ids(committed)).as(hint).isEqualTo(ids(generated));
    }

    private static java.util.List<String> ids(String yaml) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  - \\{id: (lg_[a-z0-9_]+)").matcher(yaml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void fortySevenPrefecturesAndAboutAHundredTimesTheAgents() throws Exception {
        Path root = ValidationRuns.repositoryRoot();
        String large = Files.readString(root.resolve("scenarios/large.yaml"), StandardCharsets.UTF_8);
        String base = Files.readString(root.resolve("scenarios/baseline.yaml"), StandardCharsets.UTF_8);
        assertThat(count(large, "(?m)^  - \\{id: pref\\d\\d_")).isEqualTo(47);
        for (int code = 1; code <= 47; code++) {
            assertThat(large).contains("prefectures: [" + code + "]");
        }
        int baseAgents = sectionItems(base, "mines") + sectionItems(base, "suppliers") + sectionItems(base, "manufacturers")
                + sectionItems(base, "prospect_generators") + sectionItems(base, "fixed_employers");
        int largeAgents = count(large, "(?m)^  - \\{id: lg_");
        assertThat(largeAgents).isEqualTo(LargeScenarioGenerator.COPIES * baseAgents);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** List items ("  - ") directly under a top-level section of the baseline. */
    private static int sectionItems(String text, String key) {
        return count(LargeScenarioGenerator.section(text, key), "(?m)^  - ");
    }
}
