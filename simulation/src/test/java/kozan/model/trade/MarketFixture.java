package kozan.model.trade;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.random.Seeds;
import kozan.scenario.CalendarSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EventSpec;
import kozan.scenario.ImportSourceSpec;
import kozan.scenario.MarketSpec;
import kozan.scenario.ProducerSpec;
import kozan.scenario.ProjectSpec;

/**
 * A small world market for tests, outside the full model: China (home market, ships through source 'china'),
 * Australia (source 'australia', with one idle project) and the rest (source 'vietnam'), the sources of
 * {@link TestScenarios#rareEarths()}. A test plays Japan: it opens the month, lets the sources advance (no random
 * disruptions), takes tonnes from them and settles, in the order WorldMarket and Procurement use.
 */
final class MarketFixture {

    static final CalendarSpec CALENDAR = new CalendarSpec(YearMonth.of(2025, 1), 5);
    static final int STEPS = 60;
    static final double PRICE = 1_000_000;

    final MarketPrice market;
    final ImportSource[] sources;
    final ScheduledEvents scheduled;

    MarketFixture(MarketSpec spec, List<EventSpec> events) {
        CommoditySpec re = TestScenarios.rareEarths();
        List<ImportSourceSpec> ss = re.importSources();
        sources = new ImportSource[ss.size()];
        for (int s = 0; s < sources.length; s++) {
            sources[s] = new ImportSource(ss.get(s), Seeds.stream(1, "fixture/" + ss.get(s).id(), "disruption"));
        }
        scheduled = new ScheduledEvents(events, CALENDAR, STEPS, TestScenarios.regions(), List.of(re));
        market = new MarketPrice(spec, 0, scheduled, PRICE, sources);
    }

    /**
     * One month: open, sources advance under the given restriction depths (per source), Japan takes up to
     * {@code japanWantT} spread over the sources in order, settle.
     *
     * @return tonnes Japan took
     */
    double month(int step, double[] restriction, double japanWantT) {
        market.open(step);
        for (int s = 0; s < sources.length; s++) {
            sources[s].setRestriction(restriction == null ? 0 : restriction[s]);
            sources[s].advance(false, false);
        }
        market.advance(step, 0, 0);
        double left = japanWantT;
        for (ImportSource src : sources) {
            double t = Math.min(left, src.remainingTPerMonth());
            src.take(t);
            left -= t;
        }
        market.settle(japanWantT);
        return japanWantT - left;
    }

    /** Behaviour at the defaults of MarketSpec (as baseline.yaml), a balanced world of 120 kt/yr. */
    static MarketSpec spec(double lambda, double duty, double leak, List<ProducerSpec> producers) {
        return new MarketSpec(lambda, 3, 0.25, -0.05, -0.3, 3, 0.2, 0.19, 0.3, 1.3, 1.2, 6, 72, 24, 42, 0.6, 12, 0.1, 0.05,
                duty, leak, 0.0, 60_000, 0.0, 30_000, 0.0, 30_000, 1_200, producers);
    }

    /**
     * Producers balancing {@link #spec} at the start prices: China 100,000 x 0.9 = 90,000 t/yr = its use 60,000 + exports
     * 30,000; the world pool: exports 30,000 + rest 32,000 x 0.9 = 28,800 + recycling 1,200 = 60,000 = the rest of the
     * world's 30,000 + Japan's 30,000. Australia has one idle project.
     */
    static List<ProducerSpec> producers() {
        List<ProducerSpec> p = new ArrayList<>();
        p.add(new ProducerSpec("china", 100_000, 0.9, 0.3, true, List.of("china"), List.of()));
        p.add(new ProducerSpec("australia", 0, 0.85, 0.3, false, List.of("australia"),
                List.of(new ProjectSpec("mt_weld", ProjectSpec.ProjectStart.IDLE, 10_000, 600_000, 20e9))));
        p.add(new ProducerSpec("rest", 32_000, 0.9, 0.3, false, List.of("vietnam"), List.of()));
        return p;
    }

    static EventSpec quota(String id, YearMonth start, int months, double tPerYear) {
        return new EventSpec(id, EventSpec.EventKind.EXPORT_QUOTA, "rare_earths", null, null, start, months, 1, 0,
                tPerYear, null);
    }

    static EventSpec activity(String id, YearMonth start, int months, double index) {
        return new EventSpec(id, EventSpec.EventKind.ACTIVITY, "rare_earths", null, null, start, months, 1, 0,
                index, null);
    }
}
