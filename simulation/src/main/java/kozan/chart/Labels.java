package kozan.chart;

import kozan.io.Results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Display names for ids (from the scenario's commodity and region names, else the id made readable), and the units
 * commodities are measured in.
 */
public final class Labels {

    private final Map<String, String> commodityNames = new LinkedHashMap<>();
    private final Map<String, String> commodityUnits = new LinkedHashMap<>();
    private final Map<String, String> regionNames = new LinkedHashMap<>();
    private final Map<String, Boolean> critical = new LinkedHashMap<>();
    private final List<String> regionOrder = new java.util.ArrayList<>();

    private Labels() {
    }

    /** Names from the resolved scenario in a results directory (empty maps when it has none). */
    public static Labels of(Results results) {
        Labels l = new Labels();
        for (Map<?, ?> c : list(results.scenario().get("commodities"))) {
            String id = String.valueOf(c.get("id"));
            if (c.get("name") != null) {
                l.commodityNames.put(id, String.valueOf(c.get("name")));
            }
            if (c.get("unit") != null) {
                l.commodityUnits.put(id, String.valueOf(c.get("unit")));
            }
            l.critical.put(id, Boolean.TRUE.equals(c.get("critical")));
        }
        for (Map<?, ?> r : list(results.scenario().get("regions"))) {
            l.regionOrder.add(String.valueOf(r.get("id")));
            if (r.get("name") != null) {
                l.regionNames.put(String.valueOf(r.get("id")), String.valueOf(r.get("name")));
            }
        }
        return l;
    }

    /** Region ids in the scenario's order (north to south in the baseline), empty when unknown. */
    public List<String> regionOrder() {
        return List.copyOf(regionOrder);
    }

    public static Labels none() {
        return new Labels();
    }

    public String commodity(String id) {
        return commodityNames.getOrDefault(id, pretty(id));
    }

    /** Physical unit of a commodity's tonnages, e.g. "t REO"; "t" when the scenario does not say. */
    public String commodityUnit(String id) {
        return commodityUnits.getOrDefault(id, "t");
    }

    /** Whether the scenario marks the commodity critical; unknown commodities count as critical (shown). */
    public boolean critical(String id) {
        return critical.getOrDefault(id, true);
    }

    public String region(String id) {
        return id.isEmpty() ? "Japan" : regionNames.getOrDefault(id, pretty(id));
    }

    /** "rare_earths" -> "Rare earths", "PRODUCTION" -> "Production", "usa" stays "usa" made "Usa". */
    public static String pretty(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        String s = id.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Map<?, ?>> list(Object o) {
        if (o instanceof List<?> l) {
            List<Map<?, ?>> maps = new java.util.ArrayList<>();
            for (Object x : l) {
                if (x instanceof Map<?, ?> m) {
                    maps.add(m);
                }
            }
            return maps;
        }
        return List.of();
    }
}
