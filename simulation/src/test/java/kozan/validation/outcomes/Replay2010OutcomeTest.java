package kozan.validation.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import kozan.validation.MonthlySeries;
import kozan.validation.ValidationRuns;
import org.junit.jupiter.api.Test;

/**
 * Outcome checks of the 2010 rare-earth replay: what the model produces after the events (later years than the
 * 2008 start, aggregates not typed in) against the record, which the replay was not set from. The replay is set
 * from 2008 volumes and shares, China's quotas and halt (S59) and the price path (S137-S139); Japan's imports,
 * consumption and import split in 2011-2015 follow from the buyers' thrifting, the import logit and the
 * agreements. The record (docs/validation.md, section 4): imports fell from ~30 kt before 2010 to roughly half
 * of 2010 by 2012 (GK), consumption fell with them, and China's share fell from ~90% to ~60-70% in 2012-15
 * (S59, S62). Known misses, not asserted: the timing of 2010 and the size of the 2012 fall (M2, M3); the share
 * shift depends on calibrated risk aversion and agreements (M3), so it is the weakest of the three.
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
            // record: 2012 imports about a third to a half of 2008-09; the model falls less (~0.67), so the bound
            // is the direction with a margin, not the record's size (M3)
            assertThat(during).as("imports 2011-12 vs 2008-09").isLessThan(0.85 * pre);
            assertThat(annual(r, "consumption_t", 2012)).as("consumption 2012 vs 2009")
                    .isLessThan(0.85 * annual(r, "consumption_t", 2009));
            // and they stay down after the quota regime ends in 2015 (record: ~15-20 kt today, S65, S66)
            assertThat(annual(r, "imports_t", 2017)).as("imports 2017 vs 2008-09").isLessThan(0.85 * pre);
        }
    }

    @Test
    void chinasShareFallsToTheRecordedRangeAndStaysThere() {
        for (MonthlySeries r : ValidationRuns.replay()) {
            // S59, S62: ~60-70% of Japan's imports in 2012-15; band 0.5-0.8
            for (int y : new int[] {2012, 2013, 2015}) {
                assertThat(r.importShare(RE, "china", y)).as("China share %d", y).isBetween(0.5, 0.8);
            }
        }
    }
}
