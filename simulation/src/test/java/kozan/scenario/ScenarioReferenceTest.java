package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ScenarioReferenceTest {
    static final Path DOC = Path.of("../docs/scenario-reference.md");

    @Test
    void committedReferenceMatchesTheAnnotations() throws Exception {
        String generated = ScenarioReference.markdown();
        if (Boolean.getBoolean("kozan.regenerateDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as(DOC + " is missing; create it with: " + ScenarioReference.REGENERATE).isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/scenario-reference.md is stale (the @Field annotations changed); regenerate it with: "
                        + ScenarioReference.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyFieldOfEveryRecordIsDocumented() {
        String md = ScenarioReference.markdown();
        assertThat(md).contains("| `share` | number |  | 0 <= x <= 1 | *required* | Base share of Japan's imports");
        assertThat(md).contains("| `capex_grant` | timeline |  | 0 <= x <= 1 | `0` |");
        assertThat(md).contains("Used at: `mine_defaults.stage_durations`, `mines[].stage_durations`");
        assertThat(md).contains("| `kind` | enum |  | FIXED, LOGNORMAL, TRIANGULAR, UNIFORM | *required* |");
        for (Class<?> type : new Class<?>[] {Scenario.class, CommoditySpec.class, MineSpec.class, GovernmentSpec.class,
                DistSpec.class, AgreementSpec.class, TargetedSupportSpec.class, IoTableSpec.class}) {
            assertThat(md).containsPattern("## .*" + type.getSimpleName());
            for (Schema.Comp c : Schema.components(type)) {
                assertThat(md).contains("| `" + c.key() + "` |");
            }
        }
    }
}
