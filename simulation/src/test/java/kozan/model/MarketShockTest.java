package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kozan.model.policy.FiscalLever;
import kozan.model.trade.WorldMarket;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Stylised facts (docs/model.md 1, docs/validation.md): export restrictions, price shocks, thrifting and stockpile releases, paired with the baseline. */
class MarketShockTest {

    static final int REE = 0;
    static final int COPPER = 1;
    static final YearMonth BAN = YearMonth.of(2027, 1);

    /** Per-month series of one run. */
    record Series(double[] price, double[] chinaShare, double[] consumption, double[] release, double[] stockpile,
                  double[] lostYen, double[] stockpileYen, double[] cuConsumption, double[] cuPrice) {
        static Series of(Scenario s, int rep) {
            int n = s.steps();
            Series x = new Series(new double[n], new double[n], new double[n], new double[n], new double[n], new double[n],
                    new double[n], new double[n], new double[n]);
            Sim.run(s, rep, e -> {
                int t = e.step();
                WorldMarket m = e.market(REE);
                x.price[t] = m.worldPrice();
                x.chinaShare[t] = m.ledger().importsT() > 0 ? m.ledger().importsBySourceT(0) / m.ledger().importsT() : 0;
                x.consumption[t] = m.ledger().consumptionT();
                x.release[t] = m.ledger().stockpileReleaseT();
                x.stockpile[t] = m.ledger().stockpileT();
                x.lostYen[t] = m.ledger().outputLostYen();
                x.stockpileYen[t] = e.government().fiscalYen(FiscalLever.STOCKPILE);
                x.cuConsumption[t] = e.ledger(COPPER).consumptionT();
                x.cuPrice[t] = e.market(COPPER).worldPrice();
            });
            return x;
        }
    }

    static Scenario restriction(double depth, int months, double stockpileDays) {
        return TestScenarios.build("ban", 15, List.of(
                new EventSpec("cn-ban", EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, BAN, months, depth, 0.0)),
                TestScenarios.government(List.of(), List.of(), stockpileDays, 0), Mode.NORMAL, TestScenarios.mines(), List.of());
    }

    static Scenario plain(double stockpileDays) {
        return TestScenarios.build("plain", 15, List.of(), TestScenarios.government(List.of(), List.of(), stockpileDays, 0),
                Mode.NORMAL, TestScenarios.mines(), List.of());
    }

    @Test
    void exportRestrictionRaisesPriceShiftsSharesAndCutsConsumption() {
        int from = 24;
        for (int rep = 0; rep < 3; rep++) {
            Series base = Series.of(plain(60), rep);
            Series ban = Series.of(restriction(0.8, 24, 60), rep);
            for (int t = 0; t < from; t++) {
                assertThat(ban.price[t]).isEqualTo(base.price[t]);
            }
            for (int t = from; t < from + 24; t++) {
                assertThat(ban.price[t]).as("price in month " + t).isGreaterThan(base.price[t]);
                assertThat(ban.chinaShare[t]).as("China's share in month " + t).isLessThan(base.chinaShare[t]);
            }
            // thrifting: a year into the ban, consumption is lower than in the paired baseline
            double sumBase = 0;
            double sumBan = 0;
            for (int t = from + 12; t < from + 24; t++) {
                sumBase += base.consumption[t];
                sumBan += ban.consumption[t];
            }
            assertThat(sumBan).isLessThan(sumBase);
            // after the ban the premium disappears: same base log price, so prices meet again
            assertThat(ban.price[from + 30]).isCloseTo(base.price[from + 30], org.assertj.core.data.Percentage.withPercentage(1e-6));
        }
    }

    @Test
    void priceShockTriggersThrifting() {
        Scenario shock = TestScenarios.build("cu-shock", 10, List.of(
                new EventSpec("cu", EventKind.PRICE_SHOCK, "copper", null, null, YearMonth.of(2026, 1), 1, 1.0, 1.0)),
                TestScenarios.government(List.of(), List.of(), 60, 0), Mode.NORMAL, TestScenarios.mines(), List.of());
        Series base = Series.of(plain(60), 0);
        Series hit = Series.of(shock, 0);
        assertThat(hit.cuPrice[12]).isGreaterThan(2 * base.cuPrice[12]);
        for (int t = 18; t < 36; t++) {
            assertThat(hit.cuConsumption[t]).as("copper use in month " + t).isLessThan(base.cuConsumption[t]);
        }
    }

    @Test
    void stockpileIsReleasedInATotalCutOff() {
        // every source of rare earths stops for a year
        Scenario cut = TestScenarios.build("cutoff", 10, List.of(
                new EventSpec("cn", EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, BAN, 12, 1.0, 0.0),
                new EventSpec("au", EventKind.EXPORT_RESTRICTION, "rare_earths", "australia", null, BAN, 12, 1.0, 0.0),
                new EventSpec("vn", EventKind.EXPORT_RESTRICTION, "rare_earths", "vietnam", null, BAN, 12, 1.0, 0.0)),
                TestScenarios.government(List.of(), List.of(), 60, 0), Mode.NORMAL, TestScenarios.mines(), List.of());
        Scenario cutNoStock = TestScenarios.build("cutoff-nostock", 10, cut.events(),
                TestScenarios.government(List.of(), List.of(), 0, 0), Mode.NORMAL, TestScenarios.mines(), List.of());
        Series with = Series.of(cut, 0);
        Series without = Series.of(cutNoStock, 0);
        double released = 0;
        double sales = 0;
        for (int t = 24; t < 36; t++) {
            released += with.release[t];
            sales += Math.min(0, with.stockpileYen[t]);
            assertThat(without.release[t]).isZero();
        }
        assertThat(released).isGreaterThan(0.9 * with.stockpile[23]);
        assertThat(with.stockpile[35]).isLessThan(0.1 * with.stockpile[23]);
        assertThat(sales).as("release sales are negative fiscal cost").isNegative();
        double lostWith = 0;
        double lostWithout = 0;
        for (int t = 24; t < 36; t++) {
            lostWith += with.lostYen[t];
            lostWithout += without.lostYen[t];
        }
        assertThat(lostWithout).isPositive();
        assertThat(lostWith).isLessThan(lostWithout);
        // the stockpile is rebuilt after the cut-off ends
        assertThat(with.stockpile[119]).isGreaterThan(with.stockpile[36]);
    }
}
