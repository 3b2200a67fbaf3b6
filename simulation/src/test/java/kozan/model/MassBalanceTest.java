package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kozan.model.demand.CommodityLedger;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EquityStakeSpec;
import kozan.scenario.EventSpec;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.Timeline;
import kozan.scenario.TimelinePoint;
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

    /**
     * The stressed scenario with buyers that adapt hard: every commodity recycles 20% of use at the reference price
     * (doubled by the recycling lever from 2028), thrifts up to 30%/yr, and a stake abroad ships rare earths
     * through Australia; the urban mine enters the balance as supply, substitution and thrift stay outside it.
     */
    static Scenario adapting() {
        Scenario s = stressed();
        List<CommoditySpec> cs = new java.util.ArrayList<>();
        for (CommoditySpec c : s.commodities()) {
            cs.add(new CommoditySpec(c.id(), c.name(), c.unit(), c.critical(), c.directUse(), c.price(), 0.2,
                    c.domesticPreference(), 0.3, 0.5, c.thriftRecoveryPerYear(), c.priceResponse(), c.importSources(),
                    0.0, c.adaptation()));
        }
        GovernmentSpec g = s.government();
        GovernmentSpec adapted = new GovernmentSpec(g.explorationSubsidy(), g.capexGrant(), g.stateEquity(), g.lossCover(),
                g.permittingMultiplier(), g.environmentalStringency(), g.stringencyCostEffect(), g.stringencyTimeEffect(),
                g.minWaterRecycling(), g.reclamationBond(), g.carbonPrice(), g.renewablePowerMin(), g.rdBudget(),
                g.rdReadinessPerBnYen(), g.rdAutomationPerBnYen(), g.offtakeMandate(), g.stockpileTargetDays(),
                g.stockpileCommodities(), g.stockpileBuyRate(), g.stockpileReleaseTrigger(), g.stockpileBuyPriceCeiling(),
                g.agreements(), g.targetedSupport(), g.stockpileCarryingCostPerYear(),
                new Timeline(List.of(new TimelinePoint(YearMonth.of(1900, 1), 1), new TimelinePoint(YearMonth.of(2028, 1), 2))),
                Timeline.constant(0.5),
                List.of(new EquityStakeSpec("stake", "rare_earths", "australia", "jogmec", 20_000, 0.3, 0.3, 0, 0.5,
                        0, 0, 1e10, YearMonth.of(2026, 1), null)), g.technology(), g.trainingCostYenPerTrainee());
        return new Scenario(s.version(), s.metadata(), s.calendar(), s.mode(), s.run(), s.regions(), s.labor(), cs,
                s.mineDefaults(), s.mines(), s.prospectGenerators(), s.suppliers(), s.manufacturers(), s.fixedEmployers(),
                adapted, s.events(), s.ioTable(), s.resolved());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void balancesHoldEveryMonth(int replication) {
        int[] checked = {0};
        for (Scenario s : List.of(TestScenarios.base(), stressed(), adapting())) {
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
                    // consumption includes the recycled material; the need is what the market was asked for
                    double use = l.needT() + l.recycledT();
                    assertThat(l.consumptionT()).as("consumption within use " + where).isLessThanOrEqualTo(use * (1 + 1e-12));
                    // Leontief losses may cut use below need without a shortfall of this commodity, never above
                    assertThat(l.consumptionT() + l.shortfallT()).as("use plus shortfall within need " + where)
                            .isLessThanOrEqualTo(use + 1e-9 * Math.max(1, use));
                    // the cascade's covers never exceed the material gap
                    assertThat(l.substitutedT() + l.thriftedT()).as("emergency covers within the gap " + where)
                            .isLessThanOrEqualTo(l.shortfallT() + 1e-9 * Math.max(1, use));
                    checked[0]++;
                }
            });
        }
        assertThat(checked[0]).isEqualTo(3 * 420 * 3);
    }

    private static org.assertj.core.data.Offset<Double> withinRel(double scale) {
        return org.assertj.core.data.Offset.offset(1e-9 * Math.max(1.0, Math.abs(scale)));
    }
}
