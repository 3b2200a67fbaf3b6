package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import kozan.model.demand.CommodityLedger;
import kozan.model.random.Seeds;
import kozan.scenario.EquityStakeSpec;
import kozan.scenario.ImportSourceSpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Equity abroad (design 5.1): an equity stake ships at most its equity share of its mine's output in every month,
 * a loan-backed contract at most its contracted tonnage and the output; dividends and the self-development
 * entitlement by hand.
 */
class EquityOfftakeTest {

    private static final YearMonth START = YearMonth.of(2025, 1);

    private static EquityStakeSpec stake(String id, double output, double equity, double offtake, double contract,
                                         double hazardMultiplier) {
        return new EquityStakeSpec(id, "cu", "host", null, output, equity, offtake, contract, hazardMultiplier,
                0, 0, 0, START, null);
    }

    @Property(tries = 200, seed = "20261205")
    void equityOfftakeNeverExceedsTheStakesShareOfTheMinesOutput(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @DoubleRange(min = 0, max = 1) double equityShare,
            @ForAll @DoubleRange(min = 0, max = 1) double offtakeFraction,
            @ForAll @DoubleRange(min = 1, max = 1e6) double outputTPerYear,
            @ForAll @DoubleRange(min = 0, max = 1e6) double contractTPerYear,
            @ForAll @DoubleRange(min = 0, max = 1) double hazardMultiplier,
            @ForAll @DoubleRange(min = 0, max = 6) double hazardPerYear,
            @ForAll @DoubleRange(min = 1, max = 2e6) double sourceVolume,
            @ForAll @IntRange(min = 0, max = 3) int restrictedFrom) {
        ImportSourceSpec host = new ImportSourceSpec("host", 1.0, sourceVolume, 0, hazardPerYear, 0.7, 3, 0.1, false);
        ImportSource source = new ImportSource(host, Seeds.stream(seed, "host", "disruption"));
        List<EquityStakeSpec> specs = List.of(
                stake("equity", outputTPerYear, equityShare, equityShare * offtakeFraction, 0, hazardMultiplier),
                stake("contract", outputTPerYear, equityShare * offtakeFraction, 0, contractTPerYear, hazardMultiplier));
        EquityStakes stakes = new EquityStakes(specs, "cu", new ImportSource[] {source});
        assertThat(stakes.stake(0)).isInstanceOf(EquityStake.class);
        for (int m = 0; m < 60; m++) {
            source.setRestriction(m >= restrictedFrom * 12 && m < restrictedFrom * 12 + 6 ? 0.5 : 0.0);
            stakes.beforeAdvance(START.plusMonths(m));
            source.advance(true, false);
            stakes.afterAdvance(1000);
            double q = stakes.mineOutputT(0);
            assertThat(q).isBetween(0.0, outputTPerYear / 12.0);
            assertThat(stakes.offtakeT(0)).as("equity offtake month %d", m).isLessThanOrEqualTo(equityShare * q);
            if (stakes.stake(1) instanceof OfftakeContract) {
                double qc = stakes.mineOutputT(1);
                assertThat(stakes.offtakeT(1)).isLessThanOrEqualTo(Math.min(contractTPerYear / 12.0, qc));
            }
            // what the host ships never exceeds its volume, offtake included
            assertThat(source.availableTPerMonth()).isLessThanOrEqualTo(sourceVolume / 12.0 * (1 + 1e-12));
        }
    }

    @Test
    void aStakeWhoseOfftakeExceedsItsEquityIsRefused() {
        EquityStakeSpec bad = stake("x", 100, 0.2, 0.3, 0, 0.5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EquityStake(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds equity share");
    }

    @Test
    void dividendsEntitlementAndTheSelfDevelopmentRatioByHand() {
        // 30% of a 120,000 t/yr mine: 10,000 t a month of output, entitlement 3,000 t, offtake 0.3 x 10,000 = 3,000 t
        EquityStakeSpec s = new EquityStakeSpec("qb2", "cu", "host", "smm", 120_000, 0.3, 0.3, 0, 0.5,
                800_000, 1.2e9, 0, START, null);
        ImportSourceSpec host = new ImportSourceSpec("host", 1.0, 1e9, 0, 0, 0.5, 3, 0.1, false);
        ImportSource source = new ImportSource(host, Seeds.stream(1, "host", "disruption"));
        EquityStakes stakes = new EquityStakes(List.of(s), "cu", new ImportSource[] {source});
        stakes.beforeAdvance(START);
        source.advance(true, false);
        stakes.afterAdvance(1_400_000);
        assertThat(stakes.offtakeTotalT()).isCloseTo(3000, within(1e-9));
        assertThat(stakes.entitlementT()).isCloseTo(3000, within(1e-9));
        // 0.3 x ((1,400,000 - 800,000) x 10,000 - 1.2e9 / 12) = 0.3 x (6e9 - 1e8) = 1.77e9 JPY
        assertThat(stakes.dividendsYen()).isCloseTo(1.77e9, within(1e-3));
        // smelter feed 15,000 t (5,000 domestic concentrate + 10,000 imported): (5,000 + 3,000) / 15,000
        CommodityLedger ledger = new CommodityLedger(1);
        ledger.addMineOutput(5000, false);
        ledger.addDomesticConcentrateProcessed(5000);
        ledger.addImportedConcentrate(new double[] {10_000}, 10_000);
        assertThat(stakes.selfDevelopmentRatio(ledger)).isCloseTo(8000.0 / 15000.0, within(1e-12));
        // a stake before its first month ships and counts nothing
        EquityStakes later = new EquityStakes(List.of(new EquityStakeSpec("late", "cu", "host", null, 120_000, 0.3,
                0.3, 0, 0.5, 0, 0, 0, START.plusMonths(1), null)), "cu", new ImportSource[] {source});
        later.beforeAdvance(START);
        source.advance(true, false);
        later.afterAdvance(1_400_000);
        assertThat(later.offtakeTotalT()).isZero();
        assertThat(later.entitlementT()).isZero();
    }
}
