package kozan.model.demand;

/**
 * The month's physical flows of one commodity, in tonnes of the commodity's unit, collected as agents step
 * and reset by the commodity's WorldMarket at the start of each month. Stocks (stockpile, inventory) are
 * end-of-month levels.
 *
 * <p>Mass balance (checked by tests to 1e-9 relative):
 * {@code domesticSold + refinedImports + stockpileRelease + inventoryDraw
 *        = consumption + stockpilePurchase + inventoryBuild}.
 * Processing balance: {@code refinedOutput = domesticSold + refinedExports}, and
 * {@code mineOutput = domesticConcentrateProcessed + concentrateExports} (direct-use commodities skip
 * processing, so their mine output is their refined output).
 */
public final class CommodityLedger {

    private final int sources;

    // mine and processing side
    public double mineOutputT;
    public double domesticConcentrateAvailableT;
    public double domesticConcentrateProcessedT;
    public double concentrateExportsT;
    public double importedConcentrateProcessedT;
    public final double[] importedConcentrateBySourceT;
    public double refinedOutputT;
    public double refinedOutputDomesticOriginT;
    public double refinedExportsT;

    // domestic market side
    public double domesticOfferT;
    public double domesticOfferDomesticOriginT;
    public double domesticSoldT;
    public double domesticOriginSoldT;
    public double refinedImportsT;
    public final double[] refinedImportsBySourceT;
    public double stockpileReleaseT;
    public double stockpilePurchaseT;
    public double inventoryDrawT;
    public double inventoryBuildT;
    public double consumptionT;
    public double needT;
    public double shortfallT;
    public double outputLostYen;

    // derived import totals (foreign-origin metal entering domestic supply)
    public final double[] importsBySourceT;
    public double importsT;
    public double importsYen;

    // stocks at end of month (inventory is re-summed by the buyers each month)
    public double stockpileT;
    public double inventoryT;

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
        java.util.Arrays.fill(importsBySourceT, 0);
        importsT = 0;
        importsYen = 0;
        inventoryT = 0;
    }

    /** Left side minus right side of the market balance, t. */
    public double balanceResidual() {
        return (domesticSoldT + refinedImportsT + stockpileReleaseT + inventoryDrawT)
                - (consumptionT + stockpilePurchaseT + inventoryBuildT);
    }

    /** Scale for a relative balance check: the larger side of the balance, t. */
    public double balanceScale() {
        return Math.max(domesticSoldT + refinedImportsT + stockpileReleaseT + inventoryDrawT,
                consumptionT + stockpilePurchaseT + inventoryBuildT);
    }

    /** Foreign-origin share of domestic supply (imports / (imports + domestic origin)); NaN when both are 0. */
    public double importDependence() {
        double d = importsT + domesticOriginSoldT;
        return d > 0 ? importsT / d : Double.NaN;
    }
}
