package kozan.model.trade;

/**
 * How a commodity's world price moves from one month to the next ({@code price.model}): {@link ExogenousPrice} (a
 * random process; Japan is a price taker) or {@link MarketPrice} (a world market that clears through inventories).
 * The {@link WorldMarket} calls {@link #advance} once a month at ordering 0, after the import sources have drawn
 * their disruptions.
 */
interface PriceModel {

    /**
     * Sets this month's world (export) price.
     *
     * @param step           0-based month
     * @param shock          scheduled log jump starting this month (PRICE_SHOCK and restriction responses)
     * @param lostWorldShare share of world supply cut off from Japan's sources this month (0-1)
     */
    void advance(int step, double shock, double lostWorldShare);

    /** World price this month, JPY/t: the price Japan's buyers pay before source premiums. */
    double price();

    /** Log of the price before any restriction premium (finite-checked by the market every month). */
    double logPrice();

    /** Log-price premium from sources cut off this month (0 where the model has none). */
    double responseLog();
}
