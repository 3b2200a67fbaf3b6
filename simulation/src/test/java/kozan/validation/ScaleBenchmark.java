package kozan.validation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import kozan.observe.Runs;
import kozan.scenario.CalendarSpec;
import kozan.scenario.Scenario;

/**
 * Measures thread CPU time per run of the baseline and the large scenario over 1, 2 and 3 years (best of a few
 * runs after a warm-up), to check that cost grows linearly in agents x steps (docs/performance.md). Prints a markdown table
 * for docs/performance.md. Run with {@code java -cp ... kozan.validation.ScaleBenchmark}.
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.println("| scenario | agents | years | steps | CPU s per run (best of n) | CPU us per agent-step |");
        System.out.println("|---|---|---|---|---|---|");
        for (String file : List.of("baseline.yaml", "large.yaml")) {
            long l0 = System.nanoTime();
            Scenario full = ValidationRuns.load(file, List.of());
            System.err.printf("%s loaded in %.1f s wall%n", file, (System.nanoTime() - l0) / 1e9);
            boolean large = file.equals("large.yaml");
            for (int years : large ? new int[] {2, 5, 10} : new int[] {5, 10, 35}) {
                Scenario s = withHorizon(full, years);
                int agents = agents(s);
                long best = Long.MAX_VALUE;
                Runs.simulate(s, 0, (step, metric, commodity, region, detail, value) -> { });   // warm-up
                for (int k = 0; k < (large ? 2 : 10); k++) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    Runs.simulate(s, 0, (step, metric, commodity, region, detail, value) -> { });
                    best = Math.min(best, mx.getCurrentThreadCpuTime() - t0);
                }
                double sec = best / 1e9;
                System.out.printf("| %s | %d | %d | %d | %.3f | %.2f |%n", file, agents, years, s.steps(), sec,
                        sec * 1e6 / ((double) agents * s.steps()));
            }
        }
    }

    /** Agents stepped every month: mines and prospects at the start, generators, suppliers, manufacturers, markets, regions. */
    static int agents(Scenario s) {
        return s.mines().size() + s.prospectGenerators().size() + s.suppliers().size() + s.manufacturers().size()
                + s.commodities().size() + s.regions().size();
    }

    /** The same scenario with another horizon (no reload: the large file takes seconds to parse and validate). */
    static Scenario withHorizon(Scenario s, int years) {
        return new Scenario(s.version(), s.metadata(), new CalendarSpec(s.calendar().start(), years), s.mode(), s.run(),
                s.regions(), s.labor(), s.commodities(), s.mineDefaults(), s.mines(), s.prospectGenerators(), s.suppliers(),
                s.manufacturers(), s.government(), s.events(), s.ioTable());
    }
}
