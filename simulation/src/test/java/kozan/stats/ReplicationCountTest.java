package kozan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words for too few and unequal replication sets, and where "too few" starts (n < 2: no interval). */
class ReplicationCountTest {

    @Test
    void aRunHasIntervalsFromTwoReplications() {
        assertThat(ReplicationCount.runNote(2)).isNull();
        assertThat(ReplicationCount.runNote(10)).isNull();
        assertThat(ReplicationCount.runNote(1)).isEqualTo("1 replication (n = 1): summary.csv and the report have no"
                + " 95% intervals, which need n >= 2; use --replications 10 (the default) or more");
    }

    @Test
    void equalSetsOfTwoOrMoreNeedNoNote() {
        assertThat(ReplicationCount.comparisonNotes(2, 2, 2)).isEmpty();
        assertThat(ReplicationCount.comparisonNotes(10, 10, 10)).isEmpty();
    }

    @Test
    void unequalSetsSayWhatIsPairedAndTooFewPairsSayN() {
        // a 1-replication run against a 4-replication run: 1 pair, which has no interval
        assertThat(ReplicationCount.comparisonNotes(1, 4, 1)).containsExactly(
                "unequal replication sets: the baseline has 1, the scenario 4; only the 1 replication present in both"
                        + " is paired",
                "1 pair (n = 1): no 95% intervals, which need n >= 2 pairs; run both with --replications 10 (the"
                        + " default) or more and the same --seed");
        assertThat(ReplicationCount.comparisonNotes(10, 3, 3)).containsExactly("unequal replication sets: the"
                + " baseline has 10, the scenario 3; only the 3 replications present in both are paired");
    }
}
