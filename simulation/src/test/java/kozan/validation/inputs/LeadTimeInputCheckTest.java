package kozan.validation.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kozan.validation.LeadTimes;
import org.junit.jupiter.api.Test;

/**
 * Discovery-to-production lead times of baseline projects against S108 (15.7 years on average for 127 mines,
 * range 6-32). An input check: the stage-duration means are set to sum to S108's mean
 * ({@link BaselineInputCheckTest}), so a mean near 15.7 years shows the life cycle passes them through (labour
 * shortages, idle spells and the horizon cut could stretch or bias it), not that it predicts them. The spread
 * is a known miss (docs/validation.md, M5: narrower than the record), and the check on it is one-sided: it
 * catches lead times far outside S108's range, not a spread that is too narrow.
 */
class LeadTimeInputCheckTest {

    @Test
    void leadTimesKeepTheCalibratedMean() {
        List<Double> lead = LeadTimes.baselineLeadTimesYears();
        assertThat(lead.size()).as("mines that went from exploration to production").isGreaterThanOrEqualTo(20);
        double mean = lead.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(mean).as("mean lead time, years").isBetween(10.0, 20.0);
        long outside = lead.stream().filter(x -> x < 6 || x > 32).count();
        assertThat((double) outside / lead.size()).as("share outside S108's observed 6-32 years").isLessThanOrEqualTo(0.05);
    }
}
