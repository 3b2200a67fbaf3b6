package kozan.model.demand;

/**
 * The month's physical flows of one commodity, in tonnes of the commodity's unit, collected as agents step
 * and reset by the commodity's WorldMarket at the start of each month. Stocks (stockpile, inventory) are
 * end-of-month levels. Read accessors carry the names of the quantities; each flow is written by the class that
 * owns it through one intention-named method (mines and processing plants: output and offer; processing plants:
 * concentrate use; the procurement clearing: market side and origin; manufacturers: settlement).
 *
 * <p>Mass balance (checked by tests to 1e-9 relative):
 * {@code domesticSold + refinedImports + stockpileRelease + inventoryDraw + recycled
 *        = consumption + stockpilePurchase + inventoryBuild}; consumption includes the recycled material used.
 * Substitution and emergency thrift replace material, so they are memo columns outside the balance (with the
 * own-stock and stockpile covers of {@link ShortfallCascade}).
 * Processing balance: {@code refinedOutput = domesticSold + refinedExports}, and
 * {@code mineOutput = domesticConcentrateProcessed + concentrateExports} (direct-use commodities skip
 * processing, so their mine output is their refined output).
 */
public final class CommodityLedger {

    private final int sources;

    // mine and processing side
    private double mineOutputT;
    private double domesticConcentrateAvailableT;
    private double domesticConcentrateProcessedT;
    private double concentrateExportsT;
    private double importedConcentrateProcessedT;
    private final double[] importedConcentrateBySourceT;
    private double refinedOutputT;
    private double refinedOutputDomesticOriginT;
    private double refinedExportsT;

    // domestic market side
    private double domesticOfferT;
    private double domesticOfferDomesticOriginT;
    private double domesticSoldT;
    private double domesticOriginSoldT;
    private double refinedImportsT;
    private final double[] refinedImportsBySourceT;
    private double stockpileReleaseT;
    private double stockpilePurchaseT;
    private double inventoryDrawT;
    private double inventoryBuildT;
    private double consumptionT;
    private double needT;
    private double shortfallT;
    private double outputLostYen;
    private double recycledT;
    private double coverOwnStockT;
    private double coverStockpileT;
    private double substitutedT;
    private double thriftedT;

    // derived import totals (foreign-origin metal entering domestic supply)
    private final double[] importsBySourceT;
    private double importsT;
    private double importsYen;

    // stocks at end of month (inventory is re-summed by the buyers each month)
    private double stockpileT;
    private double inventoryT;

    public CommodityLedger(int sources) {
        this.sources = sources;
        this.importedConcentrateBySourceT = new double[sources];
        this.refinedImportsBySourceT = new double[sources];
        this.importsBySourceT = new double[sources];
    }

    public int sources() {
        return sources;
    }

    /** Zero every flow; stocks are rewritten by their owners. */
    public void resetFlows() {
        mineOutputT = 0;
        domesticConcentrateAvailableT = 0;
        domesticConcentrateProcessedT = 0;
        concentrateExportsT = 0;
        importedConcentrateProcessedT = 0;
        java.util.Arrays.fill(importedConcentrateBySourceT, 0);
        refinedOutputT = 0;
        refinedOutputDomesticOriginT = 0;
        refinedExportsT = 0;
        domesticOfferT = 0;
        domesticOfferDomesticOriginT = 0;
        domesticSoldT = 0;
        domesticOriginSoldT = 0;
        refinedImportsT = 0;
        java.util.Arrays.fill(refinedImportsBySourceT, 0);
        stockpileReleaseT = 0;
        stockpilePurchaseT = 0;
        inventoryDrawT = 0;
        inventoryBuildT = 0;
        consumptionT = 0;
        needT = 0;
        shortfallT = 0;
        outputLostYen = 0;
        recycledT = 0;
        coverOwnStockT = 0;
        coverStockpileT = 0;
        substitutedT = 0;
        thriftedT = 0;
        java.util.Arrays.fill(importsBySourceT, 0);
        importsT = 0;
        importsYen = 0;
        inventoryT = 0;
    }

    // ---- writes, one per flow owner ----

    /**
     * A mine's product this month, t: concentrate for domestic processing, or, for a direct-use commodity, straight
     * to the domestic offer (it skips processing, so it is refined output of domestic origin).
     */
    public void addMineOutput(double t, boolean directUse) {
        mineOutputT += t;
        if (directUse) {
            addRefinedOffer(t, t);
        } else {
            domesticConcentrateAvailableT += t;
        }
    }

    /** Domestic concentrate a processing plant refined, t. */
    public void addDomesticConcentrateProcessed(double t) {
        domesticConcentrateProcessedT += t;
    }

    /** Imported concentrate a processing plant refined, per source and in total, t. */
    public void addImportedConcentrate(double[] bySourceT, double totalT) {
        for (int s = 0; s < importedConcentrateBySourceT.length; s++) {
            importedConcentrateBySourceT[s] += bySourceT[s];
        }
        importedConcentrateProcessedT += totalT;
    }

    /**
     * Refined product (or direct-use mine product) offered to the domestic market, t, of which
     * {@code domesticOriginT} came from domestic ore.
     */
    public void addRefinedOffer(double t, double domesticOriginT) {
        refinedOutputT += t;
        refinedOutputDomesticOriginT += domesticOriginT;
        domesticOfferT += t;
        domesticOfferDomesticOriginT += domesticOriginT;
    }

    /** Refined imports bought by the clearing (for buyers or the stockpile), per source, t. */
    public void addRefinedImports(double[] bySourceT) {
        for (int s = 0; s < refinedImportsBySourceT.length; s++) {
            refinedImportsBySourceT[s] += bySourceT[s];
        }
    }

    /**
     * The clearing's market side for the month: domestic sales, refined imports (buyers plus stockpile), stockpile
     * release, purchase and end level, and the need it served, t. Unsold offer is exported as refined product,
     * unprocessed domestic concentrate as concentrate.
     */
    public void recordClearing(double soldT, double refinedImportsTotalT, double releasedT, double boughtT,
                               double stockpileLevelT, double needTotalT) {
        domesticSoldT = soldT;
        refinedImportsT = refinedImportsTotalT;
        stockpileReleaseT = releasedT;
        stockpilePurchaseT = boughtT;
        stockpileT = stockpileLevelT;
        refinedExportsT = Math.max(0.0, domesticOfferT - soldT);
        concentrateExportsT = Math.max(0.0, domesticConcentrateAvailableT - domesticConcentrateProcessedT);
        needT = needTotalT;
    }

    /**
     * Splits domestic sales by origin (pro rata to the offer's origin mix) and totals foreign-origin imports:
     * refined imports plus the imported concentrate inside the foreign-origin part of domestic sales, attributed
     * to sources pro rata to the concentrate each supplied.
     *
     * @param refinedImportYen what the refined imports cost, JPY
     * @param market           import prices per source, JPY/t
     */
    public void attributeOrigin(double refinedImportYen, ImportSupply market) {
        double offer = domesticOfferT;
        double domesticShare = offer > 0 ? domesticOfferDomesticOriginT / offer : 0;
        domesticOriginSoldT = domesticSoldT * domesticShare;
        double foreignProcessedSold = domesticSoldT - domesticOriginSoldT;
        double concTotal = importedConcentrateProcessedT;
        double total = 0;
        double yen = refinedImportYen;
        for (int s = 0; s < sources; s++) {
            double conc = concTotal > 0 ? foreignProcessedSold * importedConcentrateBySourceT[s] / concTotal : 0;
            importsBySourceT[s] = refinedImportsBySourceT[s] + conc;
            yen += conc * market.importPrice(s);
            total += importsBySourceT[s];
        }
        importsT = total;
        importsYen = yen;
    }

    /**
     * One buyer's settlement: consumption, inventory change (a build when {@code inventoryChangeT >= 0}, else a
     * draw), shortfall and the buyer's end inventory, t.
     */
    public void recordSettlement(double consumedT, double inventoryChangeT, double shortT, double inventoryLevelT) {
        if (inventoryChangeT >= 0) {
            inventoryBuildT += inventoryChangeT;
        } else {
            inventoryDrawT -= inventoryChangeT;
        }
        consumptionT += consumedT;
        shortfallT += shortT;
        inventoryT += inventoryLevelT;
    }

    /**
     * One buyer's covers of a month's use (after {@link #recordSettlement}): recycled material received (supply in the
     * balance), and the memo covers of the shortfall cascade, t.
     */
    public void recordCovers(double recycledReceivedT, ShortfallCascade cascade) {
        recycledT += recycledReceivedT;
        coverOwnStockT += cascade.fromOwnStock();
        coverStockpileT += cascade.fromStockpile();
        substitutedT += cascade.bySubstitution();
        thriftedT += cascade.byThrift();
    }

    /** Manufacturing output lost with this commodity as the binding input, JPY. */
    public void addOutputLost(double yen) {
        outputLostYen += yen;
    }

    // ---- identities ----

    /** Left side minus right side of the market balance, t. */
    public double balanceResidual() {
        return (domesticSoldT + refinedImportsT + stockpileReleaseT + inventoryDrawT + recycledT)
                - (consumptionT + stockpilePurchaseT + inventoryBuildT);
    }

    /** Scale for a relative balance check: the larger side of the balance, t. */
    public double balanceScale() {
        return Math.max(domesticSoldT + refinedImportsT + stockpileReleaseT + inventoryDrawT + recycledT,
                consumptionT + stockpilePurchaseT + inventoryBuildT);
    }

    /** Foreign-origin share of domestic supply (imports / (imports + domestic origin)); NaN when both are 0. */
    public double importDependence() {
        double d = importsT + domesticOriginSoldT;
        return d > 0 ? importsT / d : Double.NaN;
    }

    /** Domestic concentrate not yet refined this month, t. */
    public double unprocessedConcentrateT() {
        return domesticConcentrateAvailableT - domesticConcentrateProcessedT;
    }

    // ---- reads (named like the quantities) ----

    /** Mine product, t. */
    public double mineOutputT() {
        return mineOutputT;
    }

    public double domesticConcentrateAvailableT() {
        return domesticConcentrateAvailableT;
    }

    public double domesticConcentrateProcessedT() {
        return domesticConcentrateProcessedT;
    }

    public double concentrateExportsT() {
        return concentrateExportsT;
    }

    public double importedConcentrateProcessedT() {
        return importedConcentrateProcessedT;
    }

    public double importedConcentrateBySourceT(int source) {
        return importedConcentrateBySourceT[source];
    }

    public double refinedOutputT() {
        return refinedOutputT;
    }

    public double refinedOutputDomesticOriginT() {
        return refinedOutputDomesticOriginT;
    }

    public double refinedExportsT() {
        return refinedExportsT;
    }

    public double domesticOfferT() {
        return domesticOfferT;
    }

    public double domesticOfferDomesticOriginT() {
        return domesticOfferDomesticOriginT;
    }

    public double domesticSoldT() {
        return domesticSoldT;
    }

    public double domesticOriginSoldT() {
        return domesticOriginSoldT;
    }

    public double refinedImportsT() {
        return refinedImportsT;
    }

    public double refinedImportsBySourceT(int source) {
        return refinedImportsBySourceT[source];
    }

    public double stockpileReleaseT() {
        return stockpileReleaseT;
    }

    public double stockpilePurchaseT() {
        return stockpilePurchaseT;
    }

    public double inventoryDrawT() {
        return inventoryDrawT;
    }

    public double inventoryBuildT() {
        return inventoryBuildT;
    }

    public double consumptionT() {
        return consumptionT;
    }

    public double needT() {
        return needT;
    }

    public double shortfallT() {
        return shortfallT;
    }

    /** Recycled (urban-mine) material received by buyers, t. */
    public double recycledT() {
        return recycledT;
    }

    /** Use covered from buyers' own stocks in the shortfall cascade, t. */
    public double coverOwnStockT() {
        return coverOwnStockT;
    }

    /** Use covered by the state stockpile's release in the shortfall cascade, t. */
    public double coverStockpileT() {
        return coverStockpileT;
    }

    /** Use met by emergency substitutes (not this commodity), t. */
    public double substitutedT() {
        return substitutedT;
    }

    /** Use saved by emergency thrift, t. */
    public double thriftedT() {
        return thriftedT;
    }

    /** Manufacturing output lost with this commodity binding, JPY. */
    public double outputLostYen() {
        return outputLostYen;
    }

    /** Foreign-origin metal from a source entering domestic supply, t. */
    public double importsBySourceT(int source) {
        return importsBySourceT[source];
    }

    /** Foreign-origin metal entering domestic supply, t. */
    public double importsT() {
        return importsT;
    }

    /** Value of {@link #importsT()} at the import prices, JPY. */
    public double importsYen() {
        return importsYen;
    }

    /** State stockpile at end of month, t. */
    public double stockpileT() {
        return stockpileT;
    }

    /** Buyers' inventories at end of month, t. */
    public double inventoryT() {
        return inventoryT;
    }
}
