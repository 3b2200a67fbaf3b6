package kozan.observe;

import kozan.model.MiningEconomy;
import kozan.model.trade.WorldMarket;
import kozan.model.demand.CommodityLedger;

/** Per-commodity metrics from the commodity ledgers and world markets, commodities in scenario order. */
final class CommodityMetrics implements MetricFamily {

    @Override
    public void emit(MiningEconomy e, int step, RowSink sink) {
        int nc = e.markets().size();
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "world_price", e.market(c).commodityId(), "", "", e.market(c).worldPrice());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "domestic_mine_output_t", id(e, c), "", "", e.ledger(c).mineOutputT());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "domestic_refined_output_t", id(e, c), "", "", e.ledger(c).refinedOutputT());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "domestic_origin_supply_t", id(e, c), "", "", e.ledger(c).domesticOriginSoldT());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "consumption_t", id(e, c), "", "", e.ledger(c).consumptionT());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "imports_t", id(e, c), "", "", e.ledger(c).importsT());
        }
        for (int c = 0; c < nc; c++) {
            WorldMarket m = e.market(c);
            for (int s = 0; s < m.sourceCount(); s++) {
                sink.accept(step, "imports_t_by_source", m.commodityId(), "", m.source(s).id(), m.ledger().importsBySourceT(s));
            }
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "imports_yen", id(e, c), "", "", e.ledger(c).importsYen());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "refined_exports_t", id(e, c), "", "", e.ledger(c).refinedExportsT());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "concentrate_exports_t", id(e, c), "", "", e.ledger(c).concentrateExportsT());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "stockpile_t", id(e, c), "", "", e.ledger(c).stockpileT());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "inventory_t", id(e, c), "", "", e.ledger(c).inventoryT());
        }
        for (int c = 0; c < nc; c++) {
            double dep = e.ledger(c).importDependence();
            if (!Double.isNaN(dep)) {
                sink.accept(step, "import_dependence", id(e, c), "", "", dep);
            }
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "supply_risk", id(e, c), "", "", supplyRisk(e.market(c)));
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "import_hhi", id(e, c), "", "", hhi(e.market(c)));
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "shortfall_t", id(e, c), "", "", e.ledger(c).shortfallT());
        }
        for (int c = 0; c < nc; c++) {
            sink.accept(step, "manufacturing_output_lost_yen", id(e, c), "", "", e.ledger(c).outputLostYen());
        }
    }

    private static String id(MiningEconomy e, int c) {
        return e.market(c).commodityId();
    }

    /** Import share of source s this month (base share when nothing was imported). */
    static double share(WorldMarket m, int s) {
        CommodityLedger l = m.ledger();
        if (l.importsT() > 0) {
            return l.importsBySourceT(s) / l.importsT();
        }
        double total = 0;
        for (int k = 0; k < m.sourceCount(); k++) {
            total += m.source(k).spec().share();
        }
        return total > 0 ? m.source(s).spec().share() / total : 0;
    }

    /** Share-weighted disruption hazard, 1/yr. */
    static double supplyRisk(WorldMarket m) {
        double risk = 0;
        for (int s = 0; s < m.sourceCount(); s++) {
            risk += share(m, s) * m.source(s).hazardPerYear();
        }
        return risk;
    }

    /** Herfindahl-Hirschman index of import shares (0-1). */
    static double hhi(WorldMarket m) {
        double h = 0;
        for (int s = 0; s < m.sourceCount(); s++) {
            double sh = share(m, s);
            h += sh * sh;
        }
        return h;
    }
}
