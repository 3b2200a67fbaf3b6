package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kozan.model.demand.CommodityLedger;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import kozan.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mass balance (docs/model.md 1): the market balance and the processing balances hold in every month for every commodity. */
class MassBalanceTest {

    static Scenario stressed() {
        return TestScenarios.withEvents(List.of(
                new EventSpec("cn-ban", EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2027, 1), 18, 1.0, 0.0),
                new EventSpec("au-cut", EventKind.EXPORT_RESTRICTION, "rare_earths", "australia", null, YearMonth.of(2027, 6), 6, 1.0, 0.0),
                new EventSpec("cu-shock", EventKind.PRICE_SHOCK, "copper", null, null, YearMonth.of(2030, 1), 1, 1.0, 0.8),
                new EventSpec("quake", EventKind.DISASTER, null, null, "kyushu", YearMonth.of(2031, 3), 6, 0.7, 0.0)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void balancesHoldEveryMonth(int replication) {
        int[] checked = {0};
        for (Scenario s : List.of(TestScenarios.base(), stressed())) {
            Sim.run(s, replication, e -> {
                for (int c = 0; c < e.markets().size(); c++) {
                    CommodityLedger l = e.ledger(c);
                    String where = e.market(c).commodityId() + " step " + e.step();
                    double scale = Math.max(1.0, l.balanceScale());
                    assertThat(Math.abs(l.balanceResidual()) / scale).as("market balance " + where).isLessThanOrEqualTo(1e-9);
                    assertThat(l.refinedOutputT()).as("refined output " + where)
                            .isCloseTo(l.domesticSoldT() + l.refinedExportsT(), withinRel(l.refinedOutputT()));
                    if (!e.market(c).spec().directUse()) {
                        assertThat(l.mineOutputT()).as("concentrate " + where)
                                .isCloseTo(l.domesticConcentrateProcessedT() + l.concentrateExportsT(), withinRel(l.mineOutputT()));
                    }
                    double bySource = 0;
                    for (int k = 0; k < l.sources(); k++) {
                        bySource += l.importsBySourceT(k);
                    }
                    assertThat(bySource).as("imports by source " + where).isCloseTo(l.importsT(), withinRel(l.importsT()));
                    double foreignProcessed = l.domesticSoldT() - l.domesticOriginSoldT();
                    assertThat(l.importsT()).as("imports definition " + where)
                            .isCloseTo(l.refinedImportsT() + foreignProcessed, withinRel(l.importsT()));
                    assertThat(l.consumptionT()).as("consumption within need " + where).isLessThanOrEqualTo(l.needT() * (1 + 1e-12));
                    // Leontief losses may cut use below need without a shortfall of this commodity, never above
                    assertThat(l.consumptionT() + l.shortfallT()).as("use plus shortfall within need " + where)
                            .isLessThanOrEqualTo(l.needT() + 1e-9 * Math.max(1, l.needT()));
                    checked[0]++;
                }
            });
        }
        assertThat(checked[0]).isEqualTo(2 * 420 * 3);
    }

    private static org.assertj.core.data.Offset<Double> withinRel(double scale) {
        return org.assertj.core.data.Offset.offset(1e-9 * Math.max(1.0, Math.abs(scale)));
    }
}
