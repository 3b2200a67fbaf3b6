package kozan.observe;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kozan.scenario.CommoditySpec;
import kozan.scenario.Scenario;

/**
 * The unit of every value Kozan writes, in one place: a metric's unit ({@link MetricDef#unit()}), made specific to
 * the commodity where the metric counts the commodity's own quantity. A tonnage ("t") of a commodity is in the
 * commodity's {@code unit} from the scenario ("t REO" for rare earths, "t LCE" for lithium, "t U3O8" for uranium,
 * "t Cu" for copper as contained metal, "t" for limestone, "thousand m3" for natural gas); a price per tonne
 * ({@value #MONEY}/t) is per that unit. Money is {@value #MONEY}: the model has no general price level, so its yen
 * are constant 2025 yen (docs/outputs.md, docs/io-and-labour.md section 7).
 *
 * <p>Immutable and shared by the writer threads of a run; a lookup allocates nothing.
 */
public final class Units {

    /** Constant 2025 yen. */
    public static final String MONEY = "JPY (2025)";
    /** A tonnage of a commodity, before the commodity's own unit replaces it. */
    static final String TONNES = "t";
    /** A commodity's unit when its scenario names none (the default of {@code commodities[].unit}). */
    public static final String DEFAULT_COMMODITY_UNIT = "t";

    /** Metric units only, every commodity in tonnes: for writers that know no scenario. */
    public static final Units GENERIC = new Units(Metrics.ALL, Map.of());

    private final Map<String, String> byMetric = new HashMap<>();
    private final Map<String, Map<String, String>> byMetricAndCommodity = new HashMap<>();

    /**
     * @param metrics        the metric definitions whose units are asked for
     * @param commodityUnits commodity id -> its unit (e.g. rare_earths -> "t REO")
     */
    public Units(List<MetricDef> metrics, Map<String, String> commodityUnits) {
        for (MetricDef d : metrics) {
            byMetric.put(d.name(), d.unit());
            Map<String, String> perCommodity = new HashMap<>();
            commodityUnits.forEach((c, u) -> perCommodity.put(c, specific(d.unit(), u)));
            byMetricAndCommodity.put(d.name(), perCommodity);
        }
    }

    /** The units of a scenario's outputs: its commodities' units applied to {@code metrics}. */
    public static Units of(Scenario scenario, List<MetricDef> metrics) {
        return new Units(metrics, commodityUnits(scenario));
    }

    /** Commodity id -> unit, in scenario order. */
    public static Map<String, String> commodityUnits(Scenario scenario) {
        Map<String, String> out = new LinkedHashMap<>();
        if (scenario.commodities() != null) {
            for (CommoditySpec c : scenario.commodities()) {
                out.put(c.id(), c.unit() == null || c.unit().isBlank() ? DEFAULT_COMMODITY_UNIT : c.unit());
            }
        }
        return out;
    }

    /**
     * The unit of {@code metric}'s values for {@code commodity} ("" = none): "t REO" for imports_t of rare
     * earths, "JPY (2025)/t REO" for its world price, "persons" for jobs_direct. "" for an unknown metric.
     */
    public String of(String metric, String commodity) {
        if (!commodity.isEmpty()) {
            Map<String, String> perCommodity = byMetricAndCommodity.get(metric);
            String u = perCommodity == null ? null : perCommodity.get(commodity);
            if (u != null) {
                return u;
            }
        }
        return byMetric.getOrDefault(metric, "");
    }

    /** A metric unit made specific to a commodity's unit: "t" -> "t REO", ".../t" -> ".../t REO"; others as they are. */
    public static String specific(String metricUnit, String commodityUnit) {
        if (metricUnit.equals(TONNES)) {
            return commodityUnit;
        }
        if (metricUnit.endsWith("/" + TONNES)) {
            return metricUnit.substring(0, metricUnit.length() - TONNES.length()) + commodityUnit;
        }
        return metricUnit;
    }
}
