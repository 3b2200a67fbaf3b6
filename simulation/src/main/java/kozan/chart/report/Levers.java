package kozan.chart.report;

import kozan.chart.Labels;
import kozan.scenario.Field;
import kozan.scenario.GovernmentSpec;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The government levers of a resolved scenario next to a reference setting (the baseline's or the parent
 * scenario's, else the format's default), units and meaning, taken from the {@link Field} annotations of
 * {@link GovernmentSpec} (the format's single source of truth), so the report shows which levers a scenario moves
 * against what it is compared with.
 */
final class Levers {

    /** One lever: its YAML key, setting and reference setting as text, and whether the scenario moves it. */
    record Lever(String key, String label, String setting, String reference, String unit, String doc,
                 boolean changed) {
    }

    private Levers() {
    }

    /** Against the format's defaults: levers the scenario moves first, then the rest, in declaration order. */
    static List<Lever> of(Map<?, ?> government) {
        return of(government, Map.of());
    }

    /**
     * Against {@code reference} (the government section of the resolved baseline or parent scenario; a lever it
     * does not set is compared with the format's default): levers the scenario moves first, then the rest, each
     * group in the format's declaration order.
     */
    static List<Lever> of(Map<?, ?> government, Map<?, ?> reference) {
        Map<String, Lever> all = new LinkedHashMap<>();
        for (RecordComponent c : GovernmentSpec.class.getRecordComponents()) {
            Field f = c.getAnnotation(Field.class);
            String key = snake(c.getName());
            String dflt = f == null ? "" : defaultText(f.dflt());
            String setting = government.containsKey(key) ? Values.text(government.get(key)) : dflt;
            String ref = reference.containsKey(key) ? Values.text(reference.get(key)) : dflt;
            all.put(key, new Lever(key, Labels.pretty(key), setting, ref, f == null ? "" : f.unit(),
                    f == null ? "" : f.doc(), !same(setting, ref)));
        }
        for (Map.Entry<?, ?> e : government.entrySet()) {
            String key = String.valueOf(e.getKey());
            String ref = reference.containsKey(key) ? Values.text(reference.get(key)) : "";
            all.computeIfAbsent(key, k -> new Lever(k, Labels.pretty(k), Values.text(e.getValue()), ref, "", "",
                    !same(Values.text(e.getValue()), ref)));
        }
        List<Lever> out = new ArrayList<>(all.values().stream().filter(Lever::changed).toList());
        out.addAll(all.values().stream().filter(l -> !l.changed()).toList());
        return out;
    }

    private static String defaultText(String dflt) {
        return switch (dflt) {
            case "[]", "null", "{}" -> "none";
            default -> dflt;
        };
    }

    /** Equal as text or as numbers ("0" and "0.0" are the same setting). */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Double.parseDouble(a.replace(",", "")) == Double.parseDouble(b.replace(",", ""));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
