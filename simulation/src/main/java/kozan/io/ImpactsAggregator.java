package kozan.io;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import kozan.observe.RowSink;
import kozan.observe.impacts.ImpactRecorder;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;

/**
 * Rolls one replication's monthly impact rows (kozan.observe.impacts.ImpactRecorder) up to calendar years and writes
 * impacts.csv rows: employment is the mean over the year's simulated months (a month without a row counts 0, as in
 * annual.csv), the yen columns are sums. The months are counted from every row the run sends, metric rows included,
 * so a year has the same months as in annual.csv.
 *
 * <p>Totals are made here, so they add up by construction: industry "" = sum over IO sectors, region "" = sum over
 * regions (also in IO_PARITY mode, where annual.csv's national jobs rows are the Leontief result instead). Per year,
 * for the nation and then each region in scenario order, for each effect (direct, indirect, induced), the
 * all-industry row is always written and a sector's row when any of its values is not 0; sectors in code order.
 */
public final class ImpactsAggregator implements RowSink {

    private record Key(String region, String industry, String effect) {
    }

    private final int replication;
    private final YearClock clock;
    private final List<String> regions;
    private final List<String> effects;
    private final ImpactRows out;
    private final Map<Key, double[]> year = new HashMap<>();
    private final TreeSet<String> industries = new TreeSet<>();

    /**
     * @param regions region ids in scenario order
     * @param effects effects in row order
     * @param out     receives the rows; closed by {@link #close()}
     */
    public ImpactsAggregator(int replication, YearMonth start, List<String> regions, List<String> effects, ImpactRows out) {
        this.replication = replication;
        this.clock = new YearClock(start);
        this.regions = List.copyOf(regions);
        this.effects = List.copyOf(effects);
        this.out = Objects.requireNonNull(out);
    }

    /** The roll-up of replication {@code replication} of {@code scenario}: its start month and regions, every effect. */
    public static ImpactsAggregator of(int replication, Scenario scenario, ImpactRows out) {
        List<String> regions = scenario.regions() == null ? List.of() : scenario.regions().stream().map(RegionSpec::id).toList();
        return new ImpactsAggregator(replication, scenario.calendar().start(), regions, ImpactRecorder.EFFECTS, out);
    }

    @Override
    public boolean wantsImpacts() {
        return true;
    }

    @Override
    public void accept(int step, String metric, String commodity, String region, String detail, double value) {
        month(step);
    }

    @Override
    public void impact(int step, String region, String industry, String effect, double employment,
                       double labourIncomeYen, double valueAddedYen, double outputYen) {
        month(step);
        industries.add(industry);
        double[] v = year.computeIfAbsent(new Key(region, industry, effect), k -> new double[4]);
        v[0] += employment;
        v[1] += labourIncomeYen;
        v[2] += valueAddedYen;
        v[3] += outputYen;
    }

    private void month(int step) {
        clock.month(step, this::flush);
    }

    @Override
    public void close() {
        flush();
        out.close();
    }

    private void flush() {
        if (clock.months() == 0) {
            return;
        }
        int currentYear = clock.year();
        for (int r = -1; r < regions.size(); r++) {
            String region = r < 0 ? "" : regions.get(r);
            for (String effect : effects) {
                double[] all = new double[4];
                double[][] bySector = new double[industries.size()][];
                int i = 0;
                for (String industry : industries) {
                    double[] v = cell(r, industry, effect);
                    bySector[i++] = v;
                    for (int q = 0; q < 4; q++) {
                        all[q] += v[q];
                    }
                }
                out.row(replication, currentYear, region, "", effect, annual(all));
                i = 0;
                for (String industry : industries) {
                    double[] v = bySector[i++];
                    if (v[0] != 0 || v[1] != 0 || v[2] != 0 || v[3] != 0) {
                        out.row(replication, currentYear, region, industry, effect, annual(v));
                    }
                }
            }
        }
        year.clear();
        industries.clear();
        clock.yearWritten();
    }

    /** The year's sums of a region (r &lt; 0: every region) and sector. */
    private double[] cell(int r, String industry, String effect) {
        double[] v = new double[4];
        for (int k = 0; k < regions.size(); k++) {
            if (r < 0 || r == k) {
                double[] c = year.get(new Key(regions.get(k), industry, effect));
                if (c != null) {
                    for (int q = 0; q < 4; q++) {
                        v[q] += c[q];
                    }
                }
            }
        }
        return v;
    }

    /** Persons: mean over the year's months; yen: the sums. */
    private double[] annual(double[] sums) {
        return new double[] {sums[0] / clock.months(), sums[1], sums[2], sums[3]};
    }
}
