package kozan.model;

import kozan.model.common.Guard;
import kozan.model.common.ModelException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import kozan.scenario.PriceSpec;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The numeric guard stops the run and names agent, step and variable. */
class GuardTest {

    @Test
    void overflowingPriceStopsTheRunWithAClearMessage() {
        Scenario base = TestScenarios.base();
        CommoditySpec ree = base.commodities().get(0);
        PriceSpec huge = new PriceSpec(1e307, 1e307, 0, 0.5, 0.0, 0, 0, 0.2, 0.05);
        CommoditySpec bad = new CommoditySpec(ree.id(), ree.name(), ree.unit(), ree.critical(), ree.directUse(), huge,
                ree.recyclingShare(), ree.domesticPreference(), ree.thriftRatePerYear(), ree.thriftFloor(),
                ree.thriftRecoveryPerYear(), ree.priceResponse(), ree.importSources(), ree.thriftThreshold());
        Scenario s = new Scenario(1, base.metadata(), base.calendar(), base.mode(), base.run(), base.regions(), base.labor(),
                List.of(bad, base.commodities().get(1), base.commodities().get(2)), base.mineDefaults(), base.mines(),
                base.prospectGenerators(), base.suppliers(), base.manufacturers(),
                // no stockpile: its carrying cost (stock x price) would overflow in the government first
                TestScenarios.government(List.of(), List.of(), 0, 0),
                List.of(new EventSpec("boom", EventKind.PRICE_SHOCK, "rare_earths", null, null, YearMonth.of(2025, 4), 1, 1, 5.0)),
                base.ioTable());
        assertThatThrownBy(() -> Sim.run(s, 0))
                .isInstanceOfSatisfying(ModelException.class, ex -> {
                    assertThat(ex.agent()).isEqualTo("market:rare_earths");
                    assertThat(ex.step()).isEqualTo(3);
                    assertThat(ex.variable()).isEqualTo("world_price_yen_per_t");
                })
                .hasMessageContaining("agent market:rare_earths, step 3, variable world_price_yen_per_t");
    }

    @Test
    void finiteValuesPass() {
        Guard.finite(1.5, "a", 0, "v");
        assertThatThrownBy(() -> Guard.finite(Double.NaN, "mine:x", 7, "product_t"))
                .hasMessageStartingWith("agent mine:x, step 7, variable product_t");
    }
}
