package kozan.model.trade;

/**
 * The month's flows and stocks of one world market, t (docs/model.md 7.1.1). Two pools: China (its output, its demand,
 * its exports out) and the world outside China (China's exports, the other origins' output and recycling in; the
 * rest of the world's demand and Japan's purchases out). The clearing identity, checked by tests to 1e-9 relative,
 * <pre>
 *   sum of output + recycling = China's demand + rest demand + Japan + (stock change, both pools)
 * </pre>
 * holds by construction: each pool's end stock is its start stock plus what came in minus what went out.
 */
final class WorldLedger {

    private final double[] outputT;
    private double recyclingT;
    private double chinaDemandT;
    private double restDemandT;
    private double japanT;
    private double exportsT;
    private double chinaStockStartT;
    private double worldStockStartT;
    private double chinaStockT;
    private double worldStockT;
    private boolean quotaBinding;

    WorldLedger(int producers, double chinaStockT, double worldStockT) {
        this.outputT = new double[producers];
        this.chinaStockT = chinaStockT;
        this.worldStockT = worldStockT;
        this.chinaStockStartT = chinaStockT;
        this.worldStockStartT = worldStockT;
    }

    /** Opens the month: the stocks at its start are last month's end stocks. */
    void open() {
        chinaStockStartT = chinaStockT;
        worldStockStartT = worldStockT;
    }

    void output(int producer, double t) {
        outputT[producer] = t;
    }

    /** China's pool for the month: demand and exports out of start stock plus China's output. */
    void closeChina(double chinaOutputT, double demandT, double exportsT) {
        this.chinaDemandT = demandT;
        this.exportsT = exportsT;
        this.chinaStockT = chinaStockStartT + chinaOutputT - demandT - exportsT;
    }

    /** The world pool for the month: rest demand and Japan's purchases out of what came in. */
    void closeWorld(double inflowT, double recyclingT, double restDemandT, double japanT) {
        this.recyclingT = recyclingT;
        this.restDemandT = restDemandT;
        this.japanT = japanT;
        this.worldStockT = worldStockStartT + inflowT - restDemandT - japanT;
    }

    void quotaBinding(boolean binding) {
        this.quotaBinding = binding;
    }

    /** Supply minus uses minus stock change, t (0 up to rounding). */
    double clearingResidualT() {
        double supply = recyclingT;
        for (double q : outputT) {
            supply += q;
        }
        double uses = chinaDemandT + restDemandT + japanT
                + (chinaStockT - chinaStockStartT) + (worldStockT - worldStockStartT);
        return supply - uses;
    }

    /** Total supply this month (output of every origin plus recycling), t. */
    double supplyT() {
        double supply = recyclingT;
        for (double q : outputT) {
            supply += q;
        }
        return supply;
    }

    double outputT(int producer) {
        return outputT[producer];
    }

    double recyclingT() {
        return recyclingT;
    }

    double chinaDemandT() {
        return chinaDemandT;
    }

    double restDemandT() {
        return restDemandT;
    }

    double japanT() {
        return japanT;
    }

    double exportsT() {
        return exportsT;
    }

    double chinaStockT() {
        return chinaStockT;
    }

    double worldStockT() {
        return worldStockT;
    }

    double chinaStockStartT() {
        return chinaStockStartT;
    }

    double worldStockStartT() {
        return worldStockStartT;
    }

    boolean quotaBinding() {
        return quotaBinding;
    }
}
