package kozan.model.trade;

import java.time.YearMonth;
import kozan.scenario.EquityStakeSpec;

/**
 * A Japanese claim on a mine abroad (design docs/design/markets-issue-14.md 5.1): an {@link EquityStake} or a
 * loan-backed {@link OfftakeContract}. Both earn dividends and count in the self-development entitlement by their
 * equity share; they differ in how much of the mine's output they may ship to Japan.
 */
public interface Offtake {

    EquityStakeSpec spec();

    /** Tonnes the claim ships to Japan in a month when the mine produces {@code mineOutputT}, t. */
    double offtakeT(double mineOutputT);

    /** Offtake of a month at full mine output, t. */
    default double nominalOfftakeT() {
        return offtakeT(spec().mineOutputTPerYear() / 12.0);
    }

    /** The self-development entitlement: equity share x mine output, t. */
    default double entitlementT(double mineOutputT) {
        return spec().equityShare() * mineOutputT;
    }

    /**
     * Dividend of a month: equity share x max(0, (world price - unit cost) x output - sustaining capex / 12), JPY
     * (income from abroad, not domestic value added).
     */
    default double dividendYen(double priceYenPerT, double mineOutputT) {
        EquityStakeSpec s = spec();
        double cash = (priceYenPerT - s.unitCostYenPerT()) * mineOutputT - s.sustainingCapexYenPerYear() / 12.0;
        return s.equityShare() * Math.max(0.0, cash);
    }

    /** True in the months from {@code from} to {@code to} (inclusive; no end when {@code to} is null). */
    default boolean activeIn(YearMonth month) {
        EquityStakeSpec s = spec();
        return !month.isBefore(s.from()) && (s.to() == null || !month.isAfter(s.to()));
    }

    /** The claim a stake record describes: a contract when it names a contracted tonnage, else an equity stake. */
    static Offtake of(EquityStakeSpec spec) {
        return spec.isContract() ? new OfftakeContract(spec) : new EquityStake(spec);
    }
}
