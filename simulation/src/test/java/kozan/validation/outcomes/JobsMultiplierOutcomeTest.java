package kozan.validation.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import kozan.validation.MonthlySeries;
import kozan.validation.ValidationRuns;
import org.junit.jupiter.api.Test;

/**
 * Outcome check of the baseline's employment multiplier: jobs at suppliers (indirect) and from household spending
 * (induced) per direct mine job. No scenario number sets it: it comes from the input-output table's Leontief
 * inverse, the value-added ratios and the suppliers' labour coefficients, applied to the mines' spending. The
 * reference is independent: 2.4-3.2 jobs in all per direct job in US and Ontario studies (S92-S95), and 1.3-2.0
 * suggested for remote Japanese prefectures (docs/validation.md, M4). The model's total (2.3x in 2025) counts
 * smelters running on imported concentrate (PROCESSING), which domestic mining does not cause; without them it
 * is ~1.5x. Checked: the mining-driven ratio against the Japanese range, and the total against the widest range
 * of both (a total above S92-S95's 3.2 or below 1.3 would be a wrong IO computation, not a coverage question).
 */
class JobsMultiplierOutcomeTest {

    private static double jobs(MonthlySeries r, String metric, String detail, int year) {
        return r.annual(metric, "", "", detail, year);
    }

    @Test
    void jobsPerDirectMineJobLandInTheReportedRanges() {
        for (MonthlySeries r : ValidationRuns.baselineFiveYears()) {
            for (int y : new int[] {2025, 2029}) {
                double direct = jobs(r, "jobs_direct", "", y);
                double indirect = jobs(r, "jobs_indirect", "", y);
                double induced = jobs(r, "jobs_induced", "", y);
                double processing = jobs(r, "jobs_indirect", "PROCESSING", y);
                assertThat(direct).as("direct jobs %d", y).isPositive();
                assertThat(processing).as("processing is part of indirect %d", y).isBetween(0.0, indirect);
                assertThat((direct + indirect + induced) / direct).as("total per direct job %d", y).isBetween(1.3, 3.2);
                assertThat((direct + indirect - processing + induced) / direct).as("mining-driven per direct job %d", y)
                        .isBetween(1.3, 2.0);
            }
        }
    }
}
