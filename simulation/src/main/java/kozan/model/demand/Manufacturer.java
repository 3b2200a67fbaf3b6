package kozan.model.demand;

import kozan.model.random.RandomStream;
import java.util.List;
import kozan.model.common.Guard;
import kozan.model.random.Seeds;
import kozan.model.labour.Staffing;
import kozan.model.labour.Workplace;
import kozan.model.labour.EmployerClass;
import kozan.scenario.CommoditySpec;
import kozan.scenario.IntensitySpec;
import kozan.scenario.ManufacturerSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A manufacturing sector in a region (ordering 4). Planned output follows trend growth, times Japan's manufacturing
 * activity index (MANUFACTURING_ACTIVITY events: an input), with i.i.d. monthly log-noise.
 * Material use per commodity = base intensity x the {@link IntensityAdjustment} factor x output; the
 * {@link RecyclingSupply} share of it comes from the urban mine, the rest (the need) from the market.
 * Demand moves inventory toward the target cover, raised under supply risk ({@link PrecautionaryStock}). The
 * procurement clearing allots supply; then {@link #settle} covers use in the {@link ShortfallCascade} order and
 * applies the Leontief rule over critical inputs to the residual only (output lost = the largest of
 * output dependence x residual share of use), consumes, and books inventory changes.
 */
public final class Manufacturer implements Steppable, Workplace, Buyer {

    private static final long serialVersionUID = 1L;
    /** Share of the gap to the inventory target (either sign) closed through purchases per month. */
    static final double INVENTORY_REBUILD_RATE = 0.25;

    private final ManufacturerSpec spec;
    private final int regionIndex;
    private final String agentId;
    private final RandomStream outputRng;
    private final int[] used;
    private final double[] baseIntensity;
    private final double[] intensity;
    private final double[] recycledShare;
    private final double[] use;
    private final double[] outputDependence;
    /** The run's price responses (thrift, substitution, urban mine), shared with the other buyers. */
    private final PriceResponses responses;
    /** The world market of each commodity used (null for the others), looked up once: fixed for the run. */
    private final ImportSupply[] markets;
    /** The month's cover of each commodity used (null for the others): reused every month, no allocation. */
    private final ShortfallCascade[] cascade;
    private final double[] substitutionShare;
    private final double[] thriftShare;
    private final double[] precautionaryResponse;
    private final double[] maxCoverMonths;
    private final double[] priceElasticity;
    private final boolean[] critical;
    private final double[] inventory;
    private final double[] need;
    private final double[] demand;
    private final double[] gotDomestic;
    private final double[] gotImports;
    private final double[] gotStockpile;
    private final double[] lostShareHistory;

    private double potentialOutputYenPerYear;
    private double actualOutputYenMonth;
    private double outputLostYen;
    private int bindingCommodity = -1;
    private final Staffing staff = new Staffing();
    /** Output trend and labour productivity factors by month (shared tables: {@link CompoundGrowth#path}). */
    private final double[] outputGrowth;
    private final double[] productivityGrowth;

    /** A manufacturer with price responses of its own (a run shares them between buyers: the other constructor). */
    public Manufacturer(DemandContext economy, ManufacturerSpec spec, long masterSeed) {
        this(economy, spec, masterSeed, new PriceResponses(economy.scenario().commodities()));
    }

    /**
     * @param responses the run's price responses, shared by its buyers (every buyer of a commodity sees the same
     *                  prices, so the responses are the same for all of them)
     */
    public Manufacturer(DemandContext economy, ManufacturerSpec spec, long masterSeed, PriceResponses responses) {
        this.spec = spec;
        this.responses = responses;
        this.regionIndex = economy.regionIndex(spec.region());
        this.agentId = "manufacturer:" + spec.id();
        this.outputRng = Seeds.stream(masterSeed, spec.id(), "output");
        this.outputGrowth = CompoundGrowth.path(spec.growthPerYear());
        this.productivityGrowth = CompoundGrowth.path(spec.laborProductivityGrowthPerYear());
        List<CommoditySpec> cs = economy.scenario().commodities();
        int nc = cs.size();
        baseIntensity = new double[nc];
        intensity = new double[nc];
        recycledShare = new double[nc];
        use = new double[nc];
        outputDependence = new double[nc];
        markets = new ImportSupply[nc];
        cascade = new ShortfallCascade[nc];
        substitutionShare = new double[nc];
        thriftShare = new double[nc];
        precautionaryResponse = new double[nc];
        maxCoverMonths = new double[nc];
        priceElasticity = new double[nc];
        critical = new boolean[nc];
        inventory = new double[nc];
        need = new double[nc];
        demand = new double[nc];
        gotDomestic = new double[nc];
        gotImports = new double[nc];
        gotStockpile = new double[nc];
        for (IntensitySpec is : spec.intensities()) {
            int c = economy.commodityIndex(is.commodity());
            baseIntensity[c] += is.tPerBnYen();
            outputDependence[c] = is.outputDependence();
        }
        int count = 0;
        for (int c = 0; c < nc; c++) {
            CommoditySpec commodity = cs.get(c);
            intensity[c] = baseIntensity[c];
            recycledShare[c] = commodity.recyclingShare();
            critical[c] = commodity.critical();
            if (baseIntensity[c] > 0) {
                count++;
                responses.include(c);
                cascade[c] = new ShortfallCascade();
                markets[c] = economy.market(c);
                substitutionShare[c] = commodity.adaptation().emergencySubstitutionShare();
                thriftShare[c] = commodity.adaptation().emergencyThriftShare();
                precautionaryResponse[c] = commodity.adaptation().precautionaryResponse();
                maxCoverMonths[c] = commodity.adaptation().maxCoverMonths();
                priceElasticity[c] = commodity.adaptation().precautionaryPriceElasticity();
            }
        }
        used = new int[count];
        for (int c = 0, k = 0; c < nc; c++) {
            if (baseIntensity[c] > 0) {
                used[k++] = c;
            }
        }
        potentialOutputYenPerYear = spec.outputYenPerYear();
        for (int c : used) {
            inventory[c] = spec.inventoryTargetMonths() * monthlyNeed(c);
        }
        lostShareHistory = new double[economy.scenario().labor().layoffLagMonths() + 1];
        staff.want(spec.workersPerBnYen() * spec.outputYenPerYear() / 1e9);
    }

    /** Material the month's potential output needs at the intensity in force, t. */
    private double monthlyUse(int c) {
        return intensity[c] * potentialOutputYenPerYear / 12.0 / 1e9;
    }

    private double monthlyNeed(int c) {
        return monthlyUse(c) * (1.0 - recycledShare[c]);
    }

    @Override
    public boolean uses(int c) {
        return baseIntensity[c] > 0;
    }

    @Override
    public double initialNeed(int c) {
        return baseIntensity[c] * spec.outputYenPerYear() / 12.0 / 1e9 * (1.0 - recycledShare[c]);
    }

    @Override
    public void step(SimState state) {
        DemandContext economy = (DemandContext) state;
        int step = economy.step();
        double noise = spec.outputNoiseSd() * outputRng.nextGaussian();
        // planned output: the trend, Japan's manufacturing activity (an input: recessions, outages) and the noise
        potentialOutputYenPerYear = spec.outputYenPerYear() * CompoundGrowth.at(outputGrowth, spec.growthPerYear(), step)
                * economy.manufacturingActivity() * Math.exp(noise);
        double lever = economy.recyclingLever();
        for (int c : used) {
            ImportSupply m = markets[c];
            responses.advance(c, step, m.worldPrice());
            intensity[c] = baseIntensity[c] * responses.intensityFactor(c);
            recycledShare[c] = responses.recycledShare(c, lever);
            use[c] = monthlyUse(c);
            need[c] = monthlyNeed(c);
            double cover = PrecautionaryStock.targetMonths(spec.inventoryTargetMonths(), precautionaryResponse[c],
                    maxCoverMonths[c], m.riskRatio(), m.restrictionInForce(), m.worldPrice(), responses.meanPrice(c),
                    priceElasticity[c], m.anticipatedShortfallMonths());
            double target = cover * need[c];
            // buy toward the target: rebuild a shortfall of cover, or run down cover above target
            demand[c] = Math.max(0.0, need[c] + (target - inventory[c]) * INVENTORY_REBUILD_RATE);
            gotDomestic[c] = 0;
            gotImports[c] = 0;
            gotStockpile[c] = 0;
        }
        Guard.finite(potentialOutputYenPerYear, agentId, step, "output_yen_per_year");
    }

    @Override
    public void allot(int c, double domesticT, double importsT, double stockpileT, double importsYen) {
        gotDomestic[c] = domesticT;
        gotImports[c] = importsT;
        gotStockpile[c] = stockpileT;
    }

    /**
     * After the clearing: each commodity's use is covered in the {@link ShortfallCascade} order; output lost is the
     * largest, over critical inputs, of output dependence x the residual's share of use (Leontief on the residual);
     * then consumption and inventory changes.
     */
    public void settle(DemandContext economy) {
        int step = economy.step();
        double lost = 0;
        bindingCommodity = -1;
        for (int c : used) {
            if (bindsOutput(c)) {
                cascade[c].cover(use[c], recycled(c), gotDomestic[c] + gotImports[c], inventory[c], gotStockpile[c],
                        substitutionShare[c], thriftShare[c]);
                double lostShare = outputDependence[c] * cascade[c].residual() / use[c];
                if (lostShare > lost) {
                    lost = lostShare;
                    bindingCommodity = c;
                }
            }
        }
        double monthOutput = potentialOutputYenPerYear / 12.0;
        outputLostYen = lost * monthOutput;
        actualOutputYenMonth = monthOutput - outputLostYen;
        for (int c : used) {
            CommodityLedger ledger = markets[c].ledger();
            double recycledT = recycled(c);
            // emergency substitution and thrift answer only a gap that would cost output (critical inputs); an input
            // that can bind output was covered above with these same arguments (its stock is not yet drawn), so
            // that cover stands
            if (!bindsOutput(c)) {
                cascade[c].cover(use[c], recycledT, gotDomestic[c] + gotImports[c], inventory[c], gotStockpile[c],
                        critical[c] ? substitutionShare[c] : 0.0, critical[c] ? thriftShare[c] : 0.0);
            }
            double available = inventory[c] + gotDomestic[c] + gotImports[c] + gotStockpile[c] + recycledT;
            // material actually used: what the output made needs, less what substitutes and thrift replaced
            double consumption = Math.min(use[c] * (1.0 - lost), available);
            double before = inventory[c];
            inventory[c] = available - consumption;
            double change = inventory[c] - before;
            ledger.recordSettlement(consumption, change, Math.max(0.0, use[c] - available), inventory[c]);
            ledger.recordCovers(recycledT, cascade[c]);
            if (!Double.isFinite(inventory[c])) {
                Guard.finite(inventory[c], agentId, step, "inventory_t:" + economy.market(c).commodityId());
            }
        }
        if (bindingCommodity >= 0) {
            markets[bindingCommodity].ledger().addOutputLost(outputLostYen);
        }
        // layoffs follow output losses with the labour lag
        System.arraycopy(lostShareHistory, 0, lostShareHistory, 1, lostShareHistory.length - 1);
        lostShareHistory[0] = lost;
        double laggedLost = lostShareHistory[lostShareHistory.length - 1];
        staff.want(workersPerBnYen(step) * potentialOutputYenPerYear * (1.0 - laggedLost) / 1e9);
        Guard.finite(outputLostYen, agentId, step, "output_lost_yen");
        Guard.finite(staff.desired(), agentId, step, "desired_workers");
    }

    /**
     * Workers per JPY bn/yr of output in a month: the start value falls with labour productivity growth, so
     * output growth does not translate one for one into labour demand while the labour force shrinks.
     */
    double workersPerBnYen(int step) {
        return spec.workersPerBnYen() / CompoundGrowth.at(productivityGrowth, spec.laborProductivityGrowthPerYear(), step);
    }

    /** True when commodity c's residual can cost output this month: a critical input in use. */
    private boolean bindsOutput(int c) {
        return critical[c] && use[c] > 0;
    }

    /** Recycled material this month at the full output's use, t. */
    private double recycled(int c) {
        return use[c] * recycledShare[c];
    }

    // ---- Buyer ----

    @Override
    public double need(int c) {
        return need[c];
    }

    @Override
    public double demand(int c) {
        return demand[c];
    }

    @Override
    public double inventory(int c) {
        return inventory[c];
    }

    @Override
    public double riskAversion() {
        return spec.riskAversion();
    }

    @Override
    public double logitBeta() {
        return spec.logitBeta();
    }

    // ---- read-only accessors ----

    public String id() {
        return spec.id();
    }

    public ManufacturerSpec spec() {
        return spec;
    }

    @Override
    public int regionIndex() {
        return regionIndex;
    }

    /** Material intensity in force, t per JPY bn. */
    public double intensity(int c) {
        return intensity[c];
    }

    /** Output this month after supply losses, JPY. */
    public double actualOutputYen() {
        return actualOutputYenMonth;
    }

    /** Output lost to input shortfalls this month, JPY. */
    public double outputLostYen() {
        return outputLostYen;
    }

    /** Commodity whose shortfall bound output this month, or -1. */
    public int bindingCommodity() {
        return bindingCommodity;
    }

    @Override
    public String employerId() {
        return agentId;
    }

    @Override
    public EmployerClass employerClass() {
        return EmployerClass.MANUFACTURING;
    }

    @Override
    public String jobDetail() {
        return spec.sector().name();
    }

    @Override
    public Staffing staffing() {
        return staff;
    }
}
