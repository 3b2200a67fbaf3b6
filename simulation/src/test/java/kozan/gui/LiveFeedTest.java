package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kozan.gui.live.LiveChart;
import kozan.gui.live.LiveFeed;
import kozan.gui.live.Snapshot;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    @Test
    void publishesOneSnapshotPerMonthWithTheResultsFilesTotalRules() {
        LiveFeed feed = new LiveFeed(YearMonth.of(2025, 1));
        List<Snapshot> got = new ArrayList<>();
        feed.addListener(got::add);
        // month 0: regional jobs by stage only; month 1: also a national total row, which wins
        feed.accept(0, "jobs_direct", "", "tohoku", "PRODUCTION", 100);
        feed.accept(0, "jobs_direct", "", "tohoku", "CONSTRUCTION", 20);
        feed.accept(0, "jobs_direct", "", "kanto", "PRODUCTION", 5);
        feed.accept(0, "unemployment_rate", "", "kanto", "", 0.03);
        feed.endOfStep();
        feed.accept(1, "jobs_direct", "", "tohoku", "PRODUCTION", 110);
        feed.accept(1, "jobs_direct", "", "tohoku", "", 999);
        feed.accept(1, "jobs_direct", "", "", "", 1234);
        feed.endOfStep();
        feed.endOfStep();

        assertThat(got).hasSize(2);
        Snapshot m0 = got.get(0);
        assertThat(m0.month()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(m0.national("jobs_direct", "")).isEqualTo(125);
        assertThat(m0.region("jobs_direct", "", "tohoku")).isEqualTo(120);
        assertThat(m0.region("unemployment_rate", "", "kanto")).isEqualTo(0.03);
        assertThat(m0.national("jobs_induced", "")).isNaN();
        Snapshot m1 = got.get(1);
        assertThat(m1.yearFraction()).isCloseTo(2025 + 1 / 12.0, within(1e-12));
        assertThat(m1.region("jobs_direct", "", "tohoku")).as("empty detail is the total").isEqualTo(999);
        assertThat(m1.national("jobs_direct", "")).as("national row wins").isEqualTo(1234);
        assertThat(feed.latest()).isSameAs(m1);
        feed.reset();
        assertThat(feed.latest()).isNull();
    }

    @Test
    void indexedChartsStartAt100AndAppendOnePointPerMonth() {
        LiveChart c = new LiveChart("Prices", null, "Index", LiveChart.Kind.LINES, false, List.of("a", "b"),
                List.of(Color.BLUE, Color.RED), s -> new double[]{s.national("p", "a"), s.national("p", "b")}, true);
        LiveFeed feed = new LiveFeed(YearMonth.of(2030, 6));
        List<double[]> ys = new ArrayList<>();
        feed.addListener(s -> ys.add(c.extract(s)));
        feed.accept(0, "p", "a", "", "", 50);
        feed.accept(0, "p", "b", "", "", 0);
        feed.accept(1, "p", "a", "", "", 75);
        feed.accept(1, "p", "b", "", "", 8);
        feed.endOfStep();
        assertThat(ys.get(0)).containsExactly(100, Double.NaN);
        assertThat(ys.get(1)).containsExactly(150, 100);
        c.append(2030.5, ys.get(0));
        c.append(2030.6, ys.get(1));
        assertThat(c.pointCount()).isEqualTo(2);
        c.clear();
        assertThat(c.pointCount()).isZero();
    }
}
