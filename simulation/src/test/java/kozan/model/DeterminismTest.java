package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import kozan.observe.Runs;
import org.junit.jupiter.api.Test;

/** Determinism, model part (docs/model.md 1): same scenario and replication give the same row stream; replications differ. */
class DeterminismTest {

    @Test
    void sameSeedSameRows() {
        MemorySink a = new MemorySink();
        MemorySink b = new MemorySink();
        Runs.simulate(MassBalanceTest.stressed(), 3, a);
        Runs.simulate(MassBalanceTest.stressed(), 3, b);
        assertThat(a.rows).isNotEmpty();
        assertThat(b.rows).isEqualTo(a.rows);
    }

    @Test
    void replicationsDiffer() {
        MemorySink a = new MemorySink();
        MemorySink b = new MemorySink();
        Runs.RunStats sa = Runs.simulate(TestScenarios.base(), 0, a);
        Runs.RunStats sb = Runs.simulate(TestScenarios.base(), 1, b);
        assertThat(sa.masterSeed()).isNotEqualTo(sb.masterSeed());
        assertThat(a.value(100, "world_price", "copper", "", "")).isNotEqualTo(b.value(100, "world_price", "copper", "", ""));
        assertThat(b.rows).isNotEqualTo(a.rows);
    }

    @Test
    void restartGivesTheSameRun() {
        MemorySink first = new MemorySink();
        MiningEconomy e = new MiningEconomy(TestScenarios.base(), 42L);
        kozan.observe.Recorder.attach(e, first);
        e.start();
        for (int i = 0; i < 60; i++) {
            e.schedule.step(e);
        }
        int n = first.rows.size();
        e.start();
        for (int i = 0; i < 60; i++) {
            e.schedule.step(e);
        }
        assertThat(first.rows.subList(n, first.rows.size())).isEqualTo(first.rows.subList(0, n));
    }
}
