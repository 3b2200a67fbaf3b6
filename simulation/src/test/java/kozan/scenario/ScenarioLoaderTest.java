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
                new ScenarioLoader.Override("run.replications", 7),
                new ScenarioLoader.Override("run.target_years", List.of(2031, 2033)),
                new ScenarioLoader.Override("mines[kosaka-prospect].stage_durations.feasibility",
                        java.util.Map.of("kind", "FIXED", "mean", 12.5)),
                new ScenarioLoader.Override("events[0].start", "2028-02")));
        assertThat(s.government().explorationSubsidy()).isEqualTo(Timeline.constant(0.5));
        assertThat(s.commodities().get(0).price().sigma()).isEqualTo(0.3);
        assertThat(s.commodities().get(1).importSources().get(1).hazardPerYear()).isEqualTo(0.04);
        assertThat(s.labor().wagePhi()).isEqualTo(0.6);
        assertThat(s.run().replications()).isEqualTo(7);
        assertThat(s.run().targetYears()).containsExactly(2031, 2033);
        assertThat(s.mines().get(2).stageDurations().feasibility()).isEqualTo(DistSpec.fixed(12.5));
        assertThat(s.events().get(0).start()).isEqualTo(YearMonth.of(2028, 2));

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
                    working_age_population: 100000
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

    private static String minimal() throws Exception {
        return java.nio.file.Files.readString(MINIMAL);
    }

    @Test
    void acceptsHarmlessYamlVariants() throws Exception {
        Scenario plain = ScenarioLoader.load(MINIMAL);
        String text = minimal();
        // A byte-order mark, underscores in numbers, a leading plus, a quoted month and an explicit tag all read the same.
        assertThat(ScenarioLoader.parse("\uFEFF" + text, "bom.yaml")).isEqualTo(plain);
        assertThat(ScenarioLoader.parse(text.replace("working_age_population: 4800000", "working_age_population: 4_800_000")
                .replace("lat: 39.0", "lat: +39.0").replace("start: 2025-01", "start: \"2025-01\"")
                .replace("horizon_years: 10", "horizon_years: !!int 10"), "v.yaml")).isEqualTo(plain);
        // !!str makes a YAML 1.1 boolean word plain text; numbers in a string field keep their text.
        Scenario s = ScenarioLoader.parse(text.replace("title: Minimal test scenario", "title: !!str yes")
                .replace("  name: valid-minimal\n", "  name: \"2025\"\n"), "s.yaml");
        assertThat(s.metadata().title()).isEqualTo("yes");
        assertThat(s.metadata().name()).isEqualTo("2025");
        // Aliases may stand for whole values.
        Scenario aliased = ScenarioLoader.parse(text.replace("title: Minimal test scenario", "title: &t Minimal test scenario")
                .replace("    name: Tohoku\n", "    name: *t\n"), "a.yaml");
        assertThat(aliased.regions().get(0).name()).isEqualTo("Minimal test scenario");
    }

    @Test
    void defaultTargetYearsAreCutToTheHorizonWhileExplicitOnesAreChecked() throws Exception {
        String text = minimal().replace("  target_years: [2030, 2034]\n", "");
        assertThat(ScenarioLoader.parse(text, "d.yaml").run().targetYears()).containsExactly(2030);
        assertThat(ScenarioLoader.parse(text.replace("horizon_years: 10", "horizon_years: 3"), "d.yaml").run().targetYears())
                .containsExactly(2027);
        assertThat(ScenarioLoader.parse(text.replace("horizon_years: 10", "horizon_years: 30"), "d.yaml").run().targetYears())
                .containsExactly(2030, 2035, 2040, 2050);
    }

    @Test
    void unreadableFilesAreProblemsToo() {
        assertThatThrownBy(() -> ScenarioLoader.load(Path.of("does/not/exist.yaml")))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("does/not/exist.yaml: no such file");
    }

    @Test
    void problemToStringFollowsTheContract() {
        assertThat(new Problem("a.yaml", 3, 7, "mines[m1].lat", "out of range").toString())
                .isEqualTo("a.yaml:3:7: mines[m1].lat: out of range");
        assertThat(new Problem("a.yaml", 0, 0, "", "cannot read").toString()).isEqualTo("a.yaml: cannot read");
    }

    @Test
    void oversizedTextIsRefusedWithAClearProblem() {
        // the limit follows the heap (-Xmx2g in the tests: 2 GiB / 64 = 33,554,432 characters); set lower here so
        // that the test needs no 32 M-character string
        String huge = "metadata: {name: x, title: \"" + "a".repeat(1000) + "\"}\n";
        System.setProperty(YamlTree.MAX_CHARS_PROPERTY, "1000");
        try {
            assertThatThrownBy(() -> ScenarioLoader.parse(huge, "big.yaml"))
                    .isInstanceOf(ScenarioException.class)
                    .hasMessage("big.yaml: file larger than the limit of 1,000 characters (set by -Dkozan.scenario.maxChars);"
                            + " give Java more memory (e.g. KOZAN_JAVA_OPTS=-Xmx16g) or set the limit with"
                            + " -Dkozan.scenario.maxChars=N");
        } finally {
            System.clearProperty(YamlTree.MAX_CHARS_PROPERTY);
        }
        // without the property: one 64th of the heap, and never below the old fixed limit
        assertThat(YamlTree.maxChars()).isEqualTo((int) Math.max(YamlTree.MIN_MAX_CHARS,
                Math.min(Integer.MAX_VALUE - 8, Runtime.getRuntime().maxMemory() / 64)));
        assertThat(YamlTree.tooLarge()).startsWith("file larger than the limit of ")
                .contains("characters (what a Java heap of ").contains(" MB can load)");
    }

    @Test
    void semanticProblemsOfOverriddenValuesNameTheOverride() {
        assertThatThrownBy(() -> ScenarioLoader.load(MINIMAL, List.of(
                new ScenarioLoader.Override("events[china-ree-ban].source", "Myanmar"),
                new ScenarioLoader.Override("commodities[copper].import_sources[Peru].share", 0.2))))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(Problem::toString).containsExactly(
                        MINIMAL + ": events[china-ree-ban].source: undefined import source 'Myanmar' of commodity "
                                + "'rare_earths'; allowed: China, Vietnam, Australia (set by override events[china-ree-ban].source)",
                        MINIMAL + ":59:7: commodities[copper].import_sources: import shares of 'copper' sum to 0.9; "
                                + "allowed: a sum of 1 (within 1e-6)"));
    }

    @Test
    void anEventsAnnouncementIsOptionalAtMostItsStartAndOnlyOnCutsBuyersCanSeeAhead() throws Exception {
        // a file without 'announced' loads as before: the event is not announced
        assertThat(ScenarioLoader.load(MINIMAL).events().get(0).announced()).isNull();
        Scenario s = ScenarioLoader.load(MINIMAL, List.of(new ScenarioLoader.Override("events[china-ree-ban].announced", "2027-01")));
        assertThat(s.events().get(0).announced()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(ScenarioLoader.load(MINIMAL, List.of(new ScenarioLoader.Override("events[china-ree-ban].announced",
                "2027-07"))).events().get(0).announced()).isEqualTo(YearMonth.of(2027, 7));
        assertThatThrownBy(() -> ScenarioLoader.load(MINIMAL, List.of(
                new ScenarioLoader.Override("events[china-ree-ban].announced", "2027-08"))))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(Problem::toString).containsExactly(
                        MINIMAL + ": events[china-ree-ban].announced: announced 2027-08 is after the event's start 2027-07; "
                                + "allowed: the start month or earlier (set by override events[china-ree-ban].announced)"));
        assertThatThrownBy(() -> ScenarioLoader.load(MINIMAL, List.of(
                new ScenarioLoader.Override("events[china-ree-ban].kind", "PRICE_SHOCK"),
                new ScenarioLoader.Override("events[china-ree-ban].source", null),
                new ScenarioLoader.Override("events[china-ree-ban].announced", "2027-01"))))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(Problem::toString).anySatisfy(p ->
                        assertThat(p).contains("events[china-ree-ban].announced: 'announced' is not used by a PRICE_SHOCK event")));
    }
    @Test
    void aQuotaBatchMayBeAnnouncedButNeedsAWorldMarket() throws Exception {
        // MINIMAL's rare earths are priced exogenously: the batch is refused for that, not for its announcement
        assertThatThrownBy(() -> ScenarioLoader.load(MINIMAL, List.of(
                new ScenarioLoader.Override("events[china-ree-ban].kind", "EXPORT_QUOTA_BATCH"),
                new ScenarioLoader.Override("events[china-ree-ban].source", null),
                new ScenarioLoader.Override("events[china-ree-ban].value", 12000),
                new ScenarioLoader.Override("events[china-ree-ban].announced", "2027-01"))))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(Problem::toString)
                        .anySatisfy(p -> assertThat(p).contains("events[china-ree-ban].commodity: an EXPORT_QUOTA_BATCH "
                                + "event needs a commodity with 'price.model: market'"))
                        .noneSatisfy(p -> assertThat(p).contains("announced")));
    }
}
