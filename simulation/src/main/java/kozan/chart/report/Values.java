package kozan.chart.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plain-text rendering of YAML values (numbers, timelines, nested records) for report tables. */
final class Values {

    private Values() {
    }

    /**
     * A timeline [{from, value}, ...] becomes "0 from 2025-01; 0.2 from 2028-04"; a mapping "key: value, ...";
     * a list its items joined by "; "; null "none"; numbers with thousands separators.
     */
    static String text(Object v) {
        if (v == null) {
            return "none";
        }
        if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                return "none";
            }
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.size() == 2 && m.containsKey("from") && m.containsKey("value")) {
                    parts.add(text(m.get("value")) + " from " + m.get("from"));
                } else {
                    parts.add(text(o));
                }
            }
            return String.join("; ", parts);
        }
        if (v instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                parts.add(e.getKey() + ": " + text(e.getValue()));
            }
            return String.join(", ", parts);
        }
        if (v instanceof Number n) {
            return kozan.chart.ChartStyle.numbers().format(n); // 30,000,000,000, not 30000000000
        }
        return String.valueOf(v);
    }
}
