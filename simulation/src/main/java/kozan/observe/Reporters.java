package kozan.observe;

import kozan.model.MiningEconomy;
import kozan.model.accounts.NationalAccounts;
import kozan.model.demand.CommodityLedger;
import kozan.model.labour.LabourMarketView;
import kozan.model.policy.FiscalLever;
import kozan.model.trade.WorldMarket;

/**
 * Reporter shapes shared by the catalogue ({@link Metrics}) and the reporters too long for a one-line lambda.
 * Every value is read from the model; the few formulas here (shares, rates, indices of this month's rows) are
 * summaries of what the model already holds. Labour-market metrics have rows only when a labour market is wired in.
 */
final class Reporters {

    private static final FiscalLever[] LEVERS = FiscalLever.values();

    /** A value per commodity (scenario index). */
    @FunctionalInterface
    interface CommodityValue {
        double value(MiningEconomy e, int commodity);
    }

    /** A labour-market value per region (scenario index). */
    @FunctionalInterface
    interface RegionValue {
        double value(LabourMarketView lm, int region);
    }

    /** One national value. */
    @FunctionalInterface
    interface NationalValue {
        double value(MonthRows rows);
    }

    private Reporters() {
    }

    /** One row per commodity, in scenario order. */
    static Reporter perCommodity(CommodityValue f) {
        return (rows, metric) -> {
            MiningEconomy e = rows.economy();
            int nc = rows.commodityCount();
            for (int c = 0; c < nc; c++) {
                rows.add(metric, rows.commodityId(c), "", "", f.value(e, c));
            }
        };
    }

    /** One row per commodity whose value is defined (not NaN). */
    static Reporter perCommodityWhenDefined(CommodityValue f) {
        return (rows, metric) -> {
            MiningEconomy e = rows.economy();
            int nc = rows.commodityCount();
            for (int c = 0; c < nc; c++) {
                double v = f.value(e, c);
                if (!Double.isNaN(v)) {
                    rows.add(metric, rows.commodityId(c), "", "", v);
                }
            }
        };
    }

    /** One national row (no commodity, region or detail). */
    static Reporter national(NationalValue f) {
        return (rows, metric) -> rows.add(metric, "", "", "", f.value(rows));
    }

    /** Labour market: the national sum, then each region. */
    static Reporter regional(RegionValue f) {
        return (rows, metric) -> {
            LabourMarketView lm = rows.economy().labourMarket();
            if (lm != null) {
                regionalRows(rows, metric, lm, f, sum(rows, lm, f));
            }
        };
    }

    private static double sum(MonthRows rows, LabourMarketView lm, RegionValue f) {
        double total = 0;
        for (int r = 0; r < rows.regionCount(); r++) {
            total += f.value(lm, r);
        }
        return total;
    }

    private static void regionalRows(MonthRows rows, String metric, LabourMarketView lm, RegionValue f, double national) {
        rows.add(metric, "", "", "", national);
        for (int r = 0; r < rows.regionCount(); r++) {
            rows.add(metric, "", rows.regionId(r), "", f.value(lm, r));
        }
    }

    /** Per region (nation first) a total and one row per detail: [region slot][detail slot], slot 0 the total. */
    private static void regionalByDetail(MonthRows rows, String metric, double[][] v, String[] details, double national) {
        for (int r = 0; r < v.length; r++) {
            rows.add(metric, "", r == 0 ? "" : rows.regionId(r - 1), "", r == 0 ? national : v[r][0]);
            for (int i = 0; i < details.length; i++) {
                rows.add(metric, "", r == 0 ? "" : rows.regionId(r - 1), details[i], v[r][i + 1]);
            }
        }
    }

    // ---- commodities ----

    static void importsBySource(MonthRows rows, String metric) {
        MiningEconomy e = rows.economy();
        int nc = e.markets().size();
        for (int c = 0; c < nc; c++) {
            WorldMarket m = e.market(c);
            for (int s = 0; s < m.sourceCount(); s++) {
                rows.add(metric, m.commodityId(), "", m.source(s).id(), m.ledger().importsBySourceT(s));
            }
        }
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

    // ---- jobs and labour ----

    /**
     * By region and stage (plus FIXED employers, which add up to the total with the stages), and the detail jsic_c:
     * the persons official statistics count in mining and quarrying (workers x jsic_c_share), not a part of the sum.
     */
    static void jobsDirect(MonthRows rows, String metric) {
        AgentTally t = rows.tally();
        regionalByDetail(rows, metric, t.direct, AgentTally.EMPLOYING_NAMES, t.direct[0][0]);
        for (int r = 0; r < t.jsicC.length; r++) {
            rows.add(metric, "", r == 0 ? "" : rows.regionId(r - 1), Metrics.DETAIL_JSIC_C, t.jsicC[r]);
        }
    }

    /**
     * Regions and details from the tally: supplier agents by kind (processing by feed) and the labour markets'
     * INDIRECT pools (SUPPLY_CHAIN); the national total from the national accounts.
     */
    static void jobsIndirect(MonthRows rows, String metric) {
        AgentTally t = rows.tally();
        regionalByDetail(rows, metric, t.indirect, AgentTally.INDIRECT_NAMES, rows.economy().nationalAccounts().indirectJobs());
    }

    /** Regions from the labour markets; the national total from the national accounts. */
    static void jobsInduced(MonthRows rows, String metric) {
        MiningEconomy e = rows.economy();
        LabourMarketView lm = e.labourMarket();
        if (lm != null) {
            regionalRows(rows, metric, lm, LabourMarketView::inducedJobs, e.nationalAccounts().inducedJobs());
        }
    }

    static void jobsManufacturing(MonthRows rows, String metric) {
        double[] v = rows.tally().manufacturing;
        for (int r = 0; r < v.length; r++) {
            rows.add(metric, "", r == 0 ? "" : rows.regionId(r - 1), "", v[r]);
        }
    }

    /** U / L, nationally from the regional sums. */
    static void unemploymentRate(MonthRows rows, String metric) {
        LabourMarketView lm = rows.economy().labourMarket();
        if (lm == null) {
            return;
        }
        int n = rows.regionCount();
        double l = 0;
        double u = 0;
        for (int r = 0; r < n; r++) {
            l += lm.labourForce(r);
            u += lm.unemployed(r);
        }
        rows.add(metric, "", "", "", l > 0 ? u / l : 0);
        for (int r = 0; r < n; r++) {
            rows.add(metric, "", rows.regionId(r), "", lm.labourForce(r) > 0 ? lm.unemployed(r) / lm.labourForce(r) : 0);
        }
    }

    /** National wage index: labour-force weighted mean of the regions. */
    static void wageIndex(MonthRows rows, String metric) {
        LabourMarketView lm = rows.economy().labourMarket();
        if (lm == null) {
            return;
        }
        int n = rows.regionCount();
        double l = 0;
        for (int r = 0; r < n; r++) {
            l += lm.labourForce(r);
        }
        double w = 0;
        for (int r = 0; r < n; r++) {
            w += lm.wageIndex(r) * lm.labourForce(r);
        }
        rows.add(metric, "", "", "", l > 0 ? w / l : 1);
        for (int r = 0; r < n; r++) {
            rows.add(metric, "", rows.regionId(r), "", lm.wageIndex(r));
        }
    }

    // ---- national ----

    /** Total, then mining, suppliers and (with a labour market) induced, from the national accounts. */
    static void valueAdded(MonthRows rows, String metric) {
        MiningEconomy e = rows.economy();
        NationalAccounts a = e.nationalAccounts();
        rows.add(metric, "", "", "", a.valueAddedYen());
        rows.add(metric, "", "", "mining", a.valueAddedMiningYen());
        rows.add(metric, "", "", "suppliers", a.valueAddedSuppliersYen());
        rows.add(metric, "", "", "supply_chain", a.valueAddedSupplyChainYen());
        if (e.labourMarket() != null) {
            rows.add(metric, "", "", "induced", a.valueAddedInducedYen());
        }
    }

    static void minesInStage(MonthRows rows, String metric) {
        int[] n = rows.tally().minesInStage;
        for (int i = 0; i < n.length; i++) {
            rows.add(metric, "", "", AgentTally.STAGE_NAMES[i], n[i]);
        }
    }

    /** Whether a commodity has rows of a metric: a fixed property of the run, so the rows are the same every month. */
    @FunctionalInterface
    interface CommodityFilter {
        boolean test(MiningEconomy e, int commodity);
    }

    /** One row per commodity that passes the filter, when its value is defined (not NaN). */
    static Reporter perCommodityWhere(CommodityFilter filter, CommodityValue f) {
        return (rows, metric) -> {
            MiningEconomy e = rows.economy();
            int nc = rows.commodityCount();
            for (int c = 0; c < nc; c++) {
                if (filter.test(e, c)) {
                    double v = f.value(e, c);
                    if (!Double.isNaN(v)) {
                        rows.add(metric, rows.commodityId(c), "", "", v);
                    }
                }
            }
        };
    }

    /** Causes of a supply cut, in row order. */
    private static final String[] CAUSES = {"export_restriction", "disruption", "capacity"};

    /**
     * Total per commodity, and for critical commodities (the only ones whose shortfall costs output) one row per
     * cause of the month's supply cut: the loss under the month's cause, 0 under the others (same rows every month).
     */
    static void outputLostByCause(MonthRows rows, String metric) {
        MiningEconomy e = rows.economy();
        int nc = e.markets().size();
        for (int c = 0; c < nc; c++) {
            WorldMarket m = e.market(c);
            double lost = m.ledger().outputLostYen();
            rows.add(metric, m.commodityId(), "", "", lost);
            if (m.spec().critical()) {
                String cause = supplyCutCause(m);
                for (String k : CAUSES) {
                    rows.add(metric, m.commodityId(), "", k, k.equals(cause) ? lost : 0.0);
                }
            }
        }
    }

    /** What cut a market's supply this month: a scheduled export restriction, a random disruption, or neither. */
    static String supplyCutCause(WorldMarket m) {
        boolean disrupted = false;
        for (int s = 0; s < m.sourceCount(); s++) {
            if (m.source(s).restricted()) {
                return CAUSES[0];
            }
            disrupted |= m.source(s).disrupted();
        }
        return disrupted ? CAUSES[1] : CAUSES[2];
    }

    /** For critical commodities: the total of the shortfall cascade's covers, then each cover. */
    static void shortfallMet(MonthRows rows, String metric) {
        MiningEconomy e = rows.economy();
        int nc = e.markets().size();
        for (int c = 0; c < nc; c++) {
            if (!e.market(c).spec().critical()) {
                continue;
            }
            CommodityLedger l = e.ledger(c);
            String id = e.market(c).commodityId();
            double own = l.coverOwnStockT();
            double stock = l.coverStockpileT();
            double sub = l.substitutedT();
            double thrift = l.thriftedT();
            rows.add(metric, id, "", "", own + stock + sub + thrift);
            rows.add(metric, id, "", "own_stock", own);
            rows.add(metric, id, "", "stockpile", stock);
            rows.add(metric, id, "", "substitution", sub);
            rows.add(metric, id, "", "thrift", thrift);
        }
    }

    /** Total over the levers (revenues negative), then each lever. */
    static void fiscalCost(MonthRows rows, String metric) {
        MiningEconomy e = rows.economy();
        rows.add(metric, "", "", "", e.government().fiscalCostTotal());
        for (FiscalLever l : LEVERS) {
            rows.add(metric, "", "", l.label(), e.government().fiscalYen(l));
        }
    }
}
