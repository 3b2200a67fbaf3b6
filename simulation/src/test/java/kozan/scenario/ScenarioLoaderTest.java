package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid-minimal.yaml");

    @Test
    void loadsTheMinimalFixtureWithDefaultsFilledIn() throws Exception {
        Scenario s = ScenarioLoader.load(MINIMAL);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.metadata().name()).isEqualTo("valid-minimal");
        assertThat(s.calendar().start()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(s.steps()).isEqualTo(120);
        assertThat(s.mode()).isEqualTo(Mode.NORMAL);
        assertThat(s.run().targetYears()).containsExactly(2030, 2034);
        assertThat(s.regions()).extracting(RegionSpec::id).containsExactly("tohoku", "kyushu");
        assertThat(s.regions().get(0).participationRate()).isEqualTo(0.80); // default
        CommoditySpec ree = s.commodities().get(0);
        assertThat(ree.importSources()).extracting(ImportSourceSpec::share).containsExactly(0.6, 0.25, 0.15);
        assertThat(ree.price().kappa()).isEqualTo(0.5); // default
        assertThat(s.mines().get(0).oreT()).isEqualTo(1.6e7);
        assertThat(s.mines().get(0).stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(s.mines().get(2).stageDurations().exploration())
                .isEqualTo(new DistSpec(DistSpec.DistKind.TRIANGULAR, null, null, 24.0, 36.0, 60.0));
        assertThat(s.mineDefaults().stageDurations().permitting())
                .isEqualTo(new DistSpec(DistSpec.DistKind.LOGNORMAL, 42.0, 15.0, null, null, null));
        assertThat(s.government().explorationSubsidy().valueAt(YearMonth.of(2030, 1))).isEqualTo(0.2);
        assertThat(s.government().capexGrant().valueAt(YearMonth.of(2027, 3))).isEqualTo(0.0);
        assertThat(s.government().capexGrant().valueAt(YearMonth.of(2027, 4))).isEqualTo(0.1);
        assertThat(s.government().agreements()).isEmpty();
        assertThat(s.events().get(0).source()).isEqualTo("China");
        assertThat(s.ioTable().compensationPerEmployeeYen()).isEqualTo(4_800_000.0);
        assertThat(s.ioTable().miningSector()).isEqualTo("06");
    }

    @Test
    void overridesAreAppliedBeforeBindingAndChecked() throws Exception {
        Scenario s = ScenarioLoader.load(MINIMAL, List.of(
                new ScenarioLoader.Override("government.exploration_subsidy", 0.5),
                new ScenarioLoader.Override("commodities[rare_earths].price.sigma", "0.3"),
                new ScenarioLoader.Override("commodities[1].import_sources[Peru].hazard_per_year", 0.04),
                new ScenarioLoader.Override("labor.wage_phi", 0.6),
                new ScenarioLoader.Override("run.replications", 7)));
        assertThat(s.government().explorationSubsidy()).isEqualTo(Timeline.constant(0.5));
        assertThat(s.commodities().get(0).price().sigma()).isEqualTo(0.3);
        assertThat(s.commodities().get(1).importSources().get(1).hazardPerYear()).isEqualTo(0.04);
        assertThat(s.labor().wagePhi()).isEqualTo(0.6);
        assertThat(s.run().replications()).isEqualTo(7);

        assertThatThrownBy(() -> ScenarioLoader.load(MINIMAL, List.of(
                new ScenarioLoader.Override("government.exploration_subsidy", 1.5),
                new ScenarioLoader.Override("commodities[gold].price.sigma", 0.3))))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(Problem::toString).containsExactly(
                        MINIMAL + ": commodities[gold].price.sigma: override cannot be applied: no entry [gold] in "
                                + "'commodities'; entries: [rare_earths], [copper]",
                        MINIMAL + ": government.exploration_subsidy: out of range; got 1.5; allowed: 0 <= x <= 1"
                                + " (set by override government.exploration_subsidy)"));
    }

    @Test
    void reportsPositionAndPath() {
        String yaml = """
                metadata: {name: x}
                calendar: {start: 2025-01, horizon_years: 5}
                regions:
                  - id: r
                    working_age_population: 100
                commodities:
                  - id: c
                    price: {initial: 1, long_run: 1}
                    import_sources:
                      - id: A
                        share: 1.5
                        volume_t_per_year: 1
                """;
        assertThatThrownBy(() -> ScenarioLoader.parse(yaml, "t.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("t.yaml:11:16: commodities[c].import_sources[A].share: out of range; got 1.5; allowed: 0 <= x <= 1");
    }
}
