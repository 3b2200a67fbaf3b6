package kozan.io;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *
 * <p>The year's sums are an array [effect][region][sector slot][value] (docs/architecture.md, "Recording"): a row
 * finds its region, effect and sector slot by a lookup of the String (its hash is cached) and adds four numbers; rows
 * of regions or effects the aggregator was not given are ignored, as they never appear in the table.
 */
public final class ImpactsAggregator implements RowSink {

    private static final int VALUES = 4;

    private final int replication;
    private final YearClock clock;
    private final List<String> regions;
    private final List<String> effects;
    private final ImpactRows out;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final Map<String, Integer> effectIndex = new HashMap<>();
    /** Sector slot of each IO sector code seen in the run (slots in order of first row). */
    private final Map<String, Integer> sectorSlot = new HashMap<>();
    /** Sector codes by slot. */
    private final List<String> sectors = new ArrayList<>();
    /** Slots in code order: the row order of the sectors. */
    private int[] sectorOrder = new int[0];
    /** This year's sums, [effect][region][slot][value]; slots added as sectors appear. */
    private double[][][][] year;
    /**
     * The last row's region, effect and sector and their indices: the recorder sends a month's rows by effect, then
     * region, then sector, with the same String objects every month, so a reference compare finds most rows' indices.
     */
    private String lastRegion;
    private String lastEffect;
    private int lastR = -1;
    private int lastE = -1;
    private int lastSlot = -1;
    /** The slot that followed slot s last time (-1: none yet). */
    private int[] nextSlot = new int[0];

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
        for (int r = 0; r < this.regions.size(); r++) {
            regionIndex.putIfAbsent(this.regions.get(r), r);
        }
        for (int e = 0; e < this.effects.size(); e++) {
            effectIndex.putIfAbsent(this.effects.get(e), e);
        }
        this.year = new double[this.effects.size()][this.regions.size()][0][];
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
        int predicted = lastSlot < 0 ? -1 : nextSlot[lastSlot];
        int slot = predicted >= 0 && sectors.get(predicted) == industry ? predicted : slot(industry);
        if (lastSlot >= 0) {
            nextSlot[lastSlot] = slot;
        }
        lastSlot = slot;
        if (region != lastRegion) {
            Integer r = regionIndex.get(region);
            lastRegion = region;
            lastR = r == null ? -1 : r;
        }
        if (effect != lastEffect) {
            Integer e = effectIndex.get(effect);
            lastEffect = effect;
            lastE = e == null ? -1 : e;
        }
        if (lastR < 0 || lastE < 0) {
            return; // not a row of the table (regions and effects are the given ones)
        }
        double[] v = year[lastE][lastR][slot];
        v[0] += employment;
        v[1] += labourIncomeYen;
        v[2] += valueAddedYen;
        v[3] += outputYen;
    }

    /** The slot of a sector code, adding a slot to every region and effect at its first row. */
    private int slot(String industry) {
        Integer known = sectorSlot.get(industry);
        if (known != null) {
            return known;
        }
        int slot = sectors.size();
        sectorSlot.put(industry, slot);
        sectors.add(industry);
        nextSlot = Arrays.copyOf(nextSlot, slot + 1);
        nextSlot[slot] = -1;
        for (double[][][] effect : year) {
            for (int r = 0; r < effect.length; r++) {
                effect[r] = Arrays.copyOf(effect[r], slot + 1);
                effect[r][slot] = new double[VALUES];
            }
        }
        Integer[] order = new Integer[sectors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> sectors.get(a).compareTo(sectors.get(b)));
        sectorOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        return slot;
    }

    private void month(int step) {
        clock.month(step, this::flush);
    }

    @Override
    public void close() {
        flush();
        out.close();
    }

    /**
     * The year's rows. A sector without a row this year has zero sums: it adds nothing to the all-industry row and
     * writes no row of its own, so iterating every sector of the run gives the rows of the sectors of the year.
     */
    private void flush() {
        if (clock.months() == 0) {
            return;
        }
        int currentYear = clock.year();
        int n = sectorOrder.length;
        double[][] bySector = new double[n][VALUES];
        double[] all = new double[VALUES];
        for (int r = -1; r < regions.size(); r++) {
            String region = r < 0 ? "" : regions.get(r);
            for (int e = 0; e < effects.size(); e++) {
                Arrays.fill(all, 0.0);
                for (int i = 0; i < n; i++) {
                    double[] v = bySector[i];
                    cell(r, e, sectorOrder[i], v);
                    for (int q = 0; q < VALUES; q++) {
                        all[q] += v[q];
                    }
                }
                out.row(replication, currentYear, region, "", effects.get(e), annual(all));
                for (int i = 0; i < n; i++) {
                    double[] v = bySector[i];
                    if (v[0] != 0 || v[1] != 0 || v[2] != 0 || v[3] != 0) {
                        out.row(replication, currentYear, region, sectors.get(sectorOrder[i]), effects.get(e),
                                annual(v));
                    }
                }
            }
        }
        for (double[][][] effect : year) {
            for (double[][] region : effect) {
                for (double[] cell : region) {
                    Arrays.fill(cell, 0.0);
                }
            }
        }
        clock.yearWritten();
    }

    /** Into {@code v}: the year's sums of a region (r &lt; 0: every region, added in scenario order) and sector slot. */
    private void cell(int r, int effect, int slot, double[] v) {
        Arrays.fill(v, 0.0);
        double[][][] byRegion = year[effect];
        for (int k = 0; k < byRegion.length; k++) {
            if (r < 0 || r == k) {
                double[] c = byRegion[k][slot];
                for (int q = 0; q < VALUES; q++) {
                    v[q] += c[q];
                }
            }
        }
    }

    /** Persons: mean over the year's months; yen: the sums. */
    private double[] annual(double[] sums) {
        return new double[] {sums[0] / clock.months(), sums[1], sums[2], sums[3]};
    }
}
