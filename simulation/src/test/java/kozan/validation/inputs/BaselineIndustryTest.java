package kozan.validation.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kozan.model.MiningEconomy;
import kozan.model.mining.Mine;
import kozan.model.random.Seeds;
import kozan.observe.Recorder;
import kozan.scenario.FixedEmployerSpec;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import kozan.validation.MonthlySeries;
import kozan.validation.ValidationRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole mining and quarrying industry in the 2025 baseline (issue #13 item 1; docs/design/jobs-issue-13.md
 * section 3; docs/validation.md "Jobs (issue #13): direct employment"): direct JSIC-C employment against the
 * Economic Census 2014 and the Labour Force Survey band, by region against the census, and the new agents' sourced
 * output. One baseline replication, 2025-2040 (16 years, a few seconds).
 */
class BaselineIndustryTest {

    /** The new activities' commodities and their sourced 2025 output, t (natural gas: thousand m3) per year. */
    static final Map<String, Double> SOURCED_OUTPUT = new LinkedHashMap<>();

    static {
        SOURCED_OUTPUT.put("aggregates", 200e6);          // crushed stone ~125 Mt (S15, X5) + gravel ~75 Mt (X6, assumption L)
        SOURCED_OUTPUT.put("silica_stone", 9_184_591.0);  // 2019 (X3)
        SOURCED_OUTPUT.put("silica_sand", 3e6);           // 2013 (S15)
        SOURCED_OUTPUT.put("dolomite", 3.4e6);            // 3.44 / 3.49 Mt 2010 / 2013 (S13, S12)
        SOURCED_OUTPUT.put("industrial_minerals", 2e6);   // assumption L (design 3.3: ~JPY 10 bn)
        SOURCED_OUTPUT.put("natural_gas", 2.15e6);        // 2.15 bn m3, 2022 (derived from K13)
    }

    /**
     * Economic Census 2014 JSIC C persons by model region (K2, japan-industry-prefecture-2014.csv summed by the
     * regions' prefectures; the 599 persons of the five prefectures missing from K2 allocated by 2020 population:
     * Ishikawa + Fukui 217 to chubu, Nara 151 to kinki, Tottori 63 to chugoku, Okinawa 168), design 3.4.
     */
    static final Map<String, Double> CENSUS_2014 = Map.of("hokkaido", 2151.0, "tohoku", 2804.0, "kanto", 4676.0,
            "chubu", 4076.0, "kinki", 1508.0, "chugoku", 1096.0, "shikoku", 1157.0, "kyushu", 2280.0, "okinawa", 168.0);

    static MonthlySeries run;
    static MiningEconomy economyAtEnd;
    static Scenario scenario;

    @BeforeAll
    static void runBaselineTo2040() {
        scenario = ValidationRuns.load("baseline.yaml", List.of(new ScenarioLoader.Override("calendar.horizon_years", 16),
                new ScenarioLoader.Override("run.target_years", List.of(2040))));
        run = new MonthlySeries(scenario);
        economyAtEnd = new MiningEconomy(scenario, Seeds.master(scenario.run().seed(), 0));
        Recorder.attach(economyAtEnd, run);
        economyAtEnd.start();
        for (int i = 0; i < scenario.steps(); i++) {
            economyAtEnd.schedule.step(economyAtEnd);
        }
        economyAtEnd.finish();
    }

    @Test
    void censusSumsBehindTheRegionalTargetAddUp() {
        // 19,916 persons nationally (K2): the regional table must account for all of them
        assertThat(CENSUS_2014.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(19_916.0);
    }

    @Test
    void nationalJsicCEmploymentIn2025LiesInTheValidationBand() {
        // band [16,000, 30,000]: EC 2014 19,916 x 0.8 (output fell since 2014) to the top of the LFS "2-3 man" (30,000)
        double jsicC = run.annual("jobs_direct", "", "", "jsic_c", 2025);
        assertThat(jsicC).isBetween(16_000.0, 30_000.0);
        // and above the Monthly Labour Survey floor of 12,190 regular employees (establishments >= 5, Jan 2025, K4)
        assertThat(jsicC).isGreaterThan(12_190.0);
    }

    @Test
    void eachRegionsJsicCEmploymentIsWithin30PercentOfTheCensusTimes09() {
        for (Map.Entry<String, Double> e : CENSUS_2014.entrySet()) {
            double model = run.annual("jobs_direct", "", e.getKey(), "jsic_c", 2025);
            double target = 0.9 * e.getValue(); // 2014 -> 2025: output about 10% lower (design 3.1)
            assertThat(model).as(e.getKey() + ": model %.0f vs census x 0.9 = %.0f", model, target)
                    .isBetween(0.7 * target, 1.3 * target);
        }
    }

    @Test
    void theHeadOfficesAreAFixedKantoEmployerOf2214() {
        FixedEmployerSpec hq = scenario.fixedEmployers().stream().filter(f -> f.id().equals("mining_hq")).findFirst().orElseThrow();
        assertThat(hq.workers()).isEqualTo(455 + 1759); // K2 2014: JSIC 050 + JSIC 053 in Tokyo
        assertThat(hq.region()).isEqualTo("kanto");
        // filled through the Kanto labour market: within 5% of the head count in 2025 and in 2040, and never more
        for (int year : new int[] {2025, 2040}) {
            assertThat(run.annual("jobs_direct", "", "kanto", "FIXED", year)).isBetween(0.95 * 2214, 2214.0);
        }
    }

    @Test
    void theNewActivitiesProduceTheirSourcedOutputIn2025() {
        // within 5%: direct-use mines work at last month's call x 1.03, and the buyers' need is set at 0.97 x capacity
        for (Map.Entry<String, Double> e : SOURCED_OUTPUT.entrySet()) {
            double output = run.annual("domestic_mine_output_t", e.getKey(), "", "", 2025);
            assertThat(output).as(e.getKey()).isCloseTo(e.getValue(), within(0.05 * e.getValue()));
        }
    }

    @Test
    void theNewActivitiesAreSelfSufficientSoTheyLeaveImportDependenceAlone() {
        for (String c : SOURCED_OUTPUT.keySet()) {
            assertThat(run.annual("import_dependence", c, "", "", 2030)).as(c).isLessThan(0.01);
        }
    }

    @Test
    void everyNewAgentIsStillProducingAtTheEndOf2040() {
        Set<String> commodities = SOURCED_OUTPUT.keySet();
        int n = 0;
        for (Mine m : economyAtEnd.mines()) {
            if (commodities.contains(m.spec().commodity())) {
                assertThat(m.stage()).as(m.id()).isEqualTo(Stage.PRODUCTION);
                assertThat(m.productT()).as(m.id() + " output in Dec 2040").isPositive();
                n++;
            }
        }
        // 9 aggregates + silica stone + silica sand + dolomite + 6 other non-metallic + 4 oil and gas fields
        assertThat(n).isEqualTo(22);
        for (String c : commodities) {
            assertThat(run.annual("domestic_mine_output_t", c, "", "", 2040)).as(c)
                    .isGreaterThan(0.8 * SOURCED_OUTPUT.get(c));
        }
    }
}
