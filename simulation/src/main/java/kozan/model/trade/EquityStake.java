package kozan.model.trade;

import kozan.scenario.EquityStakeSpec;

/**
 * An equity stake in a mine abroad: offtake rights in proportion to the stake, {@code offtake = ω x q} with the
 * offtake share ω at most the equity share σ, so offtake never exceeds σ x the mine's output (EquityOfftakeTest).
 */
public final class EquityStake implements Offtake {

    private final EquityStakeSpec spec;

    public EquityStake(EquityStakeSpec spec) {
        if (spec.offtakeShare() > spec.equityShare()) {
            throw new IllegalArgumentException("stake " + spec.id() + ": offtake share " + spec.offtakeShare()
                    + " exceeds equity share " + spec.equityShare());
        }
        this.spec = spec;
    }

    @Override
    public EquityStakeSpec spec() {
        return spec;
    }

    @Override
    public double offtakeT(double mineOutputT) {
        return spec.offtakeShare() * Math.max(0.0, mineOutputT);
    }
}
