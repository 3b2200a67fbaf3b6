package kozan.model.trade;

import java.util.List;
import kozan.scenario.ImportSourceSpec;
import kozan.scenario.MarketSpec;
import kozan.scenario.ProducerSpec;

/**
 * The world price from a world market that clears through inventories ({@code price.model: market};
 * docs/model.md 7.1.1). Two pools, China and the world outside China; each month, at ordering 0 ({@link #open}):
 * <ol>
 *   <li>prices from the excess demand of the pools' stocks ({@link InventoryPriceRule}: the stock drawn last month and
 *       the cover at the start of this one): while China's export quota did not bind last month and Px was at parity,
 *       one pooled stock sets ln Pd and Px = Pd (1 + duty); while it
 *       bound, or Px is still above parity after it stopped binding, each pool sets its own price, Px floored at
 *       Pd (1 + duty) ({@link ExportQuota});</li>
 *   <li>projects advance on the 12-month mean export price ({@link ProjectPipeline}); producers set output
 *       ({@link Producer}); world demand and recycling follow prices and activity ({@link WorldDemand});</li>
 *   <li>China: desired exports X* = rest demand + Japan's expected purchases - other origins' output - recycling
 *       + (C* D̄w - Sw) / C*, plus, while Px is above parity, China's stock above its target / C* (exporters ship
 *       their surplus while a rent is left), capped by the export quota; China's demand and exports are rationed pro
 *       rata if its pool runs dry;</li>
 *   <li>Japan's access, origin by origin ({@link OriginAccess}): what the origin sells this month (its inflow plus
 *       its share of the pool's merchant stock), less what its other customers usually take, Japan's usual share of
 *       it when the origin is short; split over the origin's import sources by their base shares: it is each
 *       source's volume this month.</li>
 * </ol>
 * After Procurement, {@link #settle} books Japan's purchases (what its sources shipped), meets the rest of the
 * world's demand from what is left, and closes the world pool. Japan's purchases are thus part of world demand.
 */
final class MarketPrice implements PriceModel, MarketView {

    private static final int MEAN_MONTHS = 12;

    private final MarketSpec spec;
    private final int commodity;
    private final ScheduledEvents events;
    private final InventoryPriceRule rule;
    private final ExportQuota quota;
    /** China's export quota batches: the licences in force cap the exports, which draw them. */
    private final ExportLicences licences;
    private final Producer[] producers;
    private final int home;
    private final boolean[][] decided;
    private final int[][] decisionStep;
    private final WorldDemand chinaDemand;
    private final WorldDemand restDemand;
    private final double startExportPrice;
    private final ImportSource[] sources;
    /** Producer index of each import source (-1: none) and the source's weight within its producer. */
    private final int[] producerOf;
    private final double[] weightInProducer;
    /** Inflow of each origin to the world pool this month (output; China: exports), t. */
    private final double[] accessByProducer;
    /** Japan's access by origin this month, t ({@link OriginAccess}). */
    private final double[] japanAccess;
    /** Sum of the base shares of each origin's import sources (Japan's usual share of its imports from there). */
    private final double[] japanBaseShare;
    /** Japan's usual share of each origin's sales, fixed when the origin first sells (0 before). */
    private final double[] japanUsualShare;
    private final boolean[] usualShareFixed;
    private final WorldLedger ledger;
    private final double[] exportPrices = new double[MEAN_MONTHS];
    private final double[] domesticPrices = new double[MEAN_MONTHS];

    private double logDomestic;
    private double logExport;
    private double meanExport;
    private double meanDomestic;
    private double expectedChinaDemand;
    private double expectedWorldDemand;
    private double expectedJapan;
    /** China's usual exports, t/month: exponential mean with weight 1/12 from the first month's (NaN before). */
    private double usualExports = Double.NaN;
    private boolean bindingLastMonth;
    /** The pools' stocks at the start of the last month, t (NaN before the first: no flow term then). */
    private double previousWorldStockT = Double.NaN;
    private double previousChinaStockT = Double.NaN;
    private double restDemandWanted;
    private double worldAvailable;
    private double worldInflow;
    private double recyclingT;

    /**
     * @param spec             the market
     * @param commodity        commodity index (for the events)
     * @param events           the scenario's events (quotas, activity, project decisions)
     * @param startExportPrice export (world) price at the start, JPY/t
     * @param sources          the commodity's import sources (their volumes are set here each month)
     */
    MarketPrice(MarketSpec spec, int commodity, ScheduledEvents events, double startExportPrice, ImportSource[] sources) {
        this.spec = spec;
        this.commodity = commodity;
        this.events = events;
        this.rule = new InventoryPriceRule(spec.priceResponsePerMonth(), spec.targetCoverMonths(), spec.maxLogStep());
        this.quota = new ExportQuota(spec.exportLeakShare(), spec.exportDuty());
        this.licences = new ExportLicences(events.quotaBatches(commodity));
        this.startExportPrice = startExportPrice;
        double startDomestic = startExportPrice / (1.0 + spec.exportDuty());
        this.logExport = Math.log(startExportPrice);
        this.logDomestic = Math.log(startDomestic);
        ProjectPipeline.Rules rules = new ProjectPipeline.Rules(spec.entryTrigger(), spec.restartTrigger(),
                spec.triggerMonths(), spec.buildLagMonths(), spec.restartLagMonths(), spec.rampMonths(),
                spec.achievedShare(), spec.idleMonths(), spec.capitalChargePerYear());
        List<ProducerSpec> ps = spec.producers();
        this.producers = new Producer[ps.size()];
        int h = -1;
        for (int o = 0; o < producers.length; o++) {
            ProducerSpec p = ps.get(o);
            producers[o] = new Producer(p, rules, p.homeMarket() ? startDomestic : startExportPrice,
                    spec.utilisationElasticity(), spec.undocumentedShare());
            if (p.homeMarket()) {
                h = o;
            }
        }
        this.home = h;
        this.decided = new boolean[producers.length][];
        this.decisionStep = new int[producers.length][];
        for (int o = 0; o < producers.length; o++) {
            decided[o] = new boolean[producers[o].projectCount()];
            decisionStep[o] = new int[producers[o].projectCount()];
            for (int i = 0; i < decisionStep[o].length; i++) {
                decisionStep[o][i] = events.projectDecisionStep(commodity, producers[o].project(i).id());
            }
        }
        this.chinaDemand = new WorldDemand(spec.chinaDemandTPerYear(), startDomestic, spec.demandElasticityShortRun(),
                spec.demandElasticityLongRun(), spec.intensityAdjustmentYears(), spec.intensityRecoveryFactor());
        this.restDemand = new WorldDemand(spec.restDemandTPerYear(), startExportPrice, spec.demandElasticityShortRun(),
                spec.demandElasticityLongRun(), spec.intensityAdjustmentYears(), spec.intensityRecoveryFactor());
        this.sources = sources;
        this.producerOf = new int[sources.length];
        this.weightInProducer = new double[sources.length];
        this.accessByProducer = new double[producers.length];
        this.japanAccess = new double[producers.length];
        this.japanBaseShare = new double[producers.length];
        this.japanUsualShare = new double[producers.length];
        this.usualShareFixed = new boolean[producers.length];
        mapSources();
        java.util.Arrays.fill(exportPrices, startExportPrice);
        java.util.Arrays.fill(domesticPrices, startDomestic);
        this.meanExport = startExportPrice;
        this.meanDomestic = startDomestic;
        this.expectedChinaDemand = spec.chinaDemandTPerYear() / 12.0;
        this.expectedJapan = spec.japanImportsTPerYear() / 12.0;
        this.expectedWorldDemand = spec.restDemandTPerYear() / 12.0 + expectedJapan;
        double target = spec.targetCoverMonths();
        this.ledger = new WorldLedger(producers.length, home >= 0 ? target * expectedChinaDemand : 0,
                target * expectedWorldDemand);
    }

    /** Each import source belongs to the producer that lists it; its weight is its base share within that producer. */
    private void mapSources() {
        java.util.Arrays.fill(producerOf, -1);
        double[] total = new double[producers.length];
        for (int s = 0; s < sources.length; s++) {
            ImportSourceSpec ss = sources[s].spec();
            for (int o = 0; o < producers.length; o++) {
                if (producers[o].spec().sourcesOrDefault().contains(ss.id())) {
                    producerOf[s] = o;
                    total[o] += ss.share();
                    break;
                }
            }
        }
        for (int s = 0; s < sources.length; s++) {
            int o = producerOf[s];
            weightInProducer[s] = o >= 0 && total[o] > 0 ? sources[s].spec().share() / total[o] : 0;
        }
        System.arraycopy(total, 0, japanBaseShare, 0, total.length);
    }

    /** Opens the month: prices, output, China's pool, and Japan's access by import source (the sources' volumes). */
    void open(int step) {
        ledger.open();
        updatePrices();
        double px = Math.exp(logExport);
        double pd = Math.exp(logDomestic);
        pushMeans(step, px, pd);
        for (int o = 0; o < producers.length; o++) {
            for (int i = 0; i < decided[o].length; i++) {
                decided[o][i] = decisionStep[o][i] == step;
            }
            producers[o].advanceProjects(meanExport, decided[o]);
        }
        chinaDemand.adjustIntensity(meanDomestic);
        restDemand.adjustIntensity(meanExport);
        double years = step / 12.0;
        double chinaWanted = chinaDemand.demandT(Math.exp(spec.chinaDemandGrowthPerYear() * years), pd);
        restDemandWanted = restDemand.demandT(Math.exp(spec.restDemandGrowthPerYear() * years)
                * events.activity(commodity, step), px);
        double recycling = spec.recyclingTPerYear() / 12.0 * Math.pow(meanExport / startExportPrice, spec.recyclingElasticity());
        double otherOutput = 0;
        double chinaOutput = 0;
        for (int o = 0; o < producers.length; o++) {
            double q = producers[o].produce(o == home ? pd : px,
                    o == home ? events.productionQuota(commodity, step) : Double.NaN);
            ledger.output(o, q);
            if (o == home) {
                chinaOutput = q;
            } else {
                otherOutput += q;
                accessByProducer[o] = q;
            }
        }
        double exports = 0;
        boolean binding = false;
        if (home >= 0) {
            double desired = restDemandWanted + expectedJapan - otherOutput - recycling
                    + (rule.targetCover() * expectedWorldDemand - ledger.worldStockStartT()) / rule.targetCover()
                    + chinaSurplusOnOffer();
            double cap = Math.min(quota.capTPerMonth(events.exportQuota(commodity, step)),
                    quota.withLeak(licences.documentedCapT(step)));
            binding = ExportQuota.binding(desired, cap);
            exports = ExportQuota.exports(desired, cap);
            double available = ledger.chinaStockStartT() + chinaOutput;
            double wanted = chinaWanted + exports;
            double ration = wanted > available ? available / wanted : 1.0;
            ledger.closeChina(chinaOutput, chinaWanted * ration, exports * ration);
            exports = ledger.exportsT();
            licences.draw(step, quota.documented(exports));
            accessByProducer[home] = exports;
            expectedChinaDemand += (ledger.chinaDemandT() - expectedChinaDemand) / MEAN_MONTHS;
            usualExports = Double.isNaN(usualExports) ? exports : usualExports + (exports - usualExports) / MEAN_MONTHS;
        }
        ledger.quotaBinding(binding);
        bindingLastMonth = binding;
        worldInflow = exports + otherOutput + recycling;
        worldAvailable = ledger.worldStockStartT() + worldInflow;
        recyclingT = recycling;
        openAccess();
    }

    /**
     * China's stock above its target that exporters offer abroad this month while the export price is above parity
     * (a quota rent is left), closed at the rate of the price rule's stock gap: t. Arbitrage through inventories; 0
     * when the market is pooled (no rent).
     */
    private double chinaSurplusOnOffer() {
        if (!quota.rentPositive(logDomestic, logExport)) {
            return 0;
        }
        double target = rule.targetCover();
        return Math.max(0.0, ledger.chinaStockStartT() - target * expectedChinaDemand) / target;
    }

    /**
     * ln Pd and ln Px from each pool's stock at the start of this month and of the last (its cover and the stock drawn,
     * {@link InventoryPriceRule}): one pooled market while the quota did not bind and
     * leaves no rent; two pools while it binds and after, until the export price has fallen back to parity through
     * the world pool's own rule (the quota rent is non-negative and decays with the world pool's cover, it does not
     * vanish in one month).
     */
    private void updatePrices() {
        double world = ledger.worldStockStartT();
        double china = ledger.chinaStockStartT();
        if (home < 0) {
            logExport += rule.logStep(world, previousWorldStockT, expectedWorldDemand);
            logDomestic = logExport - quota.logDutyFactor();
        } else if (!bindingLastMonth && !quota.rentPositive(logDomestic, logExport)) {
            logDomestic += rule.logStep(china + world, previousChinaStockT + previousWorldStockT,
                    expectedChinaDemand + expectedWorldDemand);
            logExport = quota.exportLogPrice(logDomestic, logExport, false);
        } else {
            logDomestic += rule.logStep(china, previousChinaStockT, expectedChinaDemand);
            double worldPool = logExport + rule.logStep(world, previousWorldStockT, expectedWorldDemand);
            logExport = quota.exportLogPrice(logDomestic, worldPool, true);
        }
        previousWorldStockT = world;
        previousChinaStockT = china;
    }

    private void pushMeans(int step, double px, double pd) {
        int slot = step % MEAN_MONTHS;
        meanExport += (px - exportPrices[slot]) / MEAN_MONTHS;
        meanDomestic += (pd - domesticPrices[slot]) / MEAN_MONTHS;
        exportPrices[slot] = px;
        domesticPrices[slot] = pd;
    }

    /** Japan's access this month, by import source: see the class comment, step 4. */
    private void openAccess() {
        for (int o = 0; o < producers.length; o++) {
            if (!usualShareFixed[o] && accessByProducer[o] > 0) {
                japanUsualShare[o] = OriginAccess.usualShare(japanBaseShare[o], expectedJapan, accessByProducer[o]);
                usualShareFixed[o] = true;
            }
        }
        OriginAccess.japan(accessByProducer, recyclingT, ledger.worldStockStartT(),
                rule.targetCover() * expectedWorldDemand, restDemandWanted, japanUsualShare,
                spec.merchantStockSharePerMonth(), japanAccess);
        for (int s = 0; s < sources.length; s++) {
            int o = producerOf[s];
            sources[s].setMarketVolume(o < 0 ? 0 : japanAccess[o] * weightInProducer[s]);
        }
    }

    /**
     * The share of China's usual exports an export quota of {@code quotaTPerYear} would leave unshipped
     * ({@link AnticipatedShortfall#quotaCut}); 0 without a home producer or before its first exports.
     */
    double quotaCut(double quotaTPerYear) {
        return home < 0 || Double.isNaN(usualExports) ? 0
                : AnticipatedShortfall.quotaCut(quota.capTPerMonth(quotaTPerYear), usualExports);
    }

    /** Whether import source s ships from China's producer (the one with the home market). */
    boolean shipsFromChina(int source) {
        return home >= 0 && producerOf[source] == home;
    }

    @Override
    public void advance(int step, double shock, double lostWorldShare) {
        logExport += shock;
        logDomestic += shock;
    }

    /**
     * Books Japan's purchases this month (what its sources shipped), meets the rest of the world, closes the pool.
     * The expected demand of the price rule's cover is what buyers asked for, met or not (the rest of the world's
     * demand before rationing, Japan's requests to its sources): unmet demand is excess demand and raises the price.
     *
     * @param japanWantedT what Japan's buyers asked the sources for this month, t (at least what was shipped counts)
     */
    void settle(double japanWantedT) {
        double japan = 0;
        for (ImportSource s : sources) {
            japan += s.shippedTPerMonth();
        }
        double rest = Math.max(0.0, Math.min(restDemandWanted, worldAvailable - japan));
        ledger.closeWorld(worldInflow, recyclingT, rest, japan);
        double japanDemand = Math.max(japan, japanWantedT);
        expectedWorldDemand += (restDemandWanted + japanDemand - expectedWorldDemand) / MEAN_MONTHS;
        expectedJapan += (japanDemand - expectedJapan) / MEAN_MONTHS;
    }

    @Override
    public double price() {
        return Math.exp(logExport);
    }

    @Override
    public double logPrice() {
        return logExport;
    }

    @Override
    public double responseLog() {
        return 0;
    }

    @Override
    public double domesticPrice() {
        return Math.exp(logDomestic);
    }

    @Override
    public double exportPrice() {
        return Math.exp(logExport);
    }

    @Override
    public double chinaStockT() {
        return ledger.chinaStockT();
    }

    @Override
    public double worldStockT() {
        return ledger.worldStockT();
    }

    @Override
    public int producerCount() {
        return producers.length;
    }

    @Override
    public String producerId(int o) {
        return producers[o].id();
    }

    @Override
    public double producerOutputT(int o) {
        return ledger.outputT(o);
    }

    @Override
    public double producerCapacityTPerYear(int o) {
        return producers[o].capacityTPerYear();
    }

    @Override
    public double exportsT() {
        return ledger.exportsT();
    }

    @Override
    public boolean quotaBinding() {
        return ledger.quotaBinding();
    }

    @Override
    public double chinaDemandT() {
        return ledger.chinaDemandT();
    }

    @Override
    public double restDemandT() {
        return ledger.restDemandT();
    }

    @Override
    public double japanT() {
        return ledger.japanT();
    }

    @Override
    public double recyclingT() {
        return ledger.recyclingT();
    }

    @Override
    public double clearingResidualT() {
        return ledger.clearingResidualT();
    }

    @Override
    public double supplyT() {
        return ledger.supplyT();
    }

    WorldLedger ledger() {
        return ledger;
    }

    Producer producer(int o) {
        return producers[o];
    }
}
