package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScenarioWriterTest {

    @Test
    void resolvedYamlLoadsBackToAnEqualScenario() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.MINIMAL);
        String yaml = ScenarioWriter.toYaml(s);
        assertThat(yaml).startsWith("# Resolved by Kozan: every default filled in.\n");
        Scenario back = ScenarioLoader.parse(yaml, "resolved.yaml");
        assertThat(back).isEqualTo(s);
        assertThat(ScenarioWriter.toYaml(back)).isEqualTo(yaml);
    }

    @Test
    void writesEveryFieldInComponentOrderWithExactNumbers() throws Exception {
        String yaml = ScenarioWriter.toYaml(ScenarioLoader.load(ScenarioLoaderTest.MINIMAL));
        assertThat(yaml).contains("""
                calendar:
                  start: 2025-01
                  horizon_years: 10
                mode: NORMAL
                run:
                  seed: 42
                  replications: 2
                  target_years: [2030, 2034]
                """);
        assertThat(yaml).contains("""
                    import_sources:
                      - id: "China"
                        share: 0.6
                        volume_t_per_year: 20000
                        premium: 0
                        hazard_per_year: 0.1
                """);
        assertThat(yaml).contains("""
                  exploration_subsidy: 0.2
                  capex_grant:
                    - from: 2025-01
                      value: 0
                    - from: 2027-04
                      value: 0.1
                """);
        assertThat(yaml).contains("    ore_t: 16000000\n", "    p_discover: null\n", "    stage_durations: null\n",
                "  stockpile_commodities: null\n", "  agreements: []\n", "  compensation_per_employee_yen: 4800000\n");
        // Every component of every record type appears as a key.
        for (Class<?> type : List.of(Scenario.class, RegionSpec.class, CommoditySpec.class, PriceSpec.class,
                ImportSourceSpec.class, MineSpec.class, MineDefaults.class, LabourSpec.class, GovernmentSpec.class,
                SupplierSpec.class, ManufacturerSpec.class, IntensitySpec.class, EventSpec.class, IoTableSpec.class)) {
            for (Schema.Comp c : Schema.components(type)) {
                assertThat(yaml).as(type.getSimpleName() + "." + c.key()).containsPattern("(?m)^ *(- )?" + c.key() + ":");
            }
        }
    }

    @Test
    void stringsAreQuotedSoYaml11WordsAndSpecialCharactersSurvive() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.MINIMAL, List.of(
                new ScenarioLoader.Override("metadata.title", "\"no\""),
                new ScenarioLoader.Override("metadata.description", "'Tab\there, quote \" backslash \\ 日本 and\nnewline'"),
                new ScenarioLoader.Override("commodities[rare_earths].import_sources[China].id", "\"NO\""),
                new ScenarioLoader.Override("events[china-ree-ban].source", "\"NO\""),
                new ScenarioLoader.Override("commodities[copper].price.initial", 0.1 + 0.2),
                new ScenarioLoader.Override("commodities[copper].price.jump_log_mean", -0.0)));
        assertThat(s.metadata().title()).isEqualTo("no");
        String yaml = ScenarioWriter.toYaml(s);
        assertThat(yaml).contains("title: \"no\"", "id: \"NO\"", "initial: 0.30000000000000004", "jump_log_mean: -0.0");
        assertThat(ScenarioLoader.parse(yaml, "r.yaml")).isEqualTo(s);
    }

    @Test
    void numbersAreShortestExactDecimals() {
        assertThat(ScenarioNumbers.format(0.1)).isEqualTo("0.1");
        assertThat(ScenarioNumbers.format(100.0)).isEqualTo("100");
        assertThat(ScenarioNumbers.format(1.6e7)).isEqualTo("16000000");
        assertThat(ScenarioNumbers.format(1e-7)).isEqualTo("0.0000001");
        assertThat(ScenarioNumbers.format(-2.5)).isEqualTo("-2.5");
        assertThat(ScenarioNumbers.format(0.0)).isEqualTo("0");
        assertThat(ScenarioNumbers.format(-0.0)).isEqualTo("-0.0");
        // Java 17's Double.toString gives 2.0E-3 style and, for some values, non-shortest digits (JDK-4511638).
        assertThat(ScenarioNumbers.format(2.0e-3)).isEqualTo("0.002");
        assertThat(ScenarioNumbers.format(1.0e23)).isEqualTo("100000000000000000000000");
        for (double d : new double[] {Double.MIN_VALUE, Double.MAX_VALUE, Math.PI, 1 / 3.0, 4.35, 2e-5, 1234567.891}) {
            assertThat(new java.math.BigDecimal(ScenarioNumbers.format(d)).doubleValue()).isEqualTo(d);
        }
    }

    @Test
    void timelinesRoundTripAsNumberOrPoints() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.MINIMAL);
        assertThat(s.government().capexGrant().points()).containsExactly(
                new TimelinePoint(YearMonth.of(2025, 1), 0.0), new TimelinePoint(YearMonth.of(2027, 4), 0.1));
        assertThat(s.government().explorationSubsidy()).isEqualTo(Timeline.constant(0.2));
    }

    @Test
    void controlAndNonCharactersAreEscaped() throws Exception {
        Scenario base = ScenarioLoader.load(ScenarioLoaderTest.MINIMAL);
        for (String title : List.of("", "\u0080\u0085\u009f", "\ufffe\uffff", "a\u0000b", "\ud83d\ude00 ok", "\u2028")) {
            Scenario s = Schema.with(base, "metadata", Schema.with(base.metadata(), "title", title));
            assertThat(ScenarioLoader.parse(ScenarioWriter.toYaml(s), "w.yaml")).isEqualTo(s);
        }
    }
}
