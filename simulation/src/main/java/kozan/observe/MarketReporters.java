package kozan.observe;

import kozan.model.MiningEconomy;
import kozan.model.trade.MarketView;
import kozan.model.trade.WorldMarket;

/**
 * Reporters of the world-market metrics (price model market, docs/model.md 7.1.1): rows only for commodities whose
 * price is formed in a world market, so scenarios with exogenous prices write exactly the rows they wrote before.
 */
final class MarketReporters {

    /** Pools of world_stock_t, in row order after the total. */
    static final String POOL_CHINA = "china";
    static final String POOL_WORLD = "world";
    /** Regions of world_demand_t, in row order after the total. */
    static final String REGION_CHINA = "china";
    static final String REGION_REST = "rest";
    static final String REGION_JAPAN = "japan";

    /** One value of a world market. */
    @FunctionalInterface
    interface MarketValue {
        double value(MarketView m);
    }

    private MarketReporters() {
    }

    /** One row per market commodity. */
    static Reporter perMarket(MarketValue f) {
        return (rows, metric) -> {
            MiningEconomy e = rows.economy();
            int nc = e.markets().size();
            for (int c = 0; c < nc; c++) {
                WorldMarket w = e.market(c);
                MarketView m = w.marketView();
                if (m != null) {
                    rows.add(metric, w.commodityId(), "", "", f.value(m));
                }
            }
        };
    }

    static void stocks(MonthRows rows, String metric) {
        MiningEconomy e = rows.economy();
        for (int c = 0; c < e.markets().size(); c++) {
            WorldMarket w = e.market(c);
            MarketView m = w.marketView();
            if (m != null) {
                rows.add(metric, w.commodityId(), "", "", m.chinaStockT() + m.worldStockT());
                rows.add(metric, w.commodityId(), "", POOL_CHINA, m.chinaStockT());
                rows.add(metric, w.commodityId(), "", POOL_WORLD, m.worldStockT());
            }
        }
    }

    static void output(MonthRows rows, String metric) {
        MiningEconomy e = rows.economy();
        for (int c = 0; c < e.markets().size(); c++) {
            WorldMarket w = e.market(c);
            MarketView m = w.marketView();
            if (m != null) {
                double total = 0;
                for (int o = 0; o < m.producerCount(); o++) {
                    total += m.producerOutputT(o);
                }
                rows.add(metric, w.commodityId(), "", "", total);
                for (int o = 0; o < m.producerCount(); o++) {
                    rows.add(metric, w.commodityId(), "", m.producerId(o), m.producerOutputT(o));
                }
            }
        }
    }

    static void demand(MonthRows rows, String metric) {
        MiningEconomy e = rows.economy();
        for (int c = 0; c < e.markets().size(); c++) {
            WorldMarket w = e.market(c);
            MarketView m = w.marketView();
            if (m != null) {
                rows.add(metric, w.commodityId(), "", "", m.chinaDemandT() + m.restDemandT() + m.japanT());
                rows.add(metric, w.commodityId(), "", REGION_CHINA, m.chinaDemandT());
                rows.add(metric, w.commodityId(), "", REGION_REST, m.restDemandT());
                rows.add(metric, w.commodityId(), "", REGION_JAPAN, m.japanT());
            }
        }
    }
}
