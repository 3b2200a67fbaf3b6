package kozan.model.demand;

import java.util.List;
import kozan.scenario.CommoditySpec;

/**
 * Monthly clearing of refined supply for every commodity (runs after the manufacturers at ordering 4).
 * Order per commodity (docs/model.md 7.4): (1) domestic refined supply up to each buyer's domestic-preference share
 * (raised by an offtake mandate for critical commodities); (2) imports split across sources by the logit,
 * capacity-limited with spill-over; (3) domestic supply still unsold for demand imports could not meet;
 * (4) the buyers' own inventories (used in {@code Manufacturer.settle}); (5) state stockpile release when the
 * shortfall after (1)-(3) exceeds the trigger; then the stockpile buys from remaining imports. Among several
 * buyers every step is pro rata to their demand, in buyer order. Unsold refined supply is exported; domestic
 * concentrate that processing did not take is exported as concentrate.
 */
public final class Procurement {

    /** Weight of the newest month in the moving average of consumption behind the stockpile target. */
    static final double CONSUMPTION_AVERAGE_WEIGHT = 1.0 / 12.0;

    /** Per commodity, the buyers that use it, in buyer order (the clearing's pro-rata steps run over these only). */
    private final Buyer[][] buyersOf;
    private final ImportSupply[] markets;
    private final boolean[] critical;
    private final double[] domesticPreference;
    private final StockpileAccount stockpile;
    private final double[] avgConsumptionT;
    private final boolean[] releasing;
    private final double[] domesticCallT;

    private final double[] dom;
    private final double[] imp;
    private final double[] rel;
    private final double[] want;
    private final double[] bySource;
    private final double[] stockBySource;

    public Procurement(List<? extends Buyer> buyers, ImportSupply[] markets, boolean[] critical,
                       double[] domesticPreference, StockpileAccount stockpile) {
        this.markets = markets;
        this.critical = critical;
        this.domesticPreference = domesticPreference;
        this.stockpile = stockpile;
        this.avgConsumptionT = new double[markets.length];
        this.releasing = new boolean[markets.length];
        this.domesticCallT = new double[markets.length];
        this.buyersOf = new Buyer[markets.length][];
        for (int c = 0; c < markets.length; c++) {
            final int commodity = c;
            buyersOf[c] = buyers.stream().filter(b -> b.uses(commodity)).toArray(Buyer[]::new);
        }
        int n = buyers.size();
        this.dom = new double[n];
        this.imp = new double[n];
        this.rel = new double[n];
        this.want = new double[n];
        int maxSources = 0;
        for (ImportSupply m : markets) {
            maxSources = Math.max(maxSources, m.sourceCount());
        }
        this.bySource = new double[maxSources];
        this.stockBySource = new double[maxSources];
    }

    /**
     * The clearing of a scenario's commodities: critical flags and domestic preferences from the commodity specs,
     * consumption averages seeded with the buyers' start needs, and stockpile targets set for stockpiled
     * commodities.
     */
    public static Procurement open(List<? extends Buyer> buyers, ImportSupply[] markets, List<CommoditySpec> commodities,
                                   StockpileAccount stockpile) {
        int nc = markets.length;
        boolean[] critical = new boolean[nc];
        double[] preference = new double[nc];
        for (int c = 0; c < nc; c++) {
            CommoditySpec cs = commodities.get(c);
            critical[c] = cs.critical();
            preference[c] = cs.domesticPreference();
        }
        Procurement procurement = new Procurement(buyers, markets, critical, preference, stockpile);
        for (int c = 0; c < nc; c++) {
            double monthly = 0;
            for (Buyer b : buyers) {
                monthly += b.initialNeed(c);
            }
            procurement.initialiseConsumption(c, monthly);
            if (stockpile.isStockpiled(c)) {
                stockpile.setStockpileT(c, procurement.stockpileTargetT(c));
            }
        }
        return procurement;
    }

    /** Seeds the consumption average (t/month) used for the stockpile target before the first clearing. */
    public void initialiseConsumption(int commodity, double monthlyT) {
        avgConsumptionT[commodity] = monthlyT;
        domesticCallT[commodity] = monthlyT * domesticPreference[commodity];
    }

    /** Demand addressed to domestic supply in the last clearing (preference share x demand), t/month. */
    public double domesticCallT(int commodity) {
        return domesticCallT[commodity];
    }

    /** Stockpile target, t. */
    public double stockpileTargetT(int commodity) {
        return stockpile.stockpileTargetDays() * avgConsumptionT[commodity] * 12.0 / 365.0;
    }

    public boolean releasing(int commodity) {
        return releasing[commodity];
    }

    /** Clears every commodity; the domestic-preference share in force may be raised by an offtake mandate. */
    public void clear(double offtakeMandate) {
        for (int c = 0; c < markets.length; c++) {
            clearCommodity(c, critical[c] ? Math.max(domesticPreference[c], offtakeMandate) : domesticPreference[c]);
        }
    }

    private void clearCommodity(int c, double preference) {
        ImportSupply market = markets[c];
        CommodityLedger ledger = market.ledger();
        Buyer[] users = buyersOf[c];
        int n = users.length;
        int ns = market.sourceCount();
        double offer = ledger.domesticOfferT();
        double needTotal = 0;
        double demandTotal = 0;
        double betaSum = 0;
        double raSum = 0;
        for (int i = 0; i < n; i++) {
            Buyer b = users[i];
            dom[i] = 0;
            imp[i] = 0;
            rel[i] = 0;
            needTotal += b.need(c);
            demandTotal += b.demand(c);
            betaSum += b.demand(c) * b.logitBeta();
            raSum += b.demand(c) * b.riskAversion();
        }
        // (1) domestic supply up to the preference share
        for (int i = 0; i < n; i++) {
            want[i] = preference * users[i].demand(c);
        }
        domesticCallT[c] = preference * demandTotal;
        double sold = share(offer, want, dom, n);
        // (2) imports for the rest, split across buyers pro rata to what they still want
        double impWant = 0;
        for (int i = 0; i < n; i++) {
            want[i] = users[i].demand(c) - dom[i];
            impWant += want[i];
        }
        double beta = demandTotal > 0 ? betaSum / demandTotal : 0;
        double ra = demandTotal > 0 ? raSum / demandTotal : 0;
        double imported = market.takeImports(impWant, beta, ra, bySource);
        ledger.addRefinedImports(bySource);
        double importYen = 0;
        for (int s = 0; s < ns; s++) {
            importYen += bySource[s] * market.importPrice(s);
        }
        double yenPerT = imported > 0 ? importYen / imported : 0;
        for (int i = 0; i < n; i++) {
            imp[i] = impWant > 0 ? imported * want[i] / impWant : 0;
        }
        // (3) leftover domestic supply for demand imports did not meet
        for (int i = 0; i < n; i++) {
            want[i] = users[i].demand(c) - dom[i] - imp[i];
        }
        share(offer - sold, want, rel, n);
        for (int i = 0; i < n; i++) {
            dom[i] += rel[i];
            rel[i] = 0;
        }
        sold = sumInto(dom, n);
        // (5) stockpile release when the gap after (1)-(3) exceeds the trigger; inventories only decide who still has a gap
        double gapAfterMarket = 0;
        double gapAfterInventory = 0;
        for (int i = 0; i < n; i++) {
            Buyer b = users[i];
            double gap = Math.max(0.0, b.need(c) - dom[i] - imp[i]);
            gapAfterMarket += gap;
            want[i] = Math.max(0.0, gap - b.inventory(c));
            gapAfterInventory += want[i];
        }
        double stock = stockpile.stockpileT(c);
        releasing[c] = stockpile.isStockpiled(c) && needTotal > 0
                && gapAfterMarket / needTotal > stockpile.stockpileReleaseTrigger() && gapAfterInventory > 0;
        double released = 0;
        if (releasing[c] && stock > 0) {
            released = share(stock, want, rel, n);
            // pro-rata shares can overshoot the stock by a rounding error; a stock is never negative
            stock = Math.max(0.0, stock - released);
            stockpile.bookStockpileYen(-released * market.worldPrice());
        }
        // stockpile purchase from the import volume left, when not releasing and the price is not too high
        double bought = 0;
        if (stockpile.isStockpiled(c) && !releasing[c]
                && market.worldPrice() <= stockpile.stockpileBuyPriceCeiling() * market.expectation()) {
            double gapToTarget = stockpileTargetT(c) - stock;
            if (gapToTarget > 0) {
                bought = market.takeImports(stockpile.stockpileBuyRate() * gapToTarget, beta, ra, stockBySource);
                ledger.addRefinedImports(stockBySource);
                double yen = 0;
                for (int s = 0; s < ns; s++) {
                    yen += stockBySource[s] * market.importPrice(s);
                }
                importYen += yen;
                stock += bought;
                stockpile.bookStockpileYen(yen);
            }
        }
        stockpile.setStockpileT(c, stock);
        for (int i = 0; i < n; i++) {
            users[i].allot(c, dom[i], imp[i], rel[i], imp[i] * yenPerT);
        }
        // market-side ledger entries; buyers add consumption and inventory changes when they settle
        ledger.recordClearing(sold, imported + bought, released, bought, stock, needTotal);
        ledger.attributeOrigin(importYen, market);
    }

    /** Called after buyers settled: updates the consumption average behind the stockpile target. */
    public void afterSettlement() {
        for (int c = 0; c < markets.length; c++) {
            avgConsumptionT[c] += CONSUMPTION_AVERAGE_WEIGHT * (markets[c].ledger().consumptionT() - avgConsumptionT[c]);
        }
    }

    /** Shares {@code supply} among the first {@code n} wants pro rata (everyone gets their want when supply suffices); returns the total given. */
    private static double share(double supply, double[] wants, double[] out, int n) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.max(0.0, wants[i]);
        }
        if (total <= 0 || supply <= 0) {
            java.util.Arrays.fill(out, 0, n, 0.0);
            return 0;
        }
        double ratio = Math.min(1.0, supply / total);
        double given = 0;
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(0.0, wants[i]) * ratio;
            given += out[i];
        }
        return given;
    }

    private static double sumInto(double[] a, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i];
        }
        return s;
    }
}
