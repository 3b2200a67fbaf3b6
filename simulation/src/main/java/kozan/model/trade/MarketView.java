package kozan.model.trade;

/**
 * What observers see of a world market this month (price model market; docs/outputs.md). Tonnes are the commodity's
 * unit, prices JPY/t. Read after the month's Procurement and {@link WorldMarket#settle}.
 */
public interface MarketView {

    /** China's domestic price, JPY/t. */
    double domesticPrice();

    /** Export (world) price, JPY/t: the price Japan pays before source premiums. */
    double exportPrice();

    /** Commercial stock in China at the end of the month, t. */
    double chinaStockT();

    /** Commercial stock outside China (not Japanese buyers' own) at the end of the month, t. */
    double worldStockT();

    int producerCount();

    /** Origin id of producer o. */
    String producerId(int o);

    /** Output of producer o this month, t. */
    double producerOutputT(int o);

    /** Capacity in production of producer o this month, t/yr. */
    double producerCapacityTPerYear(int o);

    /** China's exports this month, t. */
    double exportsT();

    /** Whether China's export quota bound this month. */
    boolean quotaBinding();

    /** Demand met in China this month, t. */
    double chinaDemandT();

    /** Demand met in the rest of the world (not China, not Japan) this month, t. */
    double restDemandT();

    /** Japan's purchases this month, t. */
    double japanT();

    /** Recycled supply outside China this month, t. */
    double recyclingT();

    /** Supply - uses - stock change this month, t (0 up to rounding: the clearing identity). */
    double clearingResidualT();

    /** Total supply (output plus recycling) this month, t. */
    double supplyT();
}
