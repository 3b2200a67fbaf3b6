package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kozan.model.policy.FiscalLever;
import kozan.model.mining.Mine;
import kozan.model.supply.Supplier;
import kozan.scenario.AgreementSpec;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Smaller features: IO_PARITY prices, disasters, agreements, domestic processing and origin accounting. */
class ScenarioFeaturesTest {

    @Test
    void ioParityKeepsPricesAtTheirInitialValue() {
        Scenario s = TestScenarios.build("parity", 5, List.of(), TestScenarios.government(List.of(), List.of(), 60, 0),
                Mode.IO_PARITY, TestScenarios.mines(), List.of());
        Sim.run(s, 0, e -> {
            for (int c = 0; c < e.markets().size(); c++) {
                assertThat(e.market(c).worldPrice()).isEqualTo(s.commodities().get(c).price().initial());
                assertThat(e.ledger(c).shortfallT()).isZero();
            }
        });
    }

    @Test
    void disasterCutsRegionalMineOutputOnlyWhileItLasts() {
        Scenario quake = TestScenarios.build("quake", 3, List.of(
                new EventSpec("q", EventKind.DISASTER, null, null, "kyushu", YearMonth.of(2026, 1), 3, 0.6, 0)),
                TestScenarios.government(List.of(), List.of(), 60, 0), Mode.NORMAL, TestScenarios.mines(), List.of());
        double[] kyushu = new double[36];
        double[] kanto = new double[36];
        Sim.run(quake, 0, e -> {
            kyushu[e.step()] = e.mine("quarry-kyushu").oreMinedT();
            kanto[e.step()] = e.mine("quarry-kanto").oreMinedT();
        });
        // the labour market's fill moves by a hair from month to month, hence relative tolerances
        assertThat(kyushu[12]).isCloseTo(0.4 * kyushu[11], org.assertj.core.data.Offset.offset(1e-6 * kyushu[11]));
        assertThat(kyushu[14]).isCloseTo(0.4 * kyushu[11], org.assertj.core.data.Offset.offset(1e-6 * kyushu[11]));
        assertThat(kyushu[15]).isCloseTo(kyushu[11], org.assertj.core.data.Offset.offset(1e-6 * kyushu[11]));
        assertThat(kanto[12]).isCloseTo(kanto[11], org.assertj.core.data.Offset.offset(1e-6 * kanto[11]));
    }

    @Test
    void agreementLowersSupplyRiskGuaranteesVolumeAndCosts() {
        // signed after the start: terms in force at the start are already in the observed base shares
        AgreementSpec deal = new AgreementSpec("vn-deal", "rare_earths", "vietnam", 3000, 0.05, 0.2, 1.2e10,
                YearMonth.of(2026, 1), null);
        Scenario with = TestScenarios.build("deal", 5, List.of(), TestScenarios.government(List.of(deal), List.of(), 60, 0),
                Mode.NORMAL, TestScenarios.mines(), List.of());
        Scenario without = TestScenarios.build("nodeal", 5, List.of(), TestScenarios.government(List.of(), List.of(), 60, 0),
                Mode.NORMAL, TestScenarios.mines(), List.of());
        MiningEconomy a = Sim.run(with, 0);
        MiningEconomy b = Sim.run(without, 0);
        int vn = a.market(0).sourceIndex("vietnam");
        assertThat(a.market(0).source(vn).hazardPerYear()).isCloseTo(0.05 * 0.2, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(b.market(0).source(vn).hazardPerYear()).isEqualTo(0.05);
        assertThat(a.market(0).source(vn).effectivePremium()).isEqualTo(-0.05);
        assertThat(a.government().fiscalCumulativeYen(FiscalLever.AGREEMENTS)).isCloseTo(1.2e10 * 4, org.assertj.core.data.Offset.offset(1.0));
        // the new discount and lower hazard make Vietnam more attractive in the logit
        assertThat(a.ledger(0).importsBySourceT(vn)).isGreaterThan(b.ledger(0).importsBySourceT(vn));
    }

    @Test
    void domesticConcentrateWaitsForItsPlantAndThenCutsImportDependence() {
        // rare-earth mud in production from the start; the separation plant only opens in 2032
        Scenario s = TestScenarios.build("ree-prod", 12, List.of(), TestScenarios.government(List.of(), List.of(), 60, 0),
                Mode.NORMAL, List.of(TestScenarios.mine("ree-now", "kanto", "rare_earths", kozan.scenario.Stage.PRODUCTION,
                        5e7, 0.003, 1.0e6, 2e11, 500, 0.05)), List.of());
        double[] exported = new double[144];
        double[] dependence = new double[144];
        Sim.run(s, 0, e -> {
            exported[e.step()] = e.ledger(0).concentrateExportsT();
            dependence[e.step()] = e.ledger(0).importDependence();
        });
        int opens = s.calendar().stepOf(YearMonth.of(2032, 1));
        // labour fill: quits and matching keep a producing mine about 1% short of its crew (docs/io-and-labour.md)
        assertThat(exported[opens - 1]).isCloseTo(1.0e6 / 12 * 0.003 * 0.9, org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(dependence[opens - 1]).isEqualTo(1.0);
        // the new plant hires its crew through the labour market first, so it takes all the concentrate once staffed
        assertThat(exported[opens + 1]).isLessThan(exported[opens - 1]);
        assertThat(exported[opens + 12]).isZero();
        assertThat(dependence[opens + 12]).isLessThan(0.9);
    }

    @Test
    void directUseMinesDigToOrder() {
        Scenario base = TestScenarios.base();
        java.util.List<kozan.scenario.ManufacturerSpec> half = new java.util.ArrayList<>();
        for (kozan.scenario.ManufacturerSpec m : base.manufacturers()) {
            half.add(m.id().equals("cement-kyushu") ? new kozan.scenario.ManufacturerSpec(m.id(), m.name(), m.sector(), m.region(),
                    m.outputYenPerYear() / 2, 0.0, 0.0, m.intensities(), m.inventoryTargetMonths(), m.workersPerBnYen(),
                    m.riskAversion(), m.logitBeta(), m.laborProductivityGrowthPerYear()) : m);
        }
        Scenario s = new Scenario(1, base.metadata(), new kozan.scenario.CalendarSpec(TestScenarios.START, 3), base.mode(),
                base.run(), base.regions(), base.labor(), base.commodities(), base.mineDefaults(), base.mines(), List.of(),
                base.suppliers(), half, base.government(), List.of(), base.ioTable());
        double capacityT = (2e7 + 1e7) / 12.0;
        Sim.run(s, 0, e -> {
            var l = e.ledger(2);
            if (e.step() >= 6) {
                assertThat(l.mineOutputT()).as("month " + e.step()).isLessThan(0.6 * capacityT);
                // output follows use (which thrifting lowers a little below the initial need)
                assertThat(l.mineOutputT()).isCloseTo(l.consumptionT(), org.assertj.core.data.Percentage.withPercentage(5));
                assertThat(l.refinedExportsT()).isLessThan(0.05 * l.mineOutputT());
                assertThat(l.importsT()).isLessThan(0.001 * l.mineOutputT());
            }
        });
    }

    @Test
    void constructionSpendingReachesDomesticSuppliers() {
        MiningEconomy e = Sim.run(LifeCycleTest.single(), 0);
        Mine m = e.mine("cu-a");
        assertThat(m.stageEntryStep(kozan.scenario.Stage.CONSTRUCTION)).isPositive();
        double equipment = 0;
        for (Supplier sup : e.suppliers()) {
            if (sup.kind() == kozan.scenario.SupplierKind.EQUIPMENT) {
                equipment += sup.capacityPerYear();
            }
        }
        assertThat(equipment).isPositive();
        assertThat(e.orders().cumulativeDomesticYen(kozan.scenario.SupplierKind.EQUIPMENT))
                // capex 3e9 x equipment share 0.5 x domestic share 0.6, plus automation and sustaining orders
                .isGreaterThanOrEqualTo(3e9 * 0.5 * 0.6 * (1 - 1e-9));
    }
}
