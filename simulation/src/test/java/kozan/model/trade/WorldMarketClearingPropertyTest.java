package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kozan.scenario.EventSpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Whatever the quotas, halts, demand shocks and price response: the world market clears every month to 1e-9. */
class WorldMarketClearingPropertyTest {

    @Property(tries = 60, seed = "20261205")
    void clearsEveryMonthUnderRandomQuotasHaltsAndShocks(
            @ForAll @DoubleRange(min = 0, max = 60_000) double quota,
            @ForAll @IntRange(min = 0, max = 30) int quotaStart,
            @ForAll @DoubleRange(min = 0.2, max = 2.0) double activity,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double haltDepth,
            @ForAll @DoubleRange(min = 0.0, max = 3.0) double japanScale,
            @ForAll @DoubleRange(min = 0.01, max = 1.0) double lambda,
            @ForAll @DoubleRange(min = 0.0, max = 0.5) double leak) {
        List<EventSpec> events = new ArrayList<>();
        events.add(MarketFixture.quota("q", YearMonth.of(2025, 1).plusMonths(quotaStart), 24, quota));
        events.add(MarketFixture.activity("a", YearMonth.of(2025, 6), 12, activity));
        MarketFixture f = new MarketFixture(MarketFixture.spec(lambda, 0.2, leak, MarketFixture.producers()), events);
        double[] halt = {haltDepth, 0, 0};
        for (int step = 0; step < MarketFixture.STEPS; step++) {
            double want = 2_500 * japanScale * (1 + 0.5 * Math.sin(step));
            f.month(step, step % 7 < 3 ? halt : null, want);
            MarketView m = f.market;
            double scale = Math.max(1.0, m.supplyT());
            assertThat(Math.abs(m.clearingResidualT())).as("step %d", step).isLessThanOrEqualTo(1e-9 * scale);
            assertThat(m.chinaStockT()).isGreaterThanOrEqualTo(-1e-9 * scale);
            assertThat(m.worldStockT()).isGreaterThanOrEqualTo(-1e-9 * scale);
            assertThat(m.japanT()).isLessThanOrEqualTo(want + 1e-9 * scale);
            assertThat(m.exportPrice()).isPositive().isFinite();
        }
    }
}
