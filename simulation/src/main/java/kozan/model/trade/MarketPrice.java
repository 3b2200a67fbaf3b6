package kozan.model.trade;

import java.util.List;
import kozan.scenario.ImportSourceSpec;
import kozan.scenario.MarketSpec;
import kozan.scenario.ProducerSpec;

/**
 * The world price from a world market that clears through inventories ({@code price.model: market};
 * docs/model.md 7.1.1). Two pools, China and the world outside China; each month, at ordering 0 ({@link #open}):
 * <ol>
 *   <li>prices from the stock cover at the start of the month ({@link InventoryPriceRule}): while China's export quota
 *       did not bind last month one pooled cover sets ln Pd and Px = Pd (1 + duty); while it bound each pool sets its
 *       own price, Px floored at Pd (1 + duty) ({@link ExportQuota});</li>
 *   <li>projects advance on the 12-month mean export price ({@link ProjectPipeline}); producers set output
 *       ({@link Producer}); world demand and recycling follow prices and activity ({@link WorldDemand});</li>
 *   <li>China: desired exports X* = rest demand + Japan's expected purchases - other origins' output - recycling
 *       + (C* D̄w - Sw) / C*, capped by the export quota; China's demand and exports are rationed pro rata if its
 *       pool runs dry;</li>
 *   <li>Japan's access: the world pool's stock plus inflow, less the rest of the world's demand (pro rata to
 *       expected demand when the pool cannot meet both), split over origins by their inflow this month and over each
 *       origin's import sources by their base shares: it is each source's volume this month.</li>
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
    private final double[] accessByProducer;
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
    private boolean bindingLastMonth;
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
                    + (rule.targetCover() * expectedWorldDemand - ledger.worldStockStartT()) / rule.targetCover();
            double cap = quota.capTPerMonth(events.exportQuota(commodity, step));
            binding = ExportQuota.binding(desired, cap);
            exports = ExportQuota.exports(desired, cap);
            double available = ledger.chinaStockStartT() + chinaOutput;
            double wanted = chinaWanted + exports;
            double ration = wanted > available ? available / wanted : 1.0;
            ledger.closeChina(chinaOutput, chinaWanted * ration, exports * ration);
            exports = ledger.exportsT();
            accessByProducer[home] = exports;
            expectedChinaDemand += (ledger.chinaDemandT() - expectedChinaDemand) / MEAN_MONTHS;
        }
        ledger.quotaBinding(binding);
        bindingLastMonth = binding;
        worldInflow = exports + otherOutput + recycling;
        worldAvailable = ledger.worldStockStartT() + worldInflow;
        recyclingT = recycling;
        openAccess();
    }

    /** ln Pd and ln Px from the covers at the start of the month. */
    private void updatePrices() {
        if (home < 0) {
            logExport += rule.logStep(rule.cover(ledger.worldStockStartT(), expectedWorldDemand));
            logDomestic = logExport - quota.logDutyFactor();
        } else if (!bindingLastMonth) {
            double pooled = rule.cover(ledger.chinaStockStartT() + ledger.worldStockStartT(),
                    expectedChinaDemand + expectedWorldDemand);
            logDomestic += rule.logStep(pooled);
            logExport = quota.exportLogPrice(logDomestic, logExport, false);
        } else {
            logDomestic += rule.logStep(rule.cover(ledger.chinaStockStartT(), expectedChinaDemand));
            double worldPool = logExport + rule.logStep(rule.cover(ledger.worldStockStartT(), expectedWorldDemand));
            logExport = quota.exportLogPrice(logDomestic, worldPool, true);
        }
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
        double wanted = restDemandWanted + expectedJapan;
        double access = worldAvailable >= wanted ? worldAvailable - restDemandWanted
                : (wanted > 0 ? expectedJapan * worldAvailable / wanted : 0);
        access = Math.max(0.0, access);
        double inflow = 0;
        for (double a : accessByProducer) {
            inflow += a;
        }
        for (int s = 0; s < sources.length; s++) {
            int o = producerOf[s];
            double originShare = o < 0 ? 0 : inflow > 0 ? accessByProducer[o] / inflow : 1.0 / producers.length;
            sources[s].setMarketVolume(access * originShare * weightInProducer[s]);
        }
    }

    @Override
    public void advance(int step, double shock, double lostWorldShare) {
        logExport += shock;
        logDomestic += shock;
    }

    /** Books Japan's purchases this month (what its sources shipped), meets the rest of the world, closes the pool. */
    void settle() {
        double japan = 0;
        for (ImportSource s : sources) {
            japan += s.shippedTPerMonth();
        }
        double rest = Math.max(0.0, Math.min(restDemandWanted, worldAvailable - japan));
        ledger.closeWorld(worldInflow, recyclingT, rest, japan);
        expectedWorldDemand += (rest + japan - expectedWorldDemand) / MEAN_MONTHS;
        expectedJapan += (japan - expectedJapan) / MEAN_MONTHS;
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
