package kozan.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.ImportSupply;
import kozan.scenario.AgreementSpec;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.TargetedSupportSpec;
import kozan.scenario.Timeline;
import kozan.scenario.TimelinePoint;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * The government's month (docs/model.md 7.5): every lever read from its timeline at the month, the stringency
 * multipliers, R&amp;D booked monthly and accumulated into readiness and automation gains, agreements' fiscal cost
 * while in force, the stockpile's carrying cost and rules, targeted support as the larger of general lever and
 * targeted share, fiscal totals by lever. Commodities of {@link TestScenarios}: 0 rare earths (critical),
 * 1 copper, 2 limestone.
 */
class GovernmentTest {

    private static final YearMonth START = TestScenarios.START;
    private static final int RARE_EARTHS = 0;
    private static final int COPPER = 1;
    private static final int LIMESTONE = 2;

    /** The calendar and world prices the government sees (prices 2e6, 1e6, 2000 JPY/t). */
    private static final class Ctx extends SimState implements PolicyContext {
        private static final long serialVersionUID = 1L;
        int step;

        Ctx() {
            super(1);
        }

        @Override
        public int step() {
            return step;
        }

        @Override
        public YearMonth month() {
            return START.plusMonths(step);
        }

        @Override
        public ImportSupply market(int commodity) {
            return new Priced(new double[] {2e6, 1e6, 2000}[commodity]);
        }

        @Override
        public int regionOfMine(String mineId) {
            return -1;
        }
    }

    private record Priced(double worldPrice) implements ImportSupply {
        @Override
        public String commodityId() {
            return "?";
        }

        @Override
        public CommodityLedger ledger() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int sourceCount() {
            return 0;
        }

        @Override
        public double expectation() {
            throw new UnsupportedOperationException();
        }

        @Override
        public double importPrice(int source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public double takeImports(double demand, double beta, double riskAversion, double[] out) {
            throw new UnsupportedOperationException();
        }
    }

    /** a from the start, b from month 3. */
    private static Timeline steps(double a, double b) {
        return new Timeline(List.of(new TimelinePoint(START, a), new TimelinePoint(START.plusMonths(3), b)));
    }

    private static GovernmentSpec spec(Timeline stringency, double costEffect, double timeEffect, Timeline permitting,
                                       Timeline rd, List<String> stockpiled, List<AgreementSpec> agreements,
                                       List<TargetedSupportSpec> targeted) {
        return new GovernmentSpec(steps(0.1, 0.2), steps(0.15, 0.25), steps(0.3, 0.4), steps(0, 1), permitting, stringency,
                costEffect, timeEffect, steps(0.5, 0.6), steps(0.05, 0.07), steps(3000, 6000), steps(0.2, 0.35), rd, 0.03,
                0.007, steps(0.1, 0.45), steps(60, 90), stockpiled, 0.15, 0.08, 1.4, agreements, targeted, 0.06);
    }

    private static GovernmentSpec levers() {
        return spec(steps(2.0, 0.0), 0.1, 0.3, steps(0.6, 1.5), Timeline.constant(0), null, List.of(), List.of());
    }

    private static Government government(GovernmentSpec spec) {
        return new Government(TestScenarios.withGovernment(spec));
    }

    private static void stepTo(Government gov, Ctx ctx, int step) {
        ctx.step = step;
        gov.step(ctx);
    }

    @Test
    void everyLeverIsItsTimelineValueAtTheMonth() {
        Government gov = government(levers());
        Ctx ctx = new Ctx();
        for (int step = 0; step < 5; step++) {
            stepTo(gov, ctx, step);
            boolean later = step >= 3;
            String m = "step " + step;
            assertThat(gov.explorationSubsidy()).as(m).isEqualTo(later ? 0.2 : 0.1);
            assertThat(gov.capexGrantFor("no-support")).as(m).isEqualTo(later ? 0.25 : 0.15);
            assertThat(gov.stateEquity()).as(m).isEqualTo(later ? 0.4 : 0.3);
            assertThat(gov.lossCover()).as(m).isEqualTo(later ? 1 : 0);
            assertThat(gov.permittingMultiplier()).as(m).isEqualTo(later ? 1.5 : 0.6);
            assertThat(gov.stringency()).as(m).isEqualTo(later ? 0.0 : 2.0);
            assertThat(gov.minWaterRecycling()).as(m).isEqualTo(later ? 0.6 : 0.5);
            assertThat(gov.reclamationBond()).as(m).isEqualTo(later ? 0.07 : 0.05);
            assertThat(gov.carbonPrice()).as(m).isEqualTo(later ? 6000 : 3000);
            assertThat(gov.renewableMin()).as(m).isEqualTo(later ? 0.35 : 0.2);
            assertThat(gov.offtakeMandate()).as(m).isEqualTo(later ? 0.45 : 0.1);
            assertThat(gov.stockpileTargetDays()).as(m).isEqualTo(later ? 90 : 60);
        }
    }

    @Test
    void leversAreReadAtTheStartMonthBeforeTheFirstStep() {
        Government gov = government(levers());
        assertThat(gov.explorationSubsidy()).isEqualTo(0.1);
        assertThat(gov.offtakeMandate()).isEqualTo(0.1);
        assertThat(gov.stockpileTargetDays()).isEqualTo(60);
    }

    @Test
    void aLeverIsZeroBeforeItsFirstPoint() {
        GovernmentSpec s = levers();
        Timeline late = new Timeline(List.of(new TimelinePoint(START.plusMonths(2), 0.3)));
        Government gov = government(new GovernmentSpec(late, s.capexGrant(), s.stateEquity(), s.lossCover(),
                s.permittingMultiplier(), s.environmentalStringency(), 0.1, 0.3, s.minWaterRecycling(),
                s.reclamationBond(), s.carbonPrice(), s.renewablePowerMin(), s.rdBudget(), 0.03, 0.007,
                s.offtakeMandate(), s.stockpileTargetDays(), null, 0.15, 0.08, 1.4, List.of(), List.of(), 0.06));
        Ctx ctx = new Ctx();
        stepTo(gov, ctx, 1);
        assertThat(gov.explorationSubsidy()).isZero();
        stepTo(gov, ctx, 2);
        assertThat(gov.explorationSubsidy()).isEqualTo(0.3);
    }

    @Test
    void stringencyRaisesCostsAndPermittingTime() {
        Government gov = government(levers());
        Ctx ctx = new Ctx();
        stepTo(gov, ctx, 0);
        // stringency 2, cost effect 0.1: 1 + 0.1 x (2 - 1) = 1.1
        assertThat(gov.stringencyCostMultiplier()).isCloseTo(1.1, within(1e-15));
        // lever 0.6 x (1 + 0.3 x (2 - 1)) = 0.78
        assertThat(gov.permittingTimeMultiplier()).isCloseTo(0.78, within(1e-15));
        stepTo(gov, ctx, 3);
        // stringency 0: 1 + 0.1 x (0 - 1) = 0.9; lever 1.5 x (1 + 0.3 x (0 - 1)) = 1.05
        assertThat(gov.stringencyCostMultiplier()).isCloseTo(0.9, within(1e-15));
        assertThat(gov.permittingTimeMultiplier()).isCloseTo(1.05, within(1e-15));
    }

    @Test
    void stringencyMultipliersHaveTheirFloors() {
        // stringency 0, cost effect 0.8: 1 - 0.8 = 0.2 -> floor 0.5; permitting 0.2 x (1 - 1.5) = -0.1 -> floor 0.1
        Government gov = government(spec(Timeline.constant(0), 0.8, 1.5, Timeline.constant(0.2), Timeline.constant(0),
                null, List.of(), List.of()));
        assertThat(gov.stringencyCostMultiplier()).isEqualTo(0.5);
        assertThat(gov.permittingTimeMultiplier()).isEqualTo(0.1);
    }

    @Test
    void rdIsBookedMonthlyAndAccumulatesIntoReadinessAndAutomation() {
        // budget 12 bn JPY/yr for months 0-2, then 24 bn JPY/yr: 1, 1, 1, 2, 2 bn a month
        Government gov = government(spec(Timeline.constant(1), 0.1, 0.3, Timeline.constant(1), steps(12e9, 24e9),
                null, List.of(), List.of()));
        Ctx ctx = new Ctx();
        double[] monthly = {1e9, 1e9, 1e9, 2e9, 2e9};
        double cumulative = 0;
        for (int step = 0; step < 5; step++) {
            stepTo(gov, ctx, step);
            cumulative += monthly[step];
            assertThat(gov.fiscalYen(FiscalLever.RD)).as("step %d", step).isCloseTo(monthly[step], within(1e-3));
            assertThat(gov.fiscalCumulativeYen(FiscalLever.RD)).isCloseTo(cumulative, within(1e-3));
        }
        // 7 bn cumulative: readiness 0.03 x 7 = 0.21, automation 0.007 x 7 = 0.049
        assertThat(gov.readinessGain()).isCloseTo(0.21, within(1e-12));
        assertThat(gov.automationGain()).isCloseTo(0.049, within(1e-12));
    }

    @Test
    void agreementsCostWhileInForceWhateverTheirCommodity() {
        List<AgreementSpec> agreements = List.of(
                new AgreementSpec("early", "rare_earths", "australia", 100, 0, 0.5, 1.2e9, START, START.plusMonths(1)),
                new AgreementSpec("late", "copper", "chile", 100, 0, 0.5, 2.4e9, START.plusMonths(1), null),
                new AgreementSpec("future", "copper", "peru", 100, 0, 0.5, 12e9, START.plusMonths(3), START.plusMonths(3)));
        Government gov = government(spec(Timeline.constant(1), 0.1, 0.3, Timeline.constant(1), Timeline.constant(0),
                null, agreements, List.of()));
        Ctx ctx = new Ctx();
        // month 0: 1.2e9/12 = 1e8; month 1: 1e8 + 2e8; month 2: 2e8; month 3: 2e8 + 1e9; month 4: 2e8
        double[] expected = {1e8, 3e8, 2e8, 12e8, 2e8};
        for (int step = 0; step < 5; step++) {
            stepTo(gov, ctx, step);
            assertThat(gov.fiscalYen(FiscalLever.AGREEMENTS)).as("step %d", step).isCloseTo(expected[step], within(1e-3));
        }
        assertThat(gov.fiscalCumulativeYen(FiscalLever.AGREEMENTS)).isCloseTo(20e8, within(1e-3)); // (1 + 3 + 2 + 12 + 2) x 1e8;
        assertThat(gov.fiscalYen(FiscalLever.RD)).isZero();
    }

    @Test
    void theStockpileHoldsCriticalCommoditiesByDefaultOrTheNamedOnes() {
        Government byDefault = government(levers());
        assertThat(byDefault.isStockpiled(RARE_EARTHS)).isTrue();
        assertThat(byDefault.isStockpiled(COPPER)).isFalse();
        assertThat(byDefault.isStockpiled(LIMESTONE)).isFalse();
        Government named = government(spec(Timeline.constant(1), 0.1, 0.3, Timeline.constant(1), Timeline.constant(0),
                List.of("copper", "limestone"), List.of(), List.of()));
        assertThat(named.isStockpiled(RARE_EARTHS)).isFalse();
        assertThat(named.isStockpiled(COPPER)).isTrue();
        assertThat(named.isStockpiled(LIMESTONE)).isTrue();
    }

    @Test
    void stockpileRulesComeFromTheSpec() {
        Government gov = government(levers());
        assertThat(gov.stockpileBuyRate()).isEqualTo(0.15);
        assertThat(gov.stockpileReleaseTrigger()).isEqualTo(0.08);
        assertThat(gov.stockpileBuyPriceCeiling()).isEqualTo(1.4);
    }

    @Test
    void carryingCostIsLastMonthsLevelAtThisMonthsPriceForStockpiledCommoditiesOnly() {
        Government gov = government(spec(Timeline.constant(1), 0.1, 0.3, Timeline.constant(1), Timeline.constant(0),
                List.of("rare_earths", "limestone"), List.of(), List.of()));
        gov.setStockpileT(RARE_EARTHS, 100);
        gov.setStockpileT(COPPER, 1000); // not stockpiled: no carrying cost
        gov.setStockpileT(LIMESTONE, 5000);
        Ctx ctx = new Ctx();
        stepTo(gov, ctx, 0);
        // 100 t x 2e6 x 0.06 / 12 = 1e6; 5000 t x 2000 x 0.06 / 12 = 5e4
        assertThat(gov.fiscalYen(FiscalLever.STOCKPILE)).isCloseTo(1e6 + 5e4, within(1e-6));
        // purchases and releases booked through the account add to the same lever, this month only
        gov.bookStockpileYen(2e6);
        gov.bookStockpileYen(-5e5);
        assertThat(gov.fiscalYen(FiscalLever.STOCKPILE)).isCloseTo(1e6 + 5e4 + 1.5e6, within(1e-6));
        assertThat(gov.stockpileT(RARE_EARTHS)).isEqualTo(100);
        gov.setStockpileT(RARE_EARTHS, 0);
        stepTo(gov, ctx, 1);
        assertThat(gov.fiscalYen(FiscalLever.STOCKPILE)).isCloseTo(5e4, within(1e-6));
        assertThat(gov.fiscalCumulativeYen(FiscalLever.STOCKPILE)).isCloseTo(1e6 + 5e4 + 1.5e6 + 5e4, within(1e-6));
    }

    @Test
    void fiscalTotalsResetMonthlyAndAccumulatePerLever() {
        Government gov = government(levers());
        Ctx ctx = new Ctx();
        stepTo(gov, ctx, 0);
        gov.book(FiscalLever.CAPEX_GRANT, 3e9);
        gov.book(FiscalLever.CAPEX_GRANT, 1e9);
        gov.book(FiscalLever.EXPLORATION_SUBSIDY, 2e8);
        assertThat(gov.fiscalYen(FiscalLever.CAPEX_GRANT)).isEqualTo(4e9);
        assertThat(gov.fiscalYen(FiscalLever.EXPLORATION_SUBSIDY)).isEqualTo(2e8);
        assertThat(gov.fiscalYen(FiscalLever.STATE_EQUITY)).isZero();
        stepTo(gov, ctx, 1);
        assertThat(gov.fiscalYen(FiscalLever.CAPEX_GRANT)).isZero();
        gov.book(FiscalLever.CAPEX_GRANT, 5e8);
        assertThat(gov.fiscalYen(FiscalLever.CAPEX_GRANT)).isEqualTo(5e8);
        assertThat(gov.fiscalCumulativeYen(FiscalLever.CAPEX_GRANT)).isEqualTo(4.5e9);
        assertThat(gov.fiscalCumulativeYen(FiscalLever.EXPLORATION_SUBSIDY)).isEqualTo(2e8);
    }

    @Test
    void targetedSupportIsTheLargerOfTheGeneralLeverAndTheTargetedShareFromItsMonth() {
        List<TargetedSupportSpec> targeted = List.of(
                new TargetedSupportSpec("mine-a", START, 0.2, 0.5, 0),
                new TargetedSupportSpec("mine-a", START.plusMonths(2), 0.6, 0.3, 0),
                new TargetedSupportSpec("mine-b", START.plusMonths(2), 0.1, 0.9, 0));
        // general capex grant 0.15 then 0.25 from month 3
        Government gov = government(spec(Timeline.constant(1), 0.1, 0.3, Timeline.constant(1), Timeline.constant(0),
                null, List.of(), targeted));
        Ctx ctx = new Ctx();
        stepTo(gov, ctx, 1);
        assertThat(gov.capexGrantFor("mine-a")).isEqualTo(0.2); // max(0.15, 0.2)
        assertThat(gov.capexGrantFor("mine-b")).isEqualTo(0.15); // support starts in month 2
        assertThat(gov.stateBackedFor("mine-a", 0.4)).isEqualTo(0.5); // max(own 0.4, 0.5)
        assertThat(gov.stateBackedFor("mine-a", 0.7)).isEqualTo(0.7); // max(own 0.7, 0.5)
        assertThat(gov.stateBackedFor("mine-b", 0.4)).isEqualTo(0.4);
        stepTo(gov, ctx, 2);
        assertThat(gov.capexGrantFor("mine-a")).isEqualTo(0.6); // max(0.15, 0.2, 0.6)
        assertThat(gov.capexGrantFor("mine-b")).isEqualTo(0.15); // max(0.15, 0.1)
        assertThat(gov.stateBackedFor("mine-a", 0.4)).isEqualTo(0.5); // max(0.4, 0.5, 0.3)
        assertThat(gov.stateBackedFor("mine-b", 0.4)).isEqualTo(0.9);
        stepTo(gov, ctx, 3);
        assertThat(gov.capexGrantFor("mine-b")).isEqualTo(0.25); // general lever rose to 0.25 > 0.1
        assertThat(gov.capexGrantFor("other")).isEqualTo(0.25);
    }
}
