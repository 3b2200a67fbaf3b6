package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.Manufacturer;
import kozan.model.random.Seeds;
import kozan.scenario.CalendarSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.IoTableSpec;
import kozan.scenario.Metadata;
import kozan.scenario.Mode;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Timeline;
import org.junit.jupiter.api.Test;

/**
 * The offtake mandate, in paired runs of the small test scenario with and without it (same seed): buyers of a
 * critical commodity address max(domestic preference, mandate) of their demand to domestic refined supply first
 * (docs/model.md 7.4). Copper is given a domestic preference of 0.3 and made critical (or not). In the first month the two runs are identical up to the clearing, so the mandate of 0.4 raises
 * copper's domestic sales by exactly (0.4 - 0.3) x demand, while the domestic offer covers 0.4 x demand and imports
 * the rest.
 */
class OfftakeMandateTest {

    private static final int COPPER = 1;
    private static final double PREFERENCE = 0.3;
    private static final double MANDATE = 0.4;

    private static Scenario scenario(double mandate, boolean critical) {
        CommoditySpec cu = TestScenarios.copper();
        CommoditySpec criticalCopper = new CommoditySpec(cu.id(), cu.name(), cu.unit(), critical, cu.directUse(), cu.price(),
                cu.recyclingShare(), PREFERENCE, cu.thriftRatePerYear(), cu.thriftFloor(), cu.thriftRecoveryPerYear(),
                cu.priceResponse(), cu.importSources(), cu.thriftThreshold());
        GovernmentSpec b = TestScenarios.government(List.of(), List.of(), 0, 0);
        GovernmentSpec gov = new GovernmentSpec(b.explorationSubsidy(), b.capexGrant(), b.stateEquity(), b.lossCover(),
                b.permittingMultiplier(), b.environmentalStringency(), b.stringencyCostEffect(), b.stringencyTimeEffect(),
                b.minWaterRecycling(), b.reclamationBond(), b.carbonPrice(), b.renewablePowerMin(), b.rdBudget(),
                b.rdReadinessPerBnYen(), b.rdAutomationPerBnYen(), Timeline.constant(mandate), b.stockpileTargetDays(),
                b.stockpileCommodities(), b.stockpileBuyRate(), b.stockpileReleaseTrigger(), b.stockpileBuyPriceCeiling(),
                b.agreements(), b.targetedSupport(), b.stockpileCarryingCostPerYear());
        return new Scenario(1, new Metadata("offtake", null, null, List.of()), new CalendarSpec(TestScenarios.START, 1),
                Mode.NORMAL, new RunSpec(20250101L, 1, List.of(2025)), TestScenarios.regions(), TestScenarios.labor(),
                List.of(TestScenarios.rareEarths(), criticalCopper, TestScenarios.limestone()), TestScenarios.mineDefaults(),
                TestScenarios.mines(), List.of(), TestScenarios.suppliers(), TestScenarios.manufacturers(), gov, List.of(),
                new IoTableSpec("japan-2015-37", "06", "30", "66", "27", 4.8e6));
    }

    /** Domestic sales, domestic offer, buyers' demand and imports of a commodity after the first month. */
    private record Cleared(double sold, double offer, double demand, double imports, double need) {
    }

    private static Cleared firstMonth(double mandate, boolean critical) {
        int commodity = COPPER;
        Scenario s = scenario(mandate, critical);
        MiningEconomy e = new MiningEconomy(s, Seeds.master(s.run().seed(), 0));
        e.start();
        e.schedule.step(e);
        double demand = 0;
        for (Manufacturer m : e.manufacturers()) {
            demand += m.demand(commodity);
        }
        CommodityLedger l = e.ledger(commodity);
        return new Cleared(l.domesticSoldT(), l.domesticOfferT(), demand, l.refinedImportsT(), l.needT());
    }

    @Test
    void theMandateRaisesACriticalCommoditysDomesticSalesToItsShareOfDemand() {
        Cleared without = firstMonth(0.0, true);
        Cleared with = firstMonth(MANDATE, true);
        // the same month up to the clearing
        assertThat(with.offer()).isEqualTo(without.offer());
        assertThat(with.demand()).isEqualTo(without.demand());
        double d = without.demand();
        // the fixture: the offer covers the mandate's share but not all demand, so the shares bind
        assertThat(without.offer()).isGreaterThan(MANDATE * d).isLessThan(d);
        // without: 0.3 x D; with: 0.4 x D, i.e. 0.1 x D more
        assertThat(without.sold()).isCloseTo(PREFERENCE * d, within(1e-9 * d));
        assertThat(with.sold()).isCloseTo(MANDATE * d, within(1e-9 * d));
        assertThat(with.sold() - without.sold()).isCloseTo((MANDATE - PREFERENCE) * d, within(1e-9 * d));
        // and imports are that much lower (the buyers get their whole demand either way)
        assertThat(without.imports() - with.imports()).isCloseTo((MANDATE - PREFERENCE) * d, within(1e-6 * d));
    }

    @Test
    void aMandateBelowThePreferenceChangesNothing() {
        Cleared without = firstMonth(0.0, true);
        Cleared low = firstMonth(0.2, true);
        // max(0.3, 0.2) = 0.3
        assertThat(low.sold()).isEqualTo(without.sold());
        assertThat(low.imports()).isEqualTo(without.imports());
    }

    @Test
    void theMandateDoesNotTouchANonCriticalCommodity() {
        // copper not critical: its own preference 0.3 whatever the mandate
        Cleared with = firstMonth(MANDATE, false);
        assertThat(with.offer()).isGreaterThan(MANDATE * with.demand());
        assertThat(with.sold()).isCloseTo(PREFERENCE * with.demand(), within(1e-9 * with.demand()));
    }
}
