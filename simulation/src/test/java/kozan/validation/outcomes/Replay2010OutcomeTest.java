package kozan.validation.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import kozan.validation.MonthlySeries;
import kozan.validation.ValidationRuns;
import org.junit.jupiter.api.Test;

/**
 * Outcome checks of the 2010 rare-earth replay: what the model produces after the events (later years than the
 * 2008 start, aggregates not typed in) against the record, which the replay was not set from. The replay is set
 * from 2008 volumes and shares, China's quotas and halt (S59) and the price path (S137-S139); Japan's imports,
 * consumption in 2011-2012 follow from the buyers' thrifting, the import logit and the
 * agreements. The record (docs/validation.md, section 4): imports fell from ~30 kt before 2010 to roughly half
 * of 2010 by 2012 (GK), and consumption fell with them. Known misses, not asserted: the timing of 2010 and the
 * size of the 2012 fall (M2, M3). China's share after 2010 is not here: it is set by the agreements and the
 * calibrated risk aversion (M3), so {@code ReplayInputCheckTest} checks it.
 */
class Replay2010OutcomeTest {

    static final String RE = "rare_earths";

    private static double annual(MonthlySeries r, String metric, int year) {
        return r.annual(metric, RE, "", "", year);
    }

    @Test
    void importsAndConsumptionFallAfter2010() {
        for (MonthlySeries r : ValidationRuns.replay()) {
            double pre = (annual(r, "imports_t", 2008) + annual(r, "imports_t", 2009)) / 2;
            double during = (annual(r, "imports_t", 2011) + annual(r, "imports_t", 2012)) / 2;
            // record: 2011-12 imports about half of 2008-09 (2012 roughly half of 2010's ~20 kt, GK); the model
            // falls less (0.67, M3), so the bound is three quarters: the record's fall with a margin. Without
            // thrifting the model gives 0.84 for both ratios (quota-limited supply alone), which fails here.
            assertThat(during).as("imports 2011-12 vs 2008-09").isLessThan(0.75 * pre);
            assertThat(annual(r, "consumption_t", 2012)).as("consumption 2012 vs 2009")
                    .isLessThan(0.75 * annual(r, "consumption_t", 2009));
        }
    }
}
