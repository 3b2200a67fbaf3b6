package kozan.model.trade;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kozan.model.demand.CommodityLedger;
import kozan.scenario.EquityStakeSpec;

/**
 * The Japanese stakes in mines abroad of one commodity, stepped by its {@link WorldMarket}. Before the sources
 * draw their disruptions, each source learns the Japan-bound offtake it carries and that volume's hazard
 * multiplier (offtake-weighted over its stakes); afterwards each stake's mine produces its output less the share
 * its source lost for the offtake volume, and ships, earns and counts its entitlement from that.
 */
public final class EquityStakes {

    private final Offtake[] stakes;
    private final int[] sourceOf;
    private final ImportSource[] sources;
    private final double[] nominal;
    private final double[] weightedMultiplier;
    private final boolean[] active;
    private final double[] mineOutputT;
    private final double[] offtakeT;
    private double offtakeTotalT;
    private double entitlementT;
    private double dividendsYen;

    EquityStakes(List<EquityStakeSpec> all, String commodity, ImportSource[] sources) {
        List<Offtake> mine = new ArrayList<>();
        List<Integer> src = new ArrayList<>();
        for (EquityStakeSpec e : all) {
            if (e.commodity().equals(commodity)) {
                for (int s = 0; s < sources.length; s++) {
                    if (sources[s].id().equals(e.source())) {
                        mine.add(Offtake.of(e));
                        src.add(s);
                    }
                }
            }
        }
        this.stakes = mine.toArray(new Offtake[0]);
        this.sourceOf = src.stream().mapToInt(Integer::intValue).toArray();
        this.sources = sources;
        this.nominal = new double[sources.length];
        this.weightedMultiplier = new double[sources.length];
        this.active = new boolean[stakes.length];
        this.mineOutputT = new double[stakes.length];
        this.offtakeT = new double[stakes.length];
    }

    /** Tells each source the offtake it carries this month (call before the sources advance). */
    void beforeAdvance(YearMonth month) {
        if (stakes.length == 0) {
            return;
        }
        java.util.Arrays.fill(nominal, 0);
        java.util.Arrays.fill(weightedMultiplier, 0);
        for (int k = 0; k < stakes.length; k++) {
            active[k] = stakes[k].activeIn(month);
            if (active[k]) {
                double o = stakes[k].nominalOfftakeT();
                nominal[sourceOf[k]] += o;
                weightedMultiplier[sourceOf[k]] += o * stakes[k].spec().hazardMultiplier();
            }
        }
        for (int s = 0; s < sources.length; s++) {
            sources[s].setOfftake(nominal[s], nominal[s] > 0 ? weightedMultiplier[s] / nominal[s] : 1.0);
        }
    }

    /** Each stake's output, offtake, entitlement and dividend this month (call after the sources advance). */
    void afterAdvance(double worldPriceYenPerT) {
        offtakeTotalT = 0;
        entitlementT = 0;
        dividendsYen = 0;
        for (int k = 0; k < stakes.length; k++) {
            if (!active[k]) {
                mineOutputT[k] = 0;
                offtakeT[k] = 0;
                continue;
            }
            double q = stakes[k].spec().mineOutputTPerYear() / 12.0 * (1.0 - sources[sourceOf[k]].offtakeLostShare());
            mineOutputT[k] = q;
            offtakeT[k] = stakes[k].offtakeT(q);
            offtakeTotalT += offtakeT[k];
            entitlementT += stakes[k].entitlementT(q);
            dividendsYen += stakes[k].dividendYen(worldPriceYenPerT, q);
        }
    }

    /**
     * The self-development ratio of the month (entitlement basis, METI-comparable; design 5.1): domestic-origin
     * supply plus the stakes' entitlement, over Japan's consumption; where smelters refine more concentrate than
     * Japan consumes (copper: refined metal is exported) the basis is their feed (domestic and imported concentrate
     * processed) and the domestic part the domestic concentrate, as in METI's base-metal target. NaN when the basis
     * is 0.
     */
    public double selfDevelopmentRatio(CommodityLedger ledger) {
        double feed = ledger.domesticConcentrateProcessedT() + ledger.importedConcentrateProcessedT();
        double own;
        double basis;
        if (feed > ledger.consumptionT()) {
            own = ledger.domesticConcentrateProcessedT();
            basis = feed;
        } else {
            own = ledger.domesticOriginSoldT();
            basis = ledger.consumptionT();
        }
        return basis > 0 ? (own + entitlementT) / basis : Double.NaN;
    }

    public int size() {
        return stakes.length;
    }

    public Offtake stake(int k) {
        return stakes[k];
    }

    /** Output of stake k's mine this month, t. */
    public double mineOutputT(int k) {
        return mineOutputT[k];
    }

    /** Offtake of stake k this month, t. */
    public double offtakeT(int k) {
        return offtakeT[k];
    }

    /** Offtake of all stakes this month, t. */
    public double offtakeTotalT() {
        return offtakeTotalT;
    }

    /** Equity share x mine output summed over the stakes this month, t (the self-development entitlement). */
    public double entitlementT() {
        return entitlementT;
    }

    /** Dividends of all stakes this month, JPY. */
    public double dividendsYen() {
        return dividendsYen;
    }
}
