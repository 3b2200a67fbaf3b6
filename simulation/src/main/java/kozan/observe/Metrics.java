package kozan.observe;

import static kozan.observe.Reporters.national;
import static kozan.observe.Reporters.perCommodity;
import static kozan.observe.Reporters.perCommodityWhenDefined;
import static kozan.observe.Reporters.regional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kozan.model.labour.LabourMarketView;
import kozan.model.trade.MarketView;
import kozan.stats.Bounds;

/**
 * The catalogue of output metrics, each defined once (Mesa DataCollector style): name, unit, annual aggregation,
 * dimensions, description and the reporter that reads it from the model (contract names; docs/outputs.md explains
 * each). The constants are the only place a metric name is spelled in main code: everything else (charts, GUI,
 * batch, CLI, IO) uses them. Rows are recorded in catalogue order.
 *
 * <p>Dimensions: "commodity", "region", "detail=&lt;what detail holds&gt;". An empty commodity or region means
 * "none / national"; an empty detail on a metric that has a detail dimension is the total over that dimension.
 * A RATIO's numerator and denominator name SUM metrics, several joined by '+'.
 */
public final class Metrics {

    public static final String WORLD_PRICE = "world_price";
    public static final String DOMESTIC_MINE_OUTPUT_T = "domestic_mine_output_t";
    public static final String DOMESTIC_REFINED_OUTPUT_T = "domestic_refined_output_t";
    public static final String DOMESTIC_ORIGIN_SUPPLY_T = "domestic_origin_supply_t";
    public static final String CONSUMPTION_T = "consumption_t";
    public static final String IMPORTS_T = "imports_t";
    public static final String IMPORTS_T_BY_SOURCE = "imports_t_by_source";
    public static final String IMPORTS_YEN = "imports_yen";
    public static final String REFINED_EXPORTS_T = "refined_exports_t";
    public static final String CONCENTRATE_EXPORTS_T = "concentrate_exports_t";
    public static final String STOCKPILE_T = "stockpile_t";
    public static final String INVENTORY_T = "inventory_t";
    public static final String IMPORT_DEPENDENCE = "import_dependence";
    public static final String SUPPLY_RISK = "supply_risk";
    public static final String IMPORT_HHI = "import_hhi";
    public static final String SHORTFALL_T = "shortfall_t";
    public static final String MANUFACTURING_OUTPUT_LOST_YEN = "manufacturing_output_lost_yen";
    public static final String SHORTFALL_MET_T = "shortfall_met_t";
    public static final String RECYCLED_T = "recycled_t";
    public static final String SELF_DEVELOPMENT_RATIO = "self_development_ratio";
    public static final String EQUITY_OFFTAKE_T = "equity_offtake_t";
    public static final String EQUITY_DIVIDENDS_YEN = "equity_dividends_yen";
    public static final String JOBS_DIRECT = "jobs_direct";
    /** Detail of jobs_direct: JSIC-C persons (workers x jsic_c_share); a weighted subtotal, not a part of the sum. */
    public static final String DETAIL_JSIC_C = "jsic_c";
    public static final String JOBS_INDIRECT = "jobs_indirect";
    public static final String JOBS_INDUCED = "jobs_induced";
    public static final String JOBS_MANUFACTURING = "jobs_manufacturing";
    public static final String JOBS_DISPLACED = "jobs_displaced";
    public static final String LABOR_FORCE = "labor_force";
    public static final String EMPLOYED = "employed";
    public static final String UNEMPLOYED = "unemployed";
    public static final String UNEMPLOYMENT_RATE = "unemployment_rate";
    public static final String VACANCIES = "vacancies";
    public static final String WAGE_INDEX = "wage_index";
    public static final String NET_MIGRATION = "net_migration";
    public static final String VALUE_ADDED_YEN = "value_added_yen";
    public static final String MINES_IN_STAGE = "mines_in_stage";
    public static final String WATER_WITHDRAWN_M3 = "water_withdrawn_m3";
    public static final String WATER_RECYCLED_M3 = "water_recycled_m3";
    public static final String CO2E_T = "co2e_t";
    public static final String LAND_DISTURBED_HA = "land_disturbed_ha";
    public static final String LAND_RECLAIMED_HA = "land_reclaimed_ha";
    public static final String FISCAL_COST_YEN = "fiscal_cost_yen";
    // world market (price model market): rows only for such commodities
    public static final String WORLD_PRICE_DOMESTIC = "world_price_domestic";
    public static final String WORLD_STOCK_T = "world_stock_t";
    public static final String PRODUCER_OUTPUT_T = "producer_output_t";
    public static final String WORLD_DEMAND_T = "world_demand_t";
    public static final String CHINA_EXPORTS_T = "china_exports_t";
    public static final String EXPORT_QUOTA_BINDING = "export_quota_binding";
    public static final String WORLD_CLEARING_RESIDUAL_T = "world_clearing_residual_t";

    private static final String C = "commodity";
    private static final String R = "region";

    public static final List<MetricDef> ALL = List.of(
            MetricDef.of(WORLD_PRICE, Units.MONEY + "/t", Aggregation.MEAN, C,
                    "World price of the commodity (per t of the commodity's unit), including the premium from cut-off sources.",
                    perCommodity((e, c) -> e.market(c).worldPrice())),
            MetricDef.of(DOMESTIC_MINE_OUTPUT_T, "t", Aggregation.SUM, C,
                    "Product (contained metal, oxide or mineral) from domestic mines.",
                    perCommodity((e, c) -> e.ledger(c).mineOutputT())),
            MetricDef.of(DOMESTIC_REFINED_OUTPUT_T, "t", Aggregation.SUM, C,
                    "Refined output of domestic processing from domestic and imported concentrate (direct-use commodities: mine output).",
                    perCommodity((e, c) -> e.ledger(c).refinedOutputT())),
            MetricDef.of(DOMESTIC_ORIGIN_SUPPLY_T, "t", Aggregation.SUM, C,
                    "Domestic-origin metal sold to domestic users (domestic concentrate refined at home, or direct-use mine output).",
                    perCommodity((e, c) -> e.ledger(c).domesticOriginSoldT())),
            MetricDef.of(CONSUMPTION_T, "t", Aggregation.SUM, C,
                    "Material used by manufacturers, recycled material included (after thrifting, substitution and output losses).",
                    perCommodity((e, c) -> e.ledger(c).consumptionT())),
            MetricDef.of(IMPORTS_T, "t", Aggregation.SUM, C,
                    "Foreign-origin metal entering domestic supply: refined imports (incl. stockpile purchases) plus imported concentrate refined here and sold domestically.",
                    perCommodity((e, c) -> e.ledger(c).importsT())),
            MetricDef.of(IMPORTS_T_BY_SOURCE, "t", Aggregation.SUM, C + ",detail=source",
                    "imports_t split by import source (country).",
                    Reporters::importsBySource),
            MetricDef.of(IMPORTS_YEN, Units.MONEY, Aggregation.SUM, C,
                    "Value of imports_t at the world price times (1 + source premium - agreement discount).",
                    perCommodity((e, c) -> e.ledger(c).importsYen())),
            MetricDef.of(REFINED_EXPORTS_T, "t", Aggregation.SUM, C,
                    "Domestic refined output not bought at home, exported.",
                    perCommodity((e, c) -> e.ledger(c).refinedExportsT())),
            MetricDef.of(CONCENTRATE_EXPORTS_T, "t", Aggregation.SUM, C,
                    "Domestic mine concentrate that domestic processing could not take, exported (does not reduce imports).",
                    perCommodity((e, c) -> e.ledger(c).concentrateExportsT())),
            MetricDef.of(STOCKPILE_T, "t", Aggregation.LAST, C, "State stockpile level at the end of the month.",
                    perCommodity((e, c) -> e.ledger(c).stockpileT())),
            MetricDef.of(INVENTORY_T, "t", Aggregation.LAST, C, "Manufacturers' inventories at the end of the month.",
                    perCommodity((e, c) -> e.ledger(c).inventoryT())),
            MetricDef.ratio(IMPORT_DEPENDENCE, IMPORTS_T, IMPORTS_T + "+" + DOMESTIC_ORIGIN_SUPPLY_T, C,
                    "imports_t / (imports_t + domestic_origin_supply_t); no row when both are 0.",
                    perCommodityWhenDefined((e, c) -> e.ledger(c).importDependence())),
            MetricDef.of(SUPPLY_RISK, "1/yr", Aggregation.MEAN, C,
                    "Disruption hazard of imports weighted by this month's import shares by source (base shares when nothing is imported).",
                    perCommodity((e, c) -> Reporters.supplyRisk(e.market(c)))),
            MetricDef.of(IMPORT_HHI, "index (0-1)", Aggregation.MEAN, C,
                    "Herfindahl-Hirschman index of import shares by source (sum of squared shares).",
                    perCommodity((e, c) -> Reporters.hhi(e.market(c)))),
            MetricDef.of(SHORTFALL_T, "t", Aggregation.SUM, C,
                    "Need that no supply, inventory or stockpile release could meet.",
                    perCommodity((e, c) -> e.ledger(c).shortfallT())),
            MetricDef.of(MANUFACTURING_OUTPUT_LOST_YEN, Units.MONEY, Aggregation.SUM, C + ",detail=cause",
                    "Manufacturing output lost to the residual of input shortfalls (after own stock, stockpile, emergency substitution and thrift; output dependence x residual share of use, Leontief in critical inputs), attributed to the binding commodity; for critical commodities detail = what cut the supply this month (export_restriction, disruption, or capacity: demand above the sources' volumes; the loss under the month's cause, 0 under the others); detail \"\" = total.",
                    Reporters::outputLostByCause),
            MetricDef.of(SHORTFALL_MET_T, "t", Aggregation.SUM, C + ",detail=cover",
                    "Critical commodities: use that recycling and purchases could not cover, met by each cover of the shortfall cascade in order: own_stock, stockpile, substitution (emergency substitutes), thrift (emergency thrift); detail \"\" = total.",
                    Reporters::shortfallMet),
            MetricDef.of(RECYCLED_T, "t", Aggregation.SUM, C,
                    "Recycled (urban-mine) material received by manufacturers; supply in the mass balance; rows only for commodities with a recycling share.",
                    Reporters.perCommodityWhere((e, c) -> e.market(c).spec().recyclingShare() > 0, (e, c) -> e.ledger(c).recycledT())),
            MetricDef.of(SELF_DEVELOPMENT_RATIO, "ratio", Aggregation.MEAN, C,
                    "Share of Japan's supply from Japanese-equity mines, domestic included (entitlement basis, METI-comparable): (domestic-origin supply + equity share x output of the stakes abroad) / consumption; where smelters refine more concentrate than Japan consumes (copper) the basis is their feed, as METI's base-metal target; rows for critical commodities and commodities with stakes, when the basis is not 0. A ratio, not a share: it exceeds 1 where equity entitlements abroad exceed consumption.",
                    Reporters.perCommodityWhere((e, c) -> e.market(c).spec().critical() || e.market(c).equity().size() > 0,
                            (e, c) -> e.market(c).equity().selfDevelopmentRatio(e.ledger(c)))),
            MetricDef.of(EQUITY_OFFTAKE_T, "t", Aggregation.SUM, C,
                    "Tonnes shipped to Japan under equity stakes and offtake contracts abroad (never more than the stakes' share of their mines' output); rows only for commodities with stakes.",
                    Reporters.perCommodityWhere((e, c) -> e.market(c).equity().size() > 0, (e, c) -> e.market(c).equity().offtakeTotalT())),
            MetricDef.of(EQUITY_DIVIDENDS_YEN, Units.MONEY, Aggregation.SUM, C,
                    "Dividends of Japanese equity stakes abroad (income from abroad, not domestic value added); rows only for commodities with stakes.",
                    Reporters.perCommodityWhere((e, c) -> e.market(c).equity().size() > 0, (e, c) -> e.market(c).equity().dividendsYen())),
            MetricDef.of(JOBS_DIRECT, "persons", Aggregation.MEAN, R + ",detail=stage",
                    "Persons employed by mines, by stage of the mine, and by fixed mining employers (detail FIXED); detail \"\" = all; detail jsic_c = workers x jsic_c_share, the persons official statistics count in mining (JSIC C), not a part of the sum.",
                    Reporters::jobsDirect),
            MetricDef.of(JOBS_INDIRECT, "persons", Aggregation.MEAN, R + ",detail=kind",
                    "Persons employed by domestic suppliers serving mines and refining, by supplier kind, plus the IO supply chain beyond them (detail SUPPLY_CHAIN: the labour market's INDIRECT pool); detail \"\" = all.",
                    Reporters::jobsIndirect),
            MetricDef.of(JOBS_INDUCED, "persons", Aggregation.MEAN, R,
                    "Jobs from household spending (Type II minus Type I of the supply chain, with the mine payroll as household income), filled by the labour market.",
                    Reporters::jobsInduced),
            MetricDef.of(JOBS_MANUFACTURING, "persons", Aggregation.MEAN, R,
                    "Persons employed by the simulated manufacturers.",
                    Reporters::jobsManufacturing),
            MetricDef.of(LABOR_FORCE, "persons", Aggregation.MEAN, R, "Labour force L.",
                    regional(LabourMarketView::labourForce)),
            MetricDef.of(EMPLOYED, "persons", Aggregation.MEAN, R, "Employment E (all classes).",
                    regional(LabourMarketView::employed)),
            MetricDef.of(UNEMPLOYED, "persons", Aggregation.MEAN, R, "Unemployed U = L - E.",
                    regional(LabourMarketView::unemployed)),
            MetricDef.of(JOBS_DISPLACED, "persons", Aggregation.MEAN, R,
                    "Rest-of-economy jobs displaced, R* - R (signed): normal rest-of-economy employment (trend demand x (1 - normal vacancy rate)) minus the rest of the economy's workforce.",
                    regional(LabourMarketView::jobsDisplaced)),
            MetricDef.of(UNEMPLOYMENT_RATE, "share (0-1)", Aggregation.MEAN, R, "U / L.",
                    Reporters::unemploymentRate),
            MetricDef.of(VACANCIES, "persons", Aggregation.MEAN, R, "Open vacancies V.",
                    regional(LabourMarketView::vacancies)),
            MetricDef.of(WAGE_INDEX, "index (start = 1)", Aggregation.MEAN, R, "Regional wage index.",
                    Reporters::wageIndex),
            MetricDef.of(NET_MIGRATION, "persons", Aggregation.SUM, R, "Net migration into the region.",
                    regional(LabourMarketView::netMigration)),
            MetricDef.of(VALUE_ADDED_YEN, Units.MONEY, Aggregation.SUM, "detail=class",
                    "Gross value added: mining (mine output value x IO VA ratio), suppliers (output x VA ratio of the IO sector of their kind), supply_chain (IO chain output beyond the agents x VA ratio by sector), induced (Type II - Type I output x VA ratio); detail \"\" = total.",
                    Reporters::valueAdded),
            MetricDef.of(MINES_IN_STAGE, "count", Aggregation.LAST, "detail=stage", "Number of mines and prospects in each stage.",
                    Reporters::minesInStage),
            MetricDef.of(WATER_WITHDRAWN_M3, "m3", Aggregation.SUM, "", "Fresh water withdrawn by mines.",
                    national(rows -> rows.tally().waterWithdrawnM3)),
            MetricDef.of(WATER_RECYCLED_M3, "m3", Aggregation.SUM, "", "Water recycled by mines.",
                    national(rows -> rows.tally().waterRecycledM3)),
            MetricDef.of(CO2E_T, "t CO2e", Aggregation.SUM, "", "Greenhouse-gas emissions of mines.",
                    national(rows -> rows.tally().co2eT)),
            MetricDef.of(LAND_DISTURBED_HA, "ha", Aggregation.LAST, "", "Land disturbed by mines and not yet reclaimed.",
                    national(rows -> rows.tally().landDisturbedHa)),
            MetricDef.of(LAND_RECLAIMED_HA, "ha", Aggregation.LAST, "", "Land reclaimed since the start.",
                    national(rows -> rows.tally().landReclaimedHa)),
            MetricDef.of(FISCAL_COST_YEN, Units.MONEY, Aggregation.SUM, "detail=lever",
                    "Government spending by lever (stockpile: purchases minus release sales); detail \"\" = total.",
                    Reporters::fiscalCost),
            MetricDef.of(WORLD_PRICE_DOMESTIC, Units.MONEY + "/t", Aggregation.MEAN, C,
                    "World market only: China's domestic price (world_price is the export price; they differ by the export duty, and by more while the export quota binds).",
                    MarketReporters.perMarket(MarketView::domesticPrice)),
            MetricDef.of(WORLD_STOCK_T, "t", Aggregation.LAST, C + ",detail=pool",
                    "World market only: commercial stocks at the end of the month by pool (china, world = outside China, not Japanese buyers' own); detail \"\" = both.",
                    MarketReporters::stocks),
            MetricDef.of(PRODUCER_OUTPUT_T, "t", Aggregation.SUM, C + ",detail=origin",
                    "World market only: mine output by origin (the market's producers); detail \"\" = world.",
                    MarketReporters::output),
            MetricDef.of(WORLD_DEMAND_T, "t", Aggregation.SUM, C + ",detail=region",
                    "World market only: demand met by region (china, rest = the rest of the world, japan = Japan's purchases); detail \"\" = world.",
                    MarketReporters::demand),
            MetricDef.of(CHINA_EXPORTS_T, "t", Aggregation.SUM, C,
                    "World market only: China's exports (within the export quota and its leak while a quota is in force).",
                    MarketReporters.perMarket(MarketView::exportsT)),
            MetricDef.of(EXPORT_QUOTA_BINDING, "share (0-1)", Aggregation.MEAN, C,
                    "World market only: 1 in a month when China's export quota binds (desired exports above the cap), else 0; the annual value is the share of months.",
                    MarketReporters.perMarket(m -> m.quotaBinding() ? 1.0 : 0.0)),
            MetricDef.of(WORLD_CLEARING_RESIDUAL_T, "t", Aggregation.SUM, C,
                    "World market only: output + recycling - demand (China, rest, Japan) - stock change; 0 up to rounding (the clearing identity).",
                    MarketReporters.perMarket(MarketView::clearingResidualT)));

    private static final Map<String, MetricDef> BY_NAME = new LinkedHashMap<>();

    static {
        for (MetricDef d : ALL) {
            BY_NAME.put(d.name(), d);
        }
    }

    /** Metrics that can be negative: signed changes and net flows. */
    private static final Set<String> SIGNED = Set.of(JOBS_DISPLACED, NET_MIGRATION, FISCAL_COST_YEN,
            WORLD_CLEARING_RESIDUAL_T);

    private Metrics() {
    }

    /**
     * The range of a metric's values, which its confidence intervals respect ({@link Bounds}): shares (unit
     * "share (0-1)" or "index (0-1)", every RATIO) in [0, 1]; the signed metrics (jobs_displaced = R* - R,
     * net_migration, fiscal_cost_yen, where stockpile release sales can exceed purchases) unbounded; every other
     * metric is a stock, flow, price, index or count that cannot be negative. Unknown names are unbounded.
     */
    public static Bounds bounds(String name) {
        MetricDef d = BY_NAME.get(name);
        if (d == null || SIGNED.contains(name)) {
            return Bounds.UNBOUNDED;
        }
        return d.aggregation() == Aggregation.RATIO || d.unit().endsWith("(0-1)") ? Bounds.SHARE : Bounds.NON_NEGATIVE;
    }

    /** The definition of a metric; throws for unknown names. */
    public static MetricDef get(String name) {
        MetricDef d = BY_NAME.get(name);
        if (d == null) {
            throw new IllegalArgumentException("unknown metric " + name);
        }
        return d;
    }
}
