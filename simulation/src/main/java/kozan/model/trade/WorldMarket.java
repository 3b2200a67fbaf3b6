package kozan.model.trade;

import java.util.ArrayList;
import java.util.List;
import kozan.model.common.Guard;
import kozan.model.random.RandomStream;
import kozan.model.random.Seeds;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.ImportSupply;
import kozan.scenario.AgreementSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.ImportSourceSpec;
import kozan.scenario.Mode;
import kozan.scenario.PriceSpec;
import kozan.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * World market of one commodity (ordering 0). The price follows the commodity's {@link PriceModel}: an exogenous
 * process where Japan is a price taker ({@link ExogenousPrice}), or a world market of producers, China's export
 * quota and world demand that clears through inventories ({@link MarketPrice}; then Japan's purchases are part of
 * world demand, and each import source's volume is what the market opens to Japan this month). The market also
 * opens the month: it resets its commodity ledger and sets each source's available volume; {@link #settle} closes
 * the world market's month after Procurement. Scheduled events come from {@link ScheduledEvents}; the source choice
 * of buyers is the {@link ImportAllocator}'s. In IO-parity mode every price is exogenous and fixed.
 */
public final class WorldMarket implements Steppable, ImportSupply {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final CommoditySpec spec;
    private final PriceSpec price;
    private final CommodityLedger ledger;
    private final ImportSource[] sources;
    private final PriceModel priceModel;
    /** The world market where the price model is market (null otherwise). */
    private final MarketPrice marketPrice;
    private final ScheduledEvents events;
    private final List<AgreementSpec> agreements = new ArrayList<>();
    private final boolean fixedPrices;
    private final String agentId;

    private double worldPrice;
    private double expectation;

    private final ImportAllocator allocator;
    private final EquityStakes equity;
    private final int riskMemoryMonths;
    private final double startHazard;
    private double riskRatio = 1.0;
    /** Anticipation horizon H of the commodity's buyers, months, and the sources' base shares (share_k). */
    private final int anticipationHorizon;
    private final double[] baseShares;
    private double anticipatedShortfallMonths;
    /** Tonnes Japan's buyers asked the import sources for this month (met or not). */
    private double japanWantedT;

    /**
     * @param scenario   the scenario (mode, agreements, calendar)
     * @param events     the scenario's scheduled events
     * @param index      commodity index in the scenario
     * @param masterSeed seed of the run's random streams
     */
    public WorldMarket(Scenario scenario, ScheduledEvents events, int index, long masterSeed) {
        this.index = index;
        this.spec = scenario.commodities().get(index);
        this.price = spec.price();
        this.agentId = "market:" + spec.id();
        this.events = events;
        this.fixedPrices = scenario.mode() == Mode.IO_PARITY;
        List<ImportSourceSpec> ss = spec.importSources();
        this.sources = new ImportSource[ss.size()];
        for (int s = 0; s < sources.length; s++) {
            sources[s] = new ImportSource(ss.get(s), Seeds.stream(masterSeed, spec.id() + "/" + ss.get(s).id(), "disruption"));
        }
        this.ledger = new CommodityLedger(sources.length);
        RandomStream priceRng = Seeds.stream(masterSeed, agentId, "price");
        RandomStream jumpRng = Seeds.stream(masterSeed, agentId, "jumps");
        if (price.isMarket() && !fixedPrices) {
            // the market draws no random numbers: the price streams above are created but unused, so no stream shifts
            this.marketPrice = new MarketPrice(price.market(), index, events, price.initial(), sources);
            this.priceModel = marketPrice;
        } else {
            this.marketPrice = null;
            this.priceModel = new ExogenousPrice(price, spec.priceResponse(), fixedPrices, priceRng, jumpRng);
        }
        for (AgreementSpec a : scenario.government().agreements()) {
            if (spec.id().equals(a.commodity())) {
                agreements.add(a);
            }
        }
        this.worldPrice = price.initial();
        this.expectation = price.initial();
        java.time.YearMonth start = scenario.calendar().start();
        for (int s = 0; s < sources.length; s++) {
            setAgreementTerms(s, start);
        }
        this.riskMemoryMonths = spec.adaptation().riskMemoryMonths();
        this.allocator = new ImportAllocator(sources, riskMemoryMonths);
        this.equity = new EquityStakes(scenario.government().equityStakes(), spec.id(), sources);
        this.startHazard = perceivedHazard();
        this.anticipationHorizon = spec.adaptation().anticipationHorizonMonths();
        this.baseShares = new double[sources.length];
        for (int s = 0; s < sources.length; s++) {
            baseShares[s] = sources[s].spec().share();
        }
    }

    @Override
    public void step(SimState state) {
        MarketContext economy = (MarketContext) state;
        int step = economy.step();
        // only agreements and equity stakes are dated: without them the month (a new YearMonth) is not needed
        java.time.YearMonth month = agreements.isEmpty() && equity.size() == 0 ? null : economy.month();
        ledger.resetFlows();
        japanWantedT = 0;
        for (int s = 0; s < sources.length; s++) {
            sources[s].setRestriction(events.restrictionDepth(index, s, step));
            // without agreements the terms set at construction hold for the whole run
            if (!agreements.isEmpty()) {
                setAgreementTerms(s, month);
            }
        }
        double shock = events.logPriceJump(index, step);
        if (marketPrice != null) {
            marketPrice.open(step);
        }
        double lostWorldShare = 0;
        equity.beforeAdvance(month);
        for (ImportSource src : sources) {
            src.advance(!fixedPrices, fixedPrices);
            lostWorldShare += src.spec().worldSupplyShare() * src.lostShare();
        }
        priceModel.advance(step, shock, lostWorldShare);
        if (!fixedPrices) {
            worldPrice = priceModel.price();
            expectation += price.expectationLambda() * (worldPrice - expectation);
        }
        equity.afterAdvance(worldPrice);
        riskRatio = startHazard > 0 ? perceivedHazard() / startHazard : 1.0;
        // IO parity compares with the IO table: no behaviour beyond it, so no anticipation either
        anticipatedShortfallMonths = fixedPrices ? 0
                : AnticipatedShortfall.months(events, index, step, anticipationHorizon, baseShares, marketPrice);
        Guard.finite(priceModel.logPrice(), agentId, step, "log_price");
        Guard.finite(worldPrice, agentId, step, "world_price_yen_per_t");
        Guard.finite(expectation, agentId, step, "price_expectation");
    }

    /**
     * Closes the world market's month after Procurement (ordering 4, after the buyers settled): books Japan's
     * purchases as part of world demand. Nothing to do for an exogenous price.
     */
    public void settle() {
        if (marketPrice != null) {
            marketPrice.settle(japanWantedT);
        }
    }

    /** Share-weighted hazard buyers perceive, 1/yr: a source restricted within the risk memory counts as restricted. */
    private double perceivedHazard() {
        double h = 0;
        for (ImportSource src : sources) {
            h += src.spec().share() * src.perceivedHazardPerYear(riskMemoryMonths);
        }
        return h;
    }

    private void setAgreementTerms(int s, java.time.YearMonth month) {
        ImportSource src = sources[s];
        double mult = src.spec().partner() ? ImportSource.DEFAULT_PARTNER_HAZARD_MULTIPLIER : 1.0;
        double guaranteed = 0;
        double discount = 0;
        for (AgreementSpec a : agreements) {
            if (a.source().equals(src.id()) && !month.isBefore(a.from()) && (a.to() == null || !month.isAfter(a.to()))) {
                mult = Math.min(mult, a.hazardMultiplier());
                guaranteed += a.volumeTPerYear();
                discount = Math.max(discount, a.priceDiscount());
            }
        }
        src.setAgreement(mult, guaranteed, discount);
    }

    public int sourceIndex(String id) {
        for (int s = 0; s < sources.length; s++) {
            if (sources[s].id().equals(id)) {
                return s;
            }
        }
        return -1;
    }

    /** Takes up to {@code demand} t from the sources still holding volume this month: see {@link ImportAllocator}. */
    @Override
    public double takeImports(double demand, double beta, double riskAversion, double[] out) {
        japanWantedT += Math.max(0.0, demand);
        return allocator.take(sources, demand, beta, riskAversion, out);
    }

    /** Import price of source s this month, JPY/t. */
    public double importPrice(int s) {
        return worldPrice * (1.0 + sources[s].effectivePremium());
    }

    public int index() {
        return index;
    }

    public String commodityId() {
        return spec.id();
    }

    public CommoditySpec spec() {
        return spec;
    }

    public CommodityLedger ledger() {
        return ledger;
    }

    public int sourceCount() {
        return sources.length;
    }

    public ImportSource source(int s) {
        return sources[s];
    }

    /** World price this month, JPY/t. */
    public double worldPrice() {
        return worldPrice;
    }

    /** Adaptive price expectation of the market, JPY/t. */
    public double expectation() {
        return expectation;
    }

    @Override
    public double riskRatio() {
        return riskRatio;
    }

    /** Months of need the announced cuts of the next H months will leave unmet ({@link AnticipatedShortfall}). */
    @Override
    public double anticipatedShortfallMonths() {
        return anticipatedShortfallMonths;
    }

    @Override
    public boolean restrictionInForce() {
        for (ImportSource src : sources) {
            if (src.restricted()) {
                return true;
            }
        }
        return false;
    }

    /** Japanese equity stakes and offtake contracts in this commodity's mines abroad. */
    public EquityStakes equity() {
        return equity;
    }

    /** Log-price premium from sources cut off this month. */
    public double responseLog() {
        return priceModel.responseLog();
    }

    /** The world market's view (price model market), or null for an exogenous price. */
    public MarketView marketView() {
        return marketPrice;
    }
}
