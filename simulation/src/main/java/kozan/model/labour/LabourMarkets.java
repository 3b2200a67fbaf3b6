package kozan.model.labour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * All regional labour markets as one MASON agent at ordering 5: every region steps in region-id order, then
 * migration clears nationally. One Steppable keeps the order fixed without relying on schedule tie-breaking.
 */
public final class LabourMarkets implements Steppable {
    private static final long serialVersionUID = 1L;

    private final List<RegionalLabourMarket> regions;
    private double lastMovers;

    public LabourMarkets(List<RegionalLabourMarket> regions) {
        List<RegionalLabourMarket> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(RegionalLabourMarket::regionId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).regionId().equals(sorted.get(i - 1).regionId())) {
                throw new IllegalArgumentException("two labour markets for region " + sorted.get(i).regionId());
            }
        }
        this.regions = List.copyOf(sorted);
    }

    @Override
    public void step(SimState state) {
        stepMonth((int) state.schedule.getSteps());
    }

    /** One month for every region, then national migration. */
    public void stepMonth(int month) {
        for (RegionalLabourMarket r : regions) {
            r.stepMonth(month);
        }
        lastMovers = MigrationClearing.clear(regions);
    }

    /** Regions in id order. */
    public List<RegionalLabourMarket> regions() {
        return regions;
    }

    public RegionalLabourMarket region(String id) {
        for (RegionalLabourMarket r : regions) {
            if (r.regionId().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no labour market for region '" + id + "'");
    }

    /** Persons who moved between regions last month. */
    public double movers() {
        return lastMovers;
    }
}
