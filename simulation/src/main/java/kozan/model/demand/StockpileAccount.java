package kozan.model.demand;

/** The state stockpile as the procurement clearing sees it. */
public interface StockpileAccount {

    boolean isStockpiled(int commodity);

    double stockpileT(int commodity);

    void setStockpileT(int commodity, double t);

    /** Target in days of consumption. */
    double stockpileTargetDays();

    /** Share of the gap to target bought per month. */
    double stockpileBuyRate();

    /** Release when the month's shortfall after domestic supply and imports exceeds this share of need. */
    double stockpileReleaseTrigger();

    /** No purchases while price / expectation exceeds this ratio. */
    double stockpileBuyPriceCeiling();

    /** Books stockpile spending (purchases positive, release sales negative), JPY. */
    void bookStockpileYen(double yen);
}
