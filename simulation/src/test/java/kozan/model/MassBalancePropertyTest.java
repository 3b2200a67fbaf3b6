package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import kozan.model.demand.CommodityLedger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The market balance holds for any master seed (random price paths, disruptions and prospects), with buyers that recycle, thrift and substitute hard or not. */
class MassBalancePropertyTest {

    @Property(tries = 15, seed = "20261205")
    void balanceHoldsForAnySeed(@ForAll long masterSeed, @ForAll boolean adapting) {
        MiningEconomy e = new MiningEconomy(adapting ? MassBalanceTest.adapting() : MassBalanceTest.stressed(), masterSeed);
        e.start();
        for (int i = 0; i < 180; i++) {
            e.schedule.step(e);
            for (int c = 0; c < e.markets().size(); c++) {
                CommodityLedger l = e.ledger(c);
                assertThat(Math.abs(l.balanceResidual()) / Math.max(1.0, l.balanceScale())).isLessThanOrEqualTo(1e-9);
                assertThat(l.stockpileT()).isGreaterThanOrEqualTo(0);
                assertThat(l.inventoryT()).isGreaterThanOrEqualTo(0);
                assertThat(l.importsT()).isGreaterThanOrEqualTo(0);
            }
        }
    }
}
