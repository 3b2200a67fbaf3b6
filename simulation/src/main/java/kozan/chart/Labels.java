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

    /** "Hokkaido 北海道", "Japan 日本" for national rows ({@link PlaceNames}). */
    public String region(String id) {
        return PlaceNames.region(id, regionNames.get(id));
    }

    /** Abbreviations kept as they are written inside sentence-case labels ("R&D budget", not "Rd budget"). */
    private static final Map<String, String> ABBREVIATIONS = Map.of("rd", "R&D", "npv", "NPV", "co2e", "CO2e",
            "co2", "CO2", "jogmec", "JOGMEC", "ree", "REE", "io", "IO", "jpy", "JPY", "gdp", "GDP");

    /**
     * Sentence case for ids of metrics, levers and stages: "rare_earths" -> "Rare earths", "PRODUCTION" ->
     * "Production", "rd_budget" -> "R&D budget"; place names: {@link #place}.
     */
    public static String pretty(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        String[] words = id.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT).split(" ", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = ABBREVIATIONS.getOrDefault(words[i], words[i]);
            if (i == 0 && w.equals(words[i]) && !w.isEmpty()) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            out.append(i == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }

    /** Words written in capitals in place names. */
    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("usa", "us", "uk", "uae", "drc", "eu",
            "prc", "roc");
    /** Words written in lower case inside place names ("Democratic Republic of the Congo"). */
    private static final java.util.Set<String> MINOR = java.util.Set.of("of", "the", "and", "de", "du", "da");

    /**
     * A place name from an id, every word capitalised: "new_caledonia" -> "New Caledonia", "usa" -> "USA",
     * "democratic_republic_of_the_congo" -> "Democratic Republic of the Congo".
     */
    public static String place(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        String[] words = id.replace('_', ' ').replace('-', ' ').trim().toLowerCase(Locale.ROOT).split(" +");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            if (ACRONYMS.contains(w)) {
                out.append(w.toUpperCase(Locale.ROOT));
            } else if (i > 0 && MINOR.contains(w)) {
                out.append(w);
            } else if (!w.isEmpty()) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
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
