package kozan.model.trade;

import kozan.scenario.EquityStakeSpec;

/**
 * A loan-backed offtake contract (the Lynas/JARE case: at least 8,500 t/yr to Japan against a small equity slice):
 * the contracted tonnage a month, never more than the mine's output.
 */
public final class OfftakeContract implements Offtake {

    private final EquityStakeSpec spec;

    public OfftakeContract(EquityStakeSpec spec) {
        if (!spec.isContract()) {
            throw new IllegalArgumentException("stake " + spec.id() + " has no contracted tonnage");
        }
        this.spec = spec;
    }

    @Override
    public EquityStakeSpec spec() {
        return spec;
    }

    @Override
    public double offtakeT(double mineOutputT) {
        return Math.min(spec.contractTPerYear() / 12.0, Math.max(0.0, mineOutputT));
    }
}
