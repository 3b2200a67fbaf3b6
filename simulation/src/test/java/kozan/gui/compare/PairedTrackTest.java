package kozan.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kozan.chart.Series;
import kozan.gui.compare.PairedTrack.Estimate;
import kozan.gui.compare.PairedTrack.Side;
import kozan.gui.live.RowKey;
import kozan.gui.live.Snapshot;
import kozan.observe.Metrics;
import kozan.stats.Bounds;
import org.junit.jupiter.api.Test;

/**
 * The intervals of a live comparison stay inside what the quantity can be: two replications far apart give a t
 * half width past the range, which the GUI showed as an import-dependence change of "-132.45 to +155.08 pp" and a
 * jobs band below 0.
 */
class PairedTrackTest {

    private static final YearMonth START = YearMonth.of(2025, 1);

    /** A quantity reading metric "x" from a snapshot, in the range of {@code metric}. */
    private static Quantity quantity(String id, Quantity.Kind kind, String metric) {
        return new Quantity(id, id, "unit", kind, Metrics.bounds(metric), false, s -> s.value("x", "", "", ""));
    }

    private static Snapshot snap(double x) {
        return new Snapshot(0, START, Map.of(new RowKey("x", "", "", ""), x));
    }

    /** One month, two replications, policy and baseline values per replication. */
    private static PairedTrack track(Quantity q, double[] policy, double[] baseline) {
        PairedTrack t = new PairedTrack(START, 1, 2, List.of(q));
        for (int r = 0; r < 2; r++) {
            t.record(r, 0, snap(policy[r]), snap(baseline[r]));
        }
        return t;
    }

    @Test
    void aChangeInImportDependenceStaysWithinPlusMinusOneHundredPoints() {
        Quantity q = quantity("dependence:gold", Quantity.Kind.SHARE, Metrics.IMPORT_DEPENDENCE);
        // paired changes 0 and +0.30: mean 0.15, t half width 12.706 * 0.3 / 2 = 1.91, past a change in a share
        PairedTrack t = track(q, new double[] {0.50, 0.80}, new double[] {0.50, 0.50});
        Estimate e = t.at(q.id(), Side.DIFFERENCE, 0);
        assertThat(e.mean()).isCloseTo(0.15, within(1e-12));
        assertThat(e.low()).isEqualTo(-1.0);
        assertThat(e.high()).isEqualTo(1.0);
        Series s = t.series(q.id(), Side.DIFFERENCE, "d", Color.BLACK);
        assertThat(s.low()[0]).isEqualTo(-1.0);
        assertThat(s.high()[0]).isEqualTo(1.0);
        assertThat(Headline.text(q, e)).isEqualTo("+15.00 pp (95% CI -100.00 pp to +100.00 pp), 2 pairs");
        // a narrow interval is the plain t interval, untouched
        Estimate narrow = track(q, new double[] {0.60, 0.61}, new double[] {0.50, 0.50}).at(q.id(), Side.DIFFERENCE, 0);
        assertThat(narrow.high() - narrow.mean()).isCloseTo(12.7062047 * 0.005, within(1e-6));
        assertThat(narrow.mean() - narrow.low()).isCloseTo(narrow.high() - narrow.mean(), within(1e-12));
    }

    @Test
    void aJobsLevelWithAWideSpreadStaysAboveZeroWhileItsDifferenceMayBeNegative() {
        Quantity q = quantity("gross", Quantity.Kind.PERSONS, Metrics.JOBS_DIRECT);
        // policy replications 100 and 5,000 persons: mean 2,550, t half width 31,130; mean - half would be -28,580
        PairedTrack t = track(q, new double[] {100, 5000}, new double[] {100, 100});
        Estimate level = t.at(q.id(), Side.POLICY, 0);
        assertThat(level.mean()).isEqualTo(2550.0);
        assertThat(level.low()).isGreaterThanOrEqualTo(0.0).isEqualTo(Bounds.NON_NEGATIVE.ci95(2550, 31130.2)[0],
                within(1e-3));
        Series s = t.series(q.id(), Side.POLICY, "p", Color.BLACK);
        assertThat(s.low()[0]).isGreaterThanOrEqualTo(0.0);
        // the paired change in jobs is unbounded: the plain t interval, below 0
        Estimate d = t.at(q.id(), Side.DIFFERENCE, 0);
        assertThat(d.low()).isCloseTo(2450 - 12.7062047 * 2450, within(1e-2));
    }

    @Test
    void oneReplicationHasNoIntervalAndTheBandIsTheMean() {
        Quantity q = quantity("dependence:gold", Quantity.Kind.SHARE, Metrics.IMPORT_DEPENDENCE);
        PairedTrack t = new PairedTrack(START, 1, 2, List.of(q));
        t.record(0, 0, snap(0.7), snap(0.5));
        Estimate e = t.at(q.id(), Side.DIFFERENCE, 0);
        assertThat(e.hasInterval()).isFalse();
        assertThat(Headline.text(q, e)).isEqualTo("+20.00 pp, 1 pair");
        Series s = t.series(q.id(), Side.DIFFERENCE, "d", Color.BLACK);
        assertThat(s.low()[0]).isEqualTo(s.y()[0]);
        assertThat(s.high()[0]).isEqualTo(s.y()[0]);
    }

    @Test
    void theHeadlineWritesYenAsTheDifferencesTableDoes() {
        Quantity q = quantity("fiscal", Quantity.Kind.YEN, Metrics.FISCAL_COST_YEN);
        Estimate e = track(q, new double[] {1.8e12, 1.85e12}, new double[] {0, 0}).at(q.id(), Side.DIFFERENCE, 0);
        assertThat(Headline.format(q, e.mean())).isEqualTo("+JPY 1,825 bn")
                .isEqualTo(kozan.gui.panel.Values.signed(Quantity.Kind.YEN, e.mean(), true));
        assertThat(Headline.format(q, -1.2e9)).isEqualTo("-JPY 1.20 bn");
    }
}
