package kozan.model;

import kozan.model.random.Seeds;

import java.util.function.Consumer;
import kozan.scenario.Scenario;

/** Test helper: runs a scenario replication, calling a check after every month (at the observer ordering). */
public final class Sim {

    private Sim() {
    }

    public static MiningEconomy run(Scenario s, int replication, Consumer<MiningEconomy> afterEachMonth) {
        MiningEconomy e = new MiningEconomy(s, Seeds.master(s.run().seed(), replication));
        e.addStartHook(x -> x.phase(MiningEconomy.ORDERING_OBSERVERS).add(state -> afterEachMonth.accept((MiningEconomy) state)));
        e.start();
        for (int i = 0; i < s.steps(); i++) {
            e.schedule.step(e);
        }
        return e;
    }

    public static MiningEconomy run(Scenario s, int replication) {
        return run(s, replication, e -> { });
    }
}
