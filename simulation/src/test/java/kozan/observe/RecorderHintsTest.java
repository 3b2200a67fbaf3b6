package kozan.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kozan.model.MemorySink;
import kozan.model.MiningEconomy;
import kozan.model.TestScenarios;
import kozan.model.random.Seeds;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The recorder computes only the rows its sink uses ({@link RowSink#wantsMonth}, {@link RowSink#wantsMetric}; a batch
 * keeps a few metrics in a few years): a sink that wants two metrics in months 3-5 receives exactly those rows of a
 * full recording, in the same order and with the same values, and nothing else.
 */
class RecorderHintsTest {

    private static final Set<String> WANTED = Set.of(Metrics.JOBS_DIRECT, Metrics.IMPORT_DEPENDENCE);

    /** Takes every row it is given, and says it wants only {@link #WANTED} in months 3 to 5. */
    private static final class Choosy implements RowSink {
        final MemorySink taken = new MemorySink();

        @Override
        public void accept(int step, String metric, String commodity, String region, String detail, double value) {
            taken.accept(step, metric, commodity, region, detail, value);
        }

        @Override
        public boolean wantsMonth(int step) {
            return step >= 3 && step <= 5;
        }

        @Override
        public boolean wantsMetric(String metric) {
            return WANTED.contains(metric);
        }
    }

    private static void record(RowSink sink) {
        Scenario s = TestScenarios.base();
        MiningEconomy e = new MiningEconomy(s, Seeds.master(s.run().seed(), 0));
        Recorder.attach(e, sink);
        e.start();
        for (int i = 0; i < 8; i++) {
            e.schedule.step(e);
        }
    }

    @Test
    void aSinkReceivesExactlyTheRowsItWantsOfAFullRecording() {
        MemorySink all = new MemorySink();
        record(all);
        List<MemorySink.Row> expected = all.rows.stream()
                .filter(r -> r.step() >= 3 && r.step() <= 5 && WANTED.contains(r.metric())).toList();
        assertThat(expected).extracting(MemorySink.Row::metric).containsAll(WANTED);
        assertThat(expected).extracting(MemorySink.Row::step).contains(3, 4, 5);

        Choosy choosy = new Choosy();
        record(choosy);
        assertThat(choosy.taken.rows).containsExactlyElementsOf(expected);
    }

    @Test
    void byDefaultASinkWantsEveryMonthAndMetric() {
        RowSink plain = (step, metric, commodity, region, detail, value) -> { };
        assertThat(plain.wantsMonth(0)).isTrue();
        assertThat(plain.wantsMonth(419)).isTrue();
        assertThat(plain.wantsMetric(Metrics.JOBS_DIRECT)).isTrue();
    }
}
