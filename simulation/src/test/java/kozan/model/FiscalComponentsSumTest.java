package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import kozan.model.mining.Mine;
import kozan.model.policy.FiscalLever;
import kozan.model.policy.Government;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * fiscal_cost_yen by component (issue #15, design 5), in the critical-minerals push: every month the total is the sum
 * of the components, and the new components are what they say: carbon revenue = -carbon price x the mines' CO2e,
 * equity dividends never positive, equity losses never negative and never above the equity paid in.
 */
class FiscalComponentsSumTest {

    @Test
    void totalIsTheSumOfComponentsAndTheNewComponentsAreWhatTheySay() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/critical-minerals-push.yaml"));
        double[] sums = new double[3];
        int[] months = {0};
        Sim.run(s, 0, e -> {
            Government g = e.government();
            double sum = 0;
            for (FiscalLever l : FiscalLever.values()) {
                sum += g.fiscalYen(l);
            }
            assertThat(g.fiscalCostTotal()).as("step " + e.step()).isCloseTo(sum, within(1e-6));
            double co2 = 0;
            for (Mine m : e.mines()) {
                co2 += m.environment().co2eT();
            }
            assertThat(g.fiscalYen(FiscalLever.CARBON_REVENUE)).as("carbon revenue, step " + e.step())
                    .isCloseTo(-g.carbonPrice() * co2, within(1e-6 * Math.max(1, g.carbonPrice() * co2)));
            assertThat(g.fiscalYen(FiscalLever.EQUITY_DIVIDEND)).isLessThanOrEqualTo(0.0);
            assertThat(g.fiscalYen(FiscalLever.EQUITY_LOSS)).isGreaterThanOrEqualTo(0.0);
            assertThat(g.fiscalCumulativeYen(FiscalLever.EQUITY_LOSS))
                    .isLessThanOrEqualTo(g.fiscalCumulativeYen(FiscalLever.STATE_EQUITY) + 1e-6);
            sums[0] += g.fiscalYen(FiscalLever.CARBON_REVENUE);
            sums[1] += g.fiscalYen(FiscalLever.STATE_EQUITY);
            months[0]++;
        });
        assertThat(months[0]).isEqualTo(s.steps());
        // the baseline's JPY 289/t CO2 on the limestone quarries alone is billions a year: the component is live
        assertThat(sums[0]).isLessThan(-1e9);
    }

    @Test
    void trainingUnderTargetedSupportIsBookedAtTheCostPerTrainee() throws Exception {
        // regional-revival: three supported mines train 50 miners a year each from 2026-04, JPY 360,000 per trainee:
        // 3 x 50 / 12 x 360,000 = JPY 4,500,000 a month; nothing before
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/regional-revival.yaml"));
        Sim.run(s, 0, e -> {
            double expected = e.month().isBefore(java.time.YearMonth.of(2026, 4)) ? 0.0 : 4_500_000.0;
            assertThat(e.government().fiscalYen(FiscalLever.TRAINING)).as("month " + e.month()).isCloseTo(expected, within(1e-6));
        });
    }
}
