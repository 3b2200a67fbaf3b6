package kozan.observe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of output metrics (contract names; docs/outputs.md explains each). Dimensions: "commodity",
 * "region", "detail=&lt;what detail holds&gt;". An empty commodity or region means "none / national"; an empty
 * detail on a metric that has a detail dimension is the total over that dimension. A RATIO's numerator and
 * denominator name SUM metrics, several joined by '+'.
 */
public final class Metrics {

    private static final String C = "commodity";
    private static final String R = "region";

    public static final List<MetricDef> ALL = List.of(
            MetricDef.of("world_price", "JPY/t", Aggregation.MEAN, C,
                    "World price of the commodity (per t of the commodity's unit), including the premium from cut-off sources."),
            MetricDef.of("domestic_mine_output_t", "t", Aggregation.SUM, C,
                    "Product (contained metal, oxide or mineral) from domestic mines."),
            MetricDef.of("domestic_refined_output_t", "t", Aggregation.SUM, C,
                    "Refined output of domestic processing from domestic and imported concentrate (direct-use commodities: mine output)."),
            MetricDef.of("domestic_origin_supply_t", "t", Aggregation.SUM, C,
                    "Domestic-origin metal sold to domestic users (domestic concentrate refined at home, or direct-use mine output)."),
            MetricDef.of("consumption_t", "t", Aggregation.SUM, C,
                    "Material used by manufacturers (after recycling, thrifting and output losses)."),
            MetricDef.of("imports_t", "t", Aggregation.SUM, C,
                    "Foreign-origin metal entering domestic supply: refined imports (incl. stockpile purchases) plus imported concentrate refined here and sold domestically."),
            MetricDef.of("imports_t_by_source", "t", Aggregation.SUM, C + ",detail=source",
                    "imports_t split by import source (country)."),
            MetricDef.of("imports_yen", "JPY", Aggregation.SUM, C,
                    "Value of imports_t at the world price times (1 + source premium - agreement discount)."),
            MetricDef.of("refined_exports_t", "t", Aggregation.SUM, C,
                    "Domestic refined output not bought at home, exported."),
            MetricDef.of("concentrate_exports_t", "t", Aggregation.SUM, C,
                    "Domestic mine concentrate that domestic processing could not take, exported (does not reduce imports)."),
            MetricDef.of("stockpile_t", "t", Aggregation.LAST, C, "State stockpile level at the end of the month."),
            MetricDef.of("inventory_t", "t", Aggregation.LAST, C, "Manufacturers' inventories at the end of the month."),
            MetricDef.ratio("import_dependence", "imports_t", "imports_t+domestic_origin_supply_t", C,
                    "imports_t / (imports_t + domestic_origin_supply_t); no row when both are 0."),
            MetricDef.of("supply_risk", "1/yr", Aggregation.MEAN, C,
                    "Disruption hazard of imports weighted by this month's import shares by source (base shares when nothing is imported)."),
            MetricDef.of("import_hhi", "index (0-1)", Aggregation.MEAN, C,
                    "Herfindahl-Hirschman index of import shares by source (sum of squared shares)."),
            MetricDef.of("shortfall_t", "t", Aggregation.SUM, C,
                    "Need that no supply, inventory or stockpile release could meet."),
            MetricDef.of("manufacturing_output_lost_yen", "JPY", Aggregation.SUM, C,
                    "Manufacturing output lost to input shortfalls (Leontief in critical inputs), attributed to the binding commodity."),
            MetricDef.of("jobs_direct", "persons", Aggregation.MEAN, R + ",detail=stage",
                    "Persons employed by mines, by stage of the mine (detail \"\" = all stages)."),
            MetricDef.of("jobs_indirect", "persons", Aggregation.MEAN, R + ",detail=kind",
                    "Persons employed by domestic suppliers serving mines and refining, by supplier kind (detail \"\" = all kinds)."),
            MetricDef.of("jobs_induced", "persons", Aggregation.MEAN, R,
                    "Jobs from household spending of mining and supplier wages (labour market)."),
            MetricDef.of("jobs_manufacturing", "persons", Aggregation.MEAN, R,
                    "Persons employed by the simulated manufacturers."),
            MetricDef.of("labor_force", "persons", Aggregation.MEAN, R, "Labour force L."),
            MetricDef.of("employed", "persons", Aggregation.MEAN, R, "Employment E (all classes)."),
            MetricDef.of("unemployed", "persons", Aggregation.MEAN, R, "Unemployed U = L - E."),
            MetricDef.of("unemployment_rate", "share (0-1)", Aggregation.MEAN, R, "U / L."),
            MetricDef.of("vacancies", "persons", Aggregation.MEAN, R, "Open vacancies V."),
            MetricDef.of("wage_index", "index (start = 1)", Aggregation.MEAN, R, "Regional wage index."),
            MetricDef.of("net_migration", "persons", Aggregation.SUM, R, "Net migration into the region."),
            MetricDef.of("value_added_yen", "JPY", Aggregation.SUM, "detail=class",
                    "Gross value added: mining (mine output value x IO VA ratio), suppliers (output x VA ratio of their IO sector), induced (labour market); detail \"\" = total."),
            MetricDef.of("mines_in_stage", "count", Aggregation.LAST, "detail=stage", "Number of mines and prospects in each stage."),
            MetricDef.of("water_withdrawn_m3", "m3", Aggregation.SUM, "", "Fresh water withdrawn by mines."),
            MetricDef.of("water_recycled_m3", "m3", Aggregation.SUM, "", "Water recycled by mines."),
            MetricDef.of("co2e_t", "t CO2e", Aggregation.SUM, "", "Greenhouse-gas emissions of mines."),
            MetricDef.of("land_disturbed_ha", "ha", Aggregation.LAST, "", "Land disturbed by mines and not yet reclaimed."),
            MetricDef.of("land_reclaimed_ha", "ha", Aggregation.LAST, "", "Land reclaimed since the start."),
            MetricDef.of("fiscal_cost_yen", "JPY", Aggregation.SUM, "detail=lever",
                    "Government spending by lever (stockpile: purchases minus release sales); detail \"\" = total."));

    private static final Map<String, MetricDef> BY_NAME = new LinkedHashMap<>();

    static {
        for (MetricDef d : ALL) {
            BY_NAME.put(d.name(), d);
        }
    }

    private Metrics() {
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
