package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import kozan.model.policy.FiscalLever;
import kozan.model.policy.Government;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader.Override;
import org.junit.jupiter.api.Test;

/**
 * The stockpile is not free: it starts at the target in force at the start month (a target raised later must
 * be bought, which is fiscal cost), and holding it costs its value x carrying rate / 12 every month.
 */
class StockpileCostTest {

    @Test
    void holdingTheStockpileCostsItsValueTimesTheCarryingRate() throws Exception {
        // no purchases, so the month's stockpile spending is the carrying cost alone
        Scenario s = ScenarioFiles.load("baseline.yaml", List.of(new Override("government.stockpile_buy_rate", 0.0)));
        int n = s.commodities().size();
        double[] prev = new double[n];
        int[] months = {0};
        Sim.run(s, 0, e -> {
            Government g = e.government();
            if (e.step() > 0 && e.step() < 24) {
                double expected = 0;
                boolean released = false;
                for (int c = 0; c < n; c++) {
                    if (g.isStockpiled(c)) {
                        expected += prev[c] * e.market(c).worldPrice() * 0.05 / 12.0;
                        released |= e.ledger(c).stockpileReleaseT() > 0;
                    }
                }
                if (!released) {
                    assertThat(expected).isPositive();
                    assertThat(g.fiscalYen(FiscalLever.STOCKPILE)).as("stockpile cost in month %d", e.step())
                            .isCloseTo(expected, within(1e-9 * expected));
                    months[0]++;
                }
            }
            for (int c = 0; c < n; c++) {
                prev[c] = g.stockpileT(c);
            }
        });
        assertThat(months[0]).isGreaterThan(12);
    }

    @Test
    void aTargetRaisedLaterIsBoughtAndBookedAsFiscalCost() throws Exception {
        List<Map<String, Object>> timeline = List.of(Map.of("from", "2025-01", "value", 42), Map.of("from", "2026-01", "value", 180));
        Scenario s = ScenarioFiles.load("baseline.yaml", List.of(new Override("government.stockpile_target_days", timeline)));
        int ree = 0;
        assertThat(s.commodities().get(ree).id()).isEqualTo("rare_earths");
        double[] first = new double[2];
        double[] beforeRaise = new double[1];
        double[] purchasesYen = new double[1];
        double[] after = new double[2];
        int raise = s.calendar().stepOf(java.time.YearMonth.of(2026, 1));
        int check = s.calendar().stepOf(java.time.YearMonth.of(2029, 12));
        Sim.run(s, 0, e -> {
            Government g = e.government();
            if (e.step() == 0) {
                first[0] = g.stockpileT(ree);
                first[1] = e.procurement().stockpileTargetT(ree);
            }
            if (e.step() == raise - 1) {
                beforeRaise[0] = g.fiscalCumulativeYen(FiscalLever.STOCKPILE);
            }
            if (e.step() >= raise && e.step() <= check) {
                for (int c = 0; c < e.markets().size(); c++) {
                    purchasesYen[0] += e.ledger(c).stockpilePurchaseT() * e.market(c).worldPrice();
                }
            }
            if (e.step() == check) {
                after[0] = g.stockpileT(ree);
                after[1] = g.fiscalCumulativeYen(FiscalLever.STOCKPILE) - beforeRaise[0];
            }
        });
        // at the start: the 42-day level (the target in force then), not 180 days
        assertThat(first[0]).as("rare-earth stockpile after the first month").isCloseTo(first[1], within(0.03 * first[1]));
        assertThat(after[0]).as("rare-earth stockpile at the end of 2029").isGreaterThan(3.5 * first[0]);
        assertThat(purchasesYen[0]).as("stockpile purchases 2026-29 at world prices").isPositive();
        assertThat(after[1]).as("stockpile fiscal cost 2026-29").isGreaterThan(0.95 * purchasesYen[0]);
    }
}
