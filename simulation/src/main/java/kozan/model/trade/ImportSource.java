package kozan.model.trade;

import kozan.model.random.RandomStream;
import kozan.scenario.ImportSourceSpec;

/**
 * One country supplying a commodity to Japan. Random disruptions arrive with a monthly probability
 * 1 - exp(-hazard/12); each cuts a drawn share of the volume for a drawn number of months. Three uniforms
 * are drawn every month whatever happens, so the stream stays aligned across scenarios (common random numbers).
 * Scheduled export restrictions cut volume on top (the deeper cut applies). An active partner agreement
 * multiplies the hazard and guarantees a volume floor during random disruptions (not during an export ban).
 */
public final class ImportSource {

    /**
     * Hazard (1/yr) at which buyers perceive a source that is under, or was recently under, an export restriction
     * (assumption: a restriction is read as a yearly event while it is fresh; design 1.7).
     */
    public static final double RESTRICTED_PERCEIVED_HAZARD_PER_YEAR = 1.0;

    /** Hazard multiplier for sources flagged partner in the scenario without a named agreement. */
    public static final double DEFAULT_PARTNER_HAZARD_MULTIPLIER = 0.5;

    private final ImportSourceSpec spec;
    private final RandomStream rng;

    private int disruptionMonthsLeft;
    private double disruptionDepth;
    private double restrictionDepth;
    private double hazardMultiplier = 1.0;
    private double guaranteedTPerMonth;
    private double priceDiscount;
    private double availableTPerMonth;
    private double remainingTPerMonth;
    /** Volume a world market opens to Japan this month, t (NaN: the spec's fixed volume, price model exogenous). */
    private double marketTPerMonth = Double.NaN;
    private double shippedTPerMonth;
    /** Japan-bound equity offtake carried this month at full mine output, t, and its hazard multiplier. */
    private double offtakeTPerMonth;
    private double offtakeHazardMultiplier = 1.0;
    /** True while the disruption in progress also hits the offtake volume. */
    private boolean offtakeHit;
    private int monthsSinceRestriction = Integer.MAX_VALUE;
    /** The hazard (1/yr) behind {@link #monthlyStartProbability}, and that probability: one exp per change, not per month. */
    private double cachedHazardPerYear = Double.NaN;
    private double cachedStartProbability;

    ImportSource(ImportSourceSpec spec, RandomStream rng) {
        this.spec = spec;
        this.rng = rng;
    }

    public ImportSourceSpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    /** Sets this month's agreement terms (before {@link #advance}). */
    void setAgreement(double hazardMult, double guaranteedTPerYear, double discount) {
        this.hazardMultiplier = hazardMult;
        this.guaranteedTPerMonth = guaranteedTPerYear / 12.0;
        this.priceDiscount = discount;
    }

    /** Sets this month's volume from the world market (price model market), t; before {@link #advance}. */
    void setMarketVolume(double tPerMonth) {
        this.marketTPerMonth = tPerMonth;
    }

    void setRestriction(double depth) {
        this.restrictionDepth = depth;
        if (depth > 0) {
            monthsSinceRestriction = 0;
        } else if (monthsSinceRestriction < Integer.MAX_VALUE) {
            monthsSinceRestriction++;
        }
    }

    /**
     * Sets the Japan-bound offtake of equity stakes this source carries this month (before {@link #advance}) and
     * the multiplier on this source's hazard for that volume ({@link EquityStakes}).
     */
    void setOfftake(double tPerMonth, double hazardMultiplier) {
        this.offtakeTPerMonth = tPerMonth;
        this.offtakeHazardMultiplier = hazardMultiplier;
    }

    /** Advances the disruption process by one month and sets this month's available volume. */
    void advance(boolean randomDisruptions, boolean unconstrained) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        double u3 = rng.nextDouble();
        if (disruptionMonthsLeft > 0) {
            disruptionMonthsLeft--;
            if (disruptionMonthsLeft == 0) {
                disruptionDepth = 0;
            }
        } else if (randomDisruptions) {
            if (u1 < monthlyStartProbability()) {
                // depth uniform on [0.5, 1.5] x mean, duration exponential with the mean, at least a month
                disruptionDepth = Math.min(1.0, spec.disruptionDepth() * (0.5 + u2));
                // the offtake volume is hit only by the rarer events of its lower hazard: the same uniform, a
                // nested event, so no extra draw shifts the stream
                offtakeHit = offtakeTPerMonth > 0
                        && u1 < 1.0 - Math.exp(-hazardPerYear() * offtakeHazardMultiplier / 12.0);
                disruptionMonthsLeft = Math.max(1, (int) Math.ceil(-spec.disruptionMonths() * Math.log(1.0 - u3)));
            }
        }
        double base = Double.isNaN(marketTPerMonth) ? spec.volumeTPerYear() / 12.0 : marketTPerMonth;
        if (unconstrained) {
            availableTPerMonth = Double.MAX_VALUE / 1e6;
        } else {
            double offtake = Math.min(offtakeTPerMonth, base);
            double afterDisruption = (base - offtake) * (1.0 - disruptionDepth)
                    + offtake * (1.0 - (offtakeHit ? disruptionDepth : 0.0));
            if (restrictionDepth <= 0) {
                afterDisruption = Math.max(afterDisruption, Math.min(guaranteedTPerMonth, base));
            }
            // a restriction caps the flow to Japan at (1 - depth) of the source's reference volume (volume_t_per_year),
            // also under a world market, whose access can be far above Japan's usual flow: "exports to Japan cut by d"
            double reference = Double.isNaN(marketTPerMonth) || restrictionDepth <= 0 ? base : spec.volumeTPerYear() / 12.0;
            availableTPerMonth = Math.min(afterDisruption, reference * (1.0 - restrictionDepth));
        }
        remainingTPerMonth = availableTPerMonth;
        shippedTPerMonth = 0;
    }

    /** Probability that a disruption starts this month: 1 - exp(-h/12). */
    private double monthlyStartProbability() {
        double h = hazardPerYear();
        if (h != cachedHazardPerYear) {
            cachedHazardPerYear = h;
            cachedStartProbability = 1.0 - Math.exp(-h / 12.0);
        }
        return cachedStartProbability;
    }

    /** Hazard in force, 1/yr (base hazard times agreement multiplier). */
    public double hazardPerYear() {
        return spec.hazardPerYear() * hazardMultiplier;
    }

    /** Share of the offtake volume (and of its mines' output) lost this month: its own disruption or a restriction. */
    public double offtakeLostShare() {
        return Math.max(offtakeHit ? disruptionDepth : 0.0, restrictionDepth);
    }

    /**
     * Hazard buyers perceive, 1/yr: the hazard in force, raised to at least
     * {@link #RESTRICTED_PERCEIVED_HAZARD_PER_YEAR} while this source is under an export restriction or within
     * {@code memoryMonths} after one. The one rule for both things buyers do with it: the precautionary stock
     * ({@code WorldMarket}'s supply risk) and the choice of source ({@link ImportAllocator}).
     */
    public double perceivedHazardPerYear(int memoryMonths) {
        double h = hazardPerYear();
        return restrictedWithin(memoryMonths) ? Math.max(h, RESTRICTED_PERCEIVED_HAZARD_PER_YEAR) : h;
    }

    /** True while under an export restriction, or within {@code memoryMonths} after one ended. */
    private boolean restrictedWithin(int memoryMonths) {
        return monthsSinceRestriction <= memoryMonths;
    }

    /** True while a scheduled export restriction cuts this source. */
    public boolean restricted() {
        return restrictionDepth > 0;
    }

    /** Share of volume lost this month (disruption or restriction, the deeper). */
    public double lostShare() {
        return Math.max(disruptionDepth, restrictionDepth);
    }

    public boolean disrupted() {
        return disruptionMonthsLeft > 0;
    }

    public double availableTPerMonth() {
        return availableTPerMonth;
    }

    /** Volume still unclaimed this month, t. */
    public double remainingTPerMonth() {
        return remainingTPerMonth;
    }

    /** Volume taken this month (by every buyer), t: the sum of what was taken, exactly as the buyers booked it. */
    public double shippedTPerMonth() {
        return shippedTPerMonth;
    }

    void take(double t) {
        shippedTPerMonth += t;
        remainingTPerMonth = Math.max(0.0, remainingTPerMonth - t);
    }

    /** Effective price premium over the world price (premium minus agreement discount). */
    public double effectivePremium() {
        return spec.premium() - priceDiscount;
    }
}
