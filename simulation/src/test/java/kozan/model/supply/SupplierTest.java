package kozan.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.DemandStubs.Market;
import kozan.model.demand.ImportSupply;
import kozan.scenario.Scenario;
import kozan.scenario.SupplierKind;
import kozan.scenario.SupplierSpec;
import kozan.scenario.io.IoTable;
import kozan.model.common.ModelException;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * A supplier's month (docs/model.md 7.3) against a stub economy: processing within capacity net of the disaster
 * cut and the crew fill, order work-off with the backlog limit, capacity expansion after the build lag, contraction
 * to the floor, labour demand. Employment coefficient 0.05 persons per JPY m/yr throughout (scenario override).
 */
class SupplierTest {

    private static final double EPS = 1e-9;
    private static final double COEF = 0.05;
    /** Calendar starts 2025-01 (only the calendar is read: the coefficient is overridden). */
    private static final Scenario SCENARIO = TestScenarios.base();

    /** The economy as a supplier sees it: month, disaster cut, IO-parity flag, one market and the order book set by the test. */
    static final class Economy extends SimState implements SupplyContext {
        private static final long serialVersionUID = 1L;
        final Market market;
        final OrderBook orders = new OrderBook();
        int step;
        double disasterCut;
        /** The region the stub places every supplier in, and the only region the disaster cut hits. */
        int region;
        int cutRegion;
        boolean ioParity;

        Economy(Market market) {
            super(1L);
            this.market = market;
        }

        @Override
        public Scenario scenario() {
            return SCENARIO;
        }

        @Override
        public int step() {
            return step;
        }

        @Override
        public boolean ioParity() {
            return ioParity;
        }

        @Override
        public int commodityIndex(String id) {
            return 0;
        }

        @Override
        public int regionIndex(String id) {
            return region;
        }

        @Override
        public ImportSupply market(int commodity) {
            return market;
        }

        @Override
        public double disasterCut(int region) {
            return region == cutRegion ? disasterCut : 0.0;
        }

        @Override
        public OrderBook orders() {
            return orders;
        }

        @Override
        public IoTable ioTable() {
            throw new UnsupportedOperationException("the tests override the employment coefficient");
        }
    }

    private static SupplierSpec plant(double capacity, double importedFeed) {
        return new SupplierSpec("plant", null, SupplierKind.PROCESSING, "kyushu", "copper", capacity, importedFeed, null,
                COEF, null, 0.9, 0.5, 12, 18, 0.2);
    }

    private static SupplierSpec maker(double capacity, YearMonth opens, int sustain, int lag) {
        return new SupplierSpec("maker", null, SupplierKind.EQUIPMENT, "kanto", null, capacity, 0, opens, COEF, null,
                0.9, 0.5, sustain, lag, 0.2);
    }

    /** Two concentrate sources split 50:50 with 20 and 100 t left; refined metal at 2e6 JPY/t. */
    private static Economy processingEconomy() {
        return new Economy(new Market("copper", new double[] {0.5, 0.5}, new double[] {20, 100}, new double[] {2e6, 2e6}, 2e6, 2e6));
    }

    private static void step(Supplier s, Economy e, int step) {
        e.step = step;
        s.step(e);
    }

    @Test
    void processingRefinesDomesticConcentrateFirstThenImportedFeedWithinCapacityNetOfTheDisasterCut() {
        Economy e = processingEconomy();
        e.disasterCut = 0.2;
        e.market.ledger.addMineOutput(50, false);
        Supplier s = new Supplier(e, plant(1200, 480));
        step(s, e, 0);
        // capacity 1,200 / 12 x (1 - 0.2) = 80 t: domestic 50, then imported min(480 / 12 = 40, 80 - 50) = 30,
        // asked with beta 0 and no risk aversion: 15 + 15 t
        CommodityLedger l = e.market.ledger;
        assertThat(l.domesticConcentrateProcessedT()).isCloseTo(50, within(EPS));
        assertThat(e.market.calls).hasSize(1);
        assertThat(e.market.calls.get(0)).containsExactly(new double[] {30, 0, 0, 30}, within(EPS));
        assertThat(l.importedConcentrateProcessedT()).isCloseTo(30, within(EPS));
        assertThat(l.importedConcentrateBySourceT(0)).isCloseTo(15, within(EPS));
        // offer 80 t of which 50 from domestic ore
        assertThat(l.domesticOfferT()).isCloseTo(80, within(EPS));
        assertThat(l.domesticOfferDomesticOriginT()).isCloseTo(50, within(EPS));
        assertThat(s.outputUnits()).isCloseTo(80, within(EPS));
        // utilisation on full capacity: 80 / 100; output value 80 x 2e6
        assertThat(s.utilisation()).isCloseTo(0.8, within(EPS));
        assertThat(s.outputYen()).isCloseTo(1.6e8, within(1e-3));
        // labour: 1.6e8 JPY/month x 12 / 1e6 x 0.05 = 96 persons
        assertThat(s.desiredWorkers()).isCloseTo(96, within(1e-9));
    }

    @Test
    void processingLeavesConcentrateBeyondCapacityForExportAndTheFeedLimitCapsImports() {
        Economy e = processingEconomy();
        e.disasterCut = 0.2;
        e.market.ledger.addMineOutput(120, false);
        Supplier s = new Supplier(e, plant(1200, 480));
        step(s, e, 0);
        // 80 t of capacity all taken by domestic concentrate: no import request; 40 t left over
        assertThat(e.market.calls).isEmpty();
        assertThat(s.outputUnits()).isCloseTo(80, within(EPS));
        assertThat(e.market.ledger.unprocessedConcentrateT()).isCloseTo(40, within(EPS));
        e.market.ledger.recordClearing(80, 0, 0, 0, 0, 80);
        assertThat(e.market.ledger.concentrateExportsT()).isCloseTo(40, within(EPS));

        // no cut, 10 t at home, feed 240 t/yr: imports min(20, 100 - 10) = 20 -> 10 + 10
        Economy f = processingEconomy();
        f.market.ledger.addMineOutput(10, false);
        Supplier t = new Supplier(f, plant(1200, 240));
        step(t, f, 0);
        assertThat(f.market.calls.get(0)[0]).isCloseTo(20, within(EPS));
        assertThat(t.outputUnits()).isCloseTo(30, within(EPS));
        assertThat(t.utilisation()).isCloseTo(0.3, within(EPS));
    }

    @Test
    void aShortCrewCutsThroughputAndLabourDemandIsScaledBackToFullFill() {
        Economy e = processingEconomy();
        Supplier s = new Supplier(e, plant(1200, 0));
        e.market.ledger.addMineOutput(100, false);
        step(s, e, 0);
        assertThat(s.outputUnits()).isCloseTo(100, within(EPS));
        // 100 t x 2e6 = 2e8 JPY/month -> 2e8 x 12 / 1e6 x 0.05 = 120 wanted; the market gives 60: fill 0.5
        assertThat(s.desiredWorkers()).isCloseTo(120, within(1e-9));
        s.labourUpdated(60, 0, 0);
        e.market.ledger.resetFlows();
        e.market.ledger.addMineOutput(70, false);
        step(s, e, 1);
        // capacity 100 t x fill 0.5 = 50 t of the 70; utilisation 0.5; labour at full fill: 1e8 / 0.5 x 12e-6 x 0.05
        assertThat(s.outputUnits()).isCloseTo(50, within(EPS));
        assertThat(s.utilisation()).isCloseTo(0.5, within(EPS));
        assertThat(s.desiredWorkers()).isCloseTo(120, within(1e-9));
    }

    @Test
    void equipmentWorksOffOrdersAndBacklogWithinMonthlyCapacity() {
        Economy e = processingEconomy();
        Supplier s = new Supplier(e, maker(1.2e9, null, 12, 18));
        // capacity 1e8 JPY/month; 1.5e8 ordered -> 1e8 made, 5e7 in backlog, utilisation 1.5
        s.receiveOrders(1.5e8);
        step(s, e, 0);
        assertThat(s.outputYen()).isCloseTo(1e8, within(1e-6));
        assertThat(s.backlogYen()).isCloseTo(5e7, within(1e-6));
        assertThat(s.utilisation()).isCloseTo(1.5, within(EPS));
        assertThat(s.desiredWorkers()).isCloseTo(1e8 * 12 / 1e6 * COEF, within(1e-9));
        // no new orders: the backlog is worked off
        step(s, e, 1);
        assertThat(s.outputYen()).isCloseTo(5e7, within(1e-6));
        assertThat(s.backlogYen()).isZero();
        assertThat(s.utilisation()).isCloseTo(0.5, within(EPS));
        assertThat(s.desiredWorkers()).isCloseTo(30, within(1e-9));
        assertThat(e.orders.importedYen(SupplierKind.EQUIPMENT)).isZero();
    }

    @Test
    void backlogBeyondThreeMonthsOfCapacityNetOfTheCutIsBoughtAbroad() {
        Economy e = processingEconomy();
        e.disasterCut = 0.5;
        Supplier s = new Supplier(e, maker(1.2e9, null, 12, 18));
        s.receiveOrders(3e8);
        step(s, e, 0);
        // capacity 1e8 x (1 - 0.5) = 5e7 made; backlog 2.5e8 > 3 x 5e7: 1e8 goes abroad, 1.5e8 kept
        assertThat(s.outputYen()).isCloseTo(5e7, within(1e-6));
        assertThat(s.backlogYen()).isCloseTo(1.5e8, within(1e-6));
        assertThat(e.orders.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(1e8, within(1e-6));
        // utilisation is on full capacity: 3e8 / 1e8
        assertThat(s.utilisation()).isCloseTo(3.0, within(EPS));
    }

    @Test
    void aSupplierMakesNothingBeforeItOpens() {
        Economy e = processingEconomy();
        // opens 2025-04 = month 3; sustain 1 month, so a closed supplier that adjusted capacity would shrink at once
        Supplier s = new Supplier(e, maker(1.2e9, YearMonth.of(2025, 4), 1, 0));
        for (int t = 0; t < 3; t++) {
            assertThat(s.isOpen(t)).isFalse();
            s.receiveOrders(5e7);
            step(s, e, t);
            assertThat(s.outputYen()).isZero();
            assertThat(s.utilisation()).isZero();
            assertThat(s.desiredWorkers()).isZero();
            assertThat(s.capacityPerYear()).isEqualTo(1.2e9);
        }
        assertThat(s.isOpen(3)).isTrue();
        s.receiveOrders(5e7);
        step(s, e, 3);
        assertThat(s.outputYen()).isCloseTo(5e7, within(1e-6));
    }

    @Test
    void capacityExpandsByTheStepShareAfterTheBuildLagOneExpansionAtATime() {
        Economy e = processingEconomy();
        // sustain 3 months, build lag 4 months, step 20%
        Supplier s = new Supplier(e, maker(1.2e9, null, 3, 4));
        for (int t = 0; t <= 12; t++) {
            s.receiveOrders(1e8);
            step(s, e, t);
            // utilisation 1e8 / 1e8 = 1 > 0.9 in months 0-2: decided in month 2, in force from month 2 + 4 = 6.
            // Months 3-5 are high again but one expansion is pending; from month 6 utilisation is 1e8 / 1.2e8 = 0.83
            double expected = t < 6 ? 1.2e9 : 1.44e9;
            assertThat(s.capacityPerYear()).as("month %d", t).isCloseTo(expected, within(1e-3));
        }
        assertThat(s.utilisation()).isCloseTo(1.0 / 1.2, within(EPS));
    }

    @Test
    void capacityContractsAfterSustainedLowUtilisationDownToTenPercentOfTheStart() {
        Economy e = processingEconomy();
        Supplier s = new Supplier(e, maker(1.2e9, null, 3, 4));
        for (int t = 0; t < 45; t++) {
            step(s, e, t);
            // no orders, utilisation 0 < 0.5: x 0.8 in months 2, 5, 8, ...; 0.8^10 = 0.107, 0.8^11 = 0.086 < 0.1
            int steps = (t + 1) / 3;
            double expected = Math.max(0.1 * 1.2e9, 1.2e9 * Math.pow(0.8, steps));
            assertThat(s.capacityPerYear()).as("month %d", t).isCloseTo(expected, within(1e-3));
        }
        assertThat(s.capacityPerYear()).isEqualTo(0.1 * 1.2e9);
    }

    @Test
    void ioParityRemovesTheCapacityLimitAndKeepsCapacityFixed() {
        Economy e = processingEconomy();
        e.ioParity = true;
        e.disasterCut = 0.5;
        Supplier s = new Supplier(e, maker(1.2e9, null, 1, 0));
        s.receiveOrders(1e12);
        step(s, e, 0);
        assertThat(s.outputYen()).isEqualTo(1e12);
        assertThat(s.backlogYen()).isZero();
        for (int t = 1; t < 5; t++) {
            step(s, e, t);
        }
        assertThat(s.capacityPerYear()).isEqualTo(1.2e9);
    }

    @Test
    void newCapacityIsInForceExactlyTheBuildLagAfterTheDecisionMonth() {
        Economy e = processingEconomy();
        // sustain 3 months, build lag 2 months, step 20%: 1e8 ordered a month on 1e8 of monthly capacity
        Supplier s = new Supplier(e, maker(1.2e9, null, 3, 2));
        for (int t = 0; t <= 8; t++) {
            s.receiveOrders(1e8);
            step(s, e, t);
            // utilisation 1 > 0.9 in months 0-2: decided in month 2, in force from month 2 + 2 = 4 (not 3, not 5);
            // after that 1e8 / 1.2e8 = 0.83 is not high, so no second expansion
            double expected = t < 4 ? 1.2e9 : 1.44e9;
            assertThat(s.capacityPerYear()).as("month %d", t).isCloseTo(expected, within(1e-3));
        }
    }

    @Test
    void aZeroBuildLagStillWaitsForTheNextMonthAndTheFirstMonthCanDecide() {
        Economy e = processingEconomy();
        // sustain 1, lag 0: decided in month 0 (utilisation 1 > 0.9), in force from month 1
        Supplier s = new Supplier(e, maker(1.2e9, null, 1, 0));
        s.receiveOrders(1e8);
        step(s, e, 0);
        assertThat(s.capacityPerYear()).isEqualTo(1.2e9);
        for (int t = 1; t <= 3; t++) {
            s.receiveOrders(1e8);
            step(s, e, t);
            // 1.44e9 from month 1: 1e8 / 1.2e8 = 0.83, neither high nor low
            assertThat(s.capacityPerYear()).as("month %d", t).isCloseTo(1.44e9, within(1e-3));
        }
    }

    @Test
    void utilisationExactlyAtAThresholdNeitherExpandsNorContracts() {
        Economy e = processingEconomy();
        // sustain 1, lag 0: any month strictly above 0.9 or strictly below 0.5 would act at once
        Supplier s = new Supplier(e, maker(1.2e9, null, 1, 0));
        for (int t = 0; t < 3; t++) {
            s.receiveOrders(9e7); // 9e7 / 1e8 = 0.9
            step(s, e, t);
            assertThat(s.utilisation()).isEqualTo(0.9);
        }
        for (int t = 3; t < 6; t++) {
            s.receiveOrders(5e7); // 5e7 / 1e8 = 0.5
            step(s, e, t);
            assertThat(s.utilisation()).isEqualTo(0.5);
        }
        assertThat(s.capacityPerYear()).isEqualTo(1.2e9);
    }

    @Test
    void anEquipmentMakerShortOfCrewWorksOffOnlyItsFilledCapacity() {
        Economy e = processingEconomy();
        Supplier s = new Supplier(e, maker(1.2e9, null, 12, 18));
        s.receiveOrders(1e8);
        step(s, e, 0);
        // 1e8 JPY a month wants 1e8 x 12 / 1e6 x 0.05 = 60 workers; the market gives 45: fill 0.75
        assertThat(s.desiredWorkers()).isCloseTo(60, within(1e-9));
        s.labourUpdated(45, 0, 0);
        s.receiveOrders(1e8);
        step(s, e, 1);
        // capacity 1e8 x 0.75 = 7.5e7 made, 2.5e7 in backlog; labour at full fill: 7.5e7 / 0.75 x 12e-6 x 0.05 = 60
        assertThat(s.outputYen()).isCloseTo(7.5e7, within(1e-6));
        assertThat(s.backlogYen()).isCloseTo(2.5e7, within(1e-6));
        assertThat(s.desiredWorkers()).isCloseTo(60, within(1e-9));
    }

    @Test
    void onlyTheDisasterCutOfTheSuppliersOwnRegionLimitsIt() {
        Economy e = processingEconomy();
        e.region = 2;
        e.cutRegion = 1;
        e.disasterCut = 0.5;
        Supplier s = new Supplier(e, maker(1.2e9, null, 12, 18));
        assertThat(s.regionIndex()).isEqualTo(2);
        s.receiveOrders(1e8);
        step(s, e, 0);
        // a cut in region 1 leaves the kanto maker (region 2) its full 1e8 a month
        assertThat(s.outputYen()).isCloseTo(1e8, within(1e-6));
        e.cutRegion = 2;
        s.receiveOrders(1e8);
        step(s, e, 1);
        assertThat(s.outputYen()).isCloseTo(5e7, within(1e-6));
    }

    @Test
    void aNonFiniteStateStopsTheRunNamingTheSupplierTheStepAndTheQuantity() {
        Economy e = processingEconomy();
        Supplier s = new Supplier(e, maker(1.2e9, null, 12, 18));
        s.receiveOrders(Double.NaN);
        e.step = 4;
        assertThatThrownBy(() -> s.step(e)).isInstanceOf(ModelException.class)
                .hasMessageContaining("agent supplier:maker, step 4, variable output_yen = NaN");

        Supplier unbounded = new Supplier(e, maker(Double.POSITIVE_INFINITY, null, 12, 18));
        unbounded.receiveOrders(1e8);
        assertThatThrownBy(() -> unbounded.step(e)).isInstanceOf(ModelException.class)
                .hasMessageContaining("variable capacity_per_year = Infinity");

        Supplier crowded = new Supplier(e, new SupplierSpec("maker", null, SupplierKind.EQUIPMENT, "kanto", null, 1.2e9, 0,
                null, Double.POSITIVE_INFINITY, null, 0.9, 0.5, 12, 18, 0.2));
        crowded.receiveOrders(1e8);
        assertThatThrownBy(() -> crowded.step(e)).isInstanceOf(ModelException.class)
                .hasMessageContaining("variable desired_workers = Infinity");
    }

    @Test
    void itsIdentityIsItsSpecs() {
        Economy e = processingEconomy();
        SupplierSpec spec = maker(1.2e9, null, 12, 18);
        Supplier s = new Supplier(e, spec);
        assertThat(s.id()).isEqualTo("maker");
        assertThat(s.spec()).isSameAs(spec);
        assertThat(s.employerId()).isEqualTo("supplier:maker");
        assertThat(s.jobDetail()).isEqualTo("EQUIPMENT");
        assertThat(s.commodityIndex()).isEqualTo(-1);
        assertThat(new Supplier(e, plant(1200, 0)).commodityIndex()).isZero();
        assertThat(new Supplier(e, plant(1200, 0)).jobDetail()).isEqualTo("PROCESSING");
    }
}
