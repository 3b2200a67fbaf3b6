package kozan.model.supply;

import kozan.scenario.io.InterregionalIo;
import kozan.scenario.io.IoMultipliers;

/**
 * The simplest {@link InterregionalIo}: every region is a closed copy of the national table, so each region's
 * purchases and household spending are produced in that region (all regional purchase coefficients 1). Summed over
 * regions it is the national Leontief result, like every interregional model. It serves as the reference in tests of
 * the supply-chain accounting, where the national totals are what is checked.
 */
public final class ClosedRegionsIo implements InterregionalIo {

    private final IoMultipliers national;
    private final int regions;

    /**
     * @param national the national open and household-closed inverses (built once)
     * @param regions  number of scenario regions
     */
    public ClosedRegionsIo(IoMultipliers national, int regions) {
        this.national = national;
        this.regions = regions;
    }

    @Override
    public int regionCount() {
        return regions;
    }

    @Override
    public int sectorCount() {
        return national.table().size();
    }

    @Override
    public double[][] typeIOutput(double[][] purchases) {
        double[][] x = new double[regions][];
        for (int r = 0; r < regions; r++) {
            x[r] = national.typeIOutput(purchases[r]);
        }
        return x;
    }

    @Override
    public double[][] typeIIOutput(double[][] purchases, double[] exogenousIncome) {
        double[][] x = new double[regions][];
        for (int r = 0; r < regions; r++) {
            x[r] = national.typeIIOutput(purchases[r], exogenousIncome[r]);
        }
        return x;
    }
}
