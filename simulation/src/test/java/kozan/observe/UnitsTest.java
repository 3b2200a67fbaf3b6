package kozan.observe;

import static org.assertj.core.api.Assertions.assertThat;

import kozan.scenario.ScenarioLoader;
import kozan.validation.ValidationRuns;
import org.junit.jupiter.api.Test;

/** The one place that gives each value its unit: the metric's, made specific to the commodity's from the scenario. */
class UnitsTest {

    @Test
    void commodityQuantitiesTakeTheScenariosUnitAndMoneyIsConstant2025Yen() throws Exception {
        Units u = Units.of(ScenarioLoader.load(ValidationRuns.repositoryRoot().resolve("scenarios/baseline.yaml")),
                Metrics.ALL);
        assertThat(u.of(Metrics.IMPORTS_T, "rare_earths")).isEqualTo("t REO");
        assertThat(u.of(Metrics.DOMESTIC_MINE_OUTPUT_T, "lithium")).isEqualTo("t LCE");
        assertThat(u.of(Metrics.STOCKPILE_T, "uranium")).isEqualTo("t U3O8");
        assertThat(u.of(Metrics.CONSUMPTION_T, "copper")).isEqualTo("t Cu");
        assertThat(u.of(Metrics.IMPORTS_T, "limestone")).isEqualTo("t");
        assertThat(u.of(Metrics.IMPORTS_T, "natural_gas")).isEqualTo("thousand m3");
        assertThat(u.of(Metrics.WORLD_PRICE, "rare_earths")).isEqualTo("JPY (2025)/t REO");
        assertThat(u.of(Metrics.IMPORTS_YEN, "rare_earths")).isEqualTo("JPY (2025)");
        assertThat(u.of(Metrics.FISCAL_COST_YEN, "")).isEqualTo("JPY (2025)");
        assertThat(u.of(Metrics.IMPORT_DEPENDENCE, "cobalt")).isEqualTo("share (0-1)");
        assertThat(u.of(Metrics.JOBS_DIRECT, "")).isEqualTo("persons");
        // not a commodity's tonnage: stays as the metric says
        assertThat(u.of(Metrics.CO2E_T, "")).isEqualTo("t CO2e");
        assertThat(u.of(Metrics.SUPPLY_RISK, "gold")).isEqualTo("1/yr");
        // a commodity the scenario does not have, and an unknown metric
        assertThat(u.of(Metrics.IMPORTS_T, "unobtainium")).isEqualTo("t");
        assertThat(u.of("no_such_metric", "")).isEmpty();
    }

    @Test
    void specificReplacesOnlyAWholeTonne() {
        assertThat(Units.specific("t", "t REO")).isEqualTo("t REO");
        assertThat(Units.specific("JPY (2025)/t", "t LCE")).isEqualTo("JPY (2025)/t LCE");
        assertThat(Units.specific("t CO2e", "t REO")).isEqualTo("t CO2e");
        assertThat(Units.specific("persons", "t REO")).isEqualTo("persons");
    }
}
