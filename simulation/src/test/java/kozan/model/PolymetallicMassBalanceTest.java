package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kozan.model.demand.CommodityLedger;
import kozan.model.mining.Mine;
import kozan.scenario.CreditSpec;
import kozan.scenario.MineSpec;
import kozan.scenario.Mode;
import kozan.scenario.ProductSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * Mass balance per commodity with polymetallic mines (issue #15, design 2.2): two polymetallic mines (copper with
 * rare earths, rare earths with copper and a credit) and the test scenario's single-product mines, 120 months.
 * Every month, for each commodity, the ledger's mine inflow equals the sum over mines and products of
 * q x grade x recovery computed from the specs, and the market balance closes.
 */
class PolymetallicMassBalanceTest {

    private static MineSpec poly(String id, String region, List<ProductSpec> products, List<CreditSpec> credits) {
        return new MineSpec(id, null, region, null, 38.0, 140.0, Stage.PRODUCTION, 120, 5e7, null, 0.9, 2e6, 1e10, 0.0,
                1_000, 0.01, 1e8, 0.1, 0.0, 0.5, 0.5, 0.01, 50, 0.0, false, 1.0, null, null, 1.0, products, credits, 0.0,
                null);
    }

    static Scenario scenario() {
        List<MineSpec> mines = new ArrayList<>(TestScenarios.mines());
        mines.add(poly("kuroko-like", "tohoku", List.of(new ProductSpec("copper", 0.02, 0.85),
                new ProductSpec("rare_earths", 0.001, 0.7)), List.of()));
        mines.add(poly("crust-like", "kanto", List.of(new ProductSpec("rare_earths", 0.002, 0.8),
                new ProductSpec("copper", 0.004, 0.6)), List.of(new CreditSpec("silver", 5_000))));
        return TestScenarios.build("test-poly", 10, List.of(), TestScenarios.government(List.of(), List.of(), 60, 0),
                Mode.NORMAL, mines, TestScenarios.generators());
    }

    @Test
    void everyProductEntersItsOwnLedgerAndEveryLedgerCloses() {
        Scenario s = scenario();
        int[] polyMonths = {0};
        Sim.run(s, 0, e -> {
            double[] expected = new double[e.markets().size()];
            for (Mine m : e.mines()) {
                List<ProductSpec> products = m.spec().outputs();
                for (ProductSpec p : products) {
                    expected[e.commodityIndex(p.commodity())] += m.oreMinedT() * p.grade() * p.recovery();
                }
                if (products.size() > 1 && m.oreMinedT() > 0) {
                    polyMonths[0]++;
                }
            }
            for (int c = 0; c < expected.length; c++) {
                CommodityLedger l = e.ledger(c);
                String where = e.market(c).commodityId() + " step " + e.step();
                assertThat(l.mineOutputT()).as("mine inflow " + where)
                        .isCloseTo(expected[c], org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, expected[c])));
                assertThat(Math.abs(l.balanceResidual()) / Math.max(1.0, l.balanceScale())).as("market balance " + where)
                        .isLessThanOrEqualTo(1e-9);
            }
        });
        // both polymetallic mines produced through the 120 months
        assertThat(polyMonths[0]).isEqualTo(2 * 120);
    }
}
