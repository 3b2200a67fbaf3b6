package kozan.model.labour;

import java.util.List;

/**
 * National migration step (docs/model.md 7.6), run after every region has matched. Expected income of an unemployed
 * person is wage x job-finding rate; the labour-force-weighted national mean is the reference. In a region below
 * the mean, the unemployed who consider moving (migration share) move in proportion to the relative income gap,
 * capped at a share of the labour force. Movers go to the regions above the mean in proportion to
 * (their expected income - mean) x labour force. People are conserved: the last destination takes the remainder.
 */
public final class MigrationClearing {
    private MigrationClearing() {
    }

    /**
     * Moves people between regions, in the given (fixed) order. Regions in unconstrained (IO_PARITY) mode take no part.
     *
     * @return total movers this month, persons
     */
    public static double clear(List<RegionalLabourMarket> regions) {
        int n = regions.size();
        double[] income = new double[n];
        double labourTotal = 0.0;
        double weighted = 0.0;
        for (int r = 0; r < n; r++) {
            RegionalLabourMarket m = regions.get(r);
            if (m.unconstrained()) {
                continue;
            }
            income[r] = m.expectedIncomeYenPerMonth();
            labourTotal += m.labourForce();
            weighted += m.labourForce() * income[r];
        }
        if (labourTotal <= 0.0 || weighted <= 0.0) {
            return 0.0;
        }
        double mean = weighted / labourTotal;
        double[] flow = new double[n];
        double movers = 0.0;
        double destinationWeight = 0.0;
        int lastDestination = -1;
        for (int r = 0; r < n; r++) {
            RegionalLabourMarket m = regions.get(r);
            if (m.unconstrained()) {
                continue;
            }
            double gap = incomeGap(income[r], mean);
            if (gap > 0) {
                double out = outMigrants(m.labour().migrationShare(), m.unemployed(), gap, m.labour().migrationCap(),
                        m.labourForce());
                flow[r] = -out;
                movers += out;
            } else if (gap < 0) {
                destinationWeight += (income[r] - mean) * m.labourForce();
                lastDestination = r;
            }
        }
        if (movers <= 0.0 || lastDestination < 0) {
            return 0.0;
        }
        double placed = 0.0;
        for (int r = 0; r < lastDestination; r++) {
            if (!regions.get(r).unconstrained() && income[r] > mean) {
                flow[r] = inMigrants(movers, income[r], mean, regions.get(r).labourForce(), destinationWeight);
                placed += flow[r];
            }
        }
        flow[lastDestination] = movers - placed;
        double net = 0.0;
        for (int r = 0; r < n; r++) {
            if (flow[r] != 0.0) {
                regions.get(r).migrate(flow[r]);
                net += flow[r];
            }
        }
        if (Math.abs(net) > 1e-9 * Math.max(1.0, movers)) {
            throw new IllegalStateException("migration does not conserve people: net " + net + " of " + movers + " movers");
        }
        return movers;
    }

    /** Relative expected-income gap of a region to the national mean, (mean - income) / mean; > 0 below the mean. */
    static double incomeGap(double incomeYenPerMonth, double meanYenPerMonth) {
        return (meanYenPerMonth - incomeYenPerMonth) / meanYenPerMonth;
    }

    /**
     * Out-migrants of a region below the mean: the unemployed who consider moving, in proportion to the relative
     * income gap (counted at most as 1), capped at a share of the labour force, persons.
     *
     * @param migrationShare share of the unemployed considering a move, 1/month
     * @param unemployed     persons
     * @param gap            relative income gap ({@link #incomeGap}), > 0
     * @param migrationCap   cap on out-migration as a share of the labour force, 1/month
     * @param labourForce    persons
     */
    static double outMigrants(double migrationShare, double unemployed, double gap, double migrationCap,
                              double labourForce) {
        return Math.min(migrationShare * unemployed * Math.min(gap, 1.0), migrationCap * labourForce);
    }

    /**
     * In-migrants of a region above the mean: its share of all movers in proportion to (income - mean) x labour
     * force, persons. The last destination takes the remainder instead, so people are conserved exactly.
     *
     * @param movers            all out-migrants this month, persons
     * @param incomeYenPerMonth the region's expected income of an unemployed person
     * @param meanYenPerMonth   labour-force-weighted national mean of that income
     * @param labourForce       the region's labour force, persons
     * @param destinationWeight sum of (income - mean) x labour force over all regions above the mean
     */
    static double inMigrants(double movers, double incomeYenPerMonth, double meanYenPerMonth, double labourForce,
                             double destinationWeight) {
        return movers * (incomeYenPerMonth - meanYenPerMonth) * labourForce / destinationWeight;
    }
}
