package kozan.validation;

import java.util.ArrayList;
import java.util.List;
import kozan.model.MiningEconomy;
import kozan.model.mining.Mine;
import kozan.model.random.Seeds;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader.Override;
import kozan.scenario.Stage;

/** Discovery-to-production lead times (years, EXPLORATION entry to PRODUCTION entry) of baseline projects, cached. */
public final class LeadTimes {

    private static List<Double> cache;

    private LeadTimes() {
    }

    /**
     * Baseline with the two prospect generators at 4 targets a year each (so enough projects start) over the
     * full 35 years, 3 replications; only projects that entered exploration in the first 10 years and never went
     * idle count, so the horizon does not cut off long lead times (S108's longest, 32 years, still fits).
     */
    public static synchronized List<Double> baselineLeadTimesYears() {
        if (cache != null) {
            return cache;
        }
        Scenario s = ValidationRuns.load("baseline.yaml", List.of(
                new Override("prospect_generators[kyushu_epithermal_gold].rate_per_year", 4.0),
                new Override("prospect_generators[tohoku_kuroko_zinc].rate_per_year", 4.0)));
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            MiningEconomy e = new MiningEconomy(s, Seeds.master(s.run().seed(), k));
            e.start();
            for (int i = 0; i < s.steps(); i++) {
                e.schedule.step(e);
            }
            for (Mine m : e.mines()) {
                int ex = m.stageEntryStep(Stage.EXPLORATION);
                int pr = m.stageEntryStep(Stage.PRODUCTION);
                boolean restarted = m.stageEntryStep(Stage.IDLE) != Integer.MIN_VALUE;
                if (ex != Integer.MIN_VALUE && ex < 120 && pr != Integer.MIN_VALUE && !restarted) {
                    out.add((pr - ex) / 12.0);
                }
            }
        }
        cache = List.copyOf(out);
        return cache;
    }
}
