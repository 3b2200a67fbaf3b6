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

    @Test
    void committedFileIsTheGeneratorsOutput() throws Exception {
        Path root = ValidationRuns.repositoryRoot();
        String committed = Files.readString(root.resolve("scenarios/large.yaml"), StandardCharsets.UTF_8);
        assertThat(committed)
                .as("scenarios/large.yaml differs from the generator's output; rerun kozan.validation.LargeScenarioGenerator")
                .isEqualTo(LargeScenarioGenerator.generate(root));
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
                + sectionItems(base, "prospect_generators");
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
