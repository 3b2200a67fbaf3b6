package kozan.chart.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a sensitivity study's report (docs/sensitivity.md): per output, the parameters ranked by their
 * total Sobol' index (or Morris mu*) with every index and its 95% interval, and the noise table (the share of each
 * output's variance that is the model's own randomness) beside them, so noise is never read as sensitivity.
 */
final class SensitivitySection {

    /** Rows shown per output; indices.csv has every parameter. */
    static final int SHOWN = 12;

    private SensitivitySection() {
    }

    static void write(StringBuilder out, Path dir) throws IOException {
        List<Map<String, String>> rows = TableReport.read(dir.resolve("indices.csv"));
        out.append("<section id=\"numbers\">\n<h2>Indices</h2>\n<p class=\"note\">Estimate [95% bootstrap"
                + " interval]. Sobol': S1 = share of the output's variance due to the parameter alone, ST = with all"
                + " its interactions. Morris: mu* = mean absolute change of the output over the parameter's whole"
                + " range (ranks influence), sigma = spread of those changes (non-linearity or interactions). At most "
                + SHOWN + " parameters per output, largest first; indices.csv has every one.</p>\n");
        Path noise = dir.resolve("noise.csv");
        Map<String, Map<String, String>> noiseByOutput = new LinkedHashMap<>();
        if (Files.isRegularFile(noise)) {
            for (Map<String, String> r : TableReport.read(noise)) {
                noiseByOutput.put(r.get("output"), r);
            }
        }
        Map<String, List<Map<String, String>>> byOutput = new LinkedHashMap<>();
        rows.forEach(r -> byOutput.computeIfAbsent(r.get("output"), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<Map<String, String>>> e : byOutput.entrySet()) {
            List<String> indices = e.getValue().stream().map(r -> r.get("index")).distinct().toList();
            String rankBy = indices.contains("ST") ? "ST" : "mu_star";
            Map<String, Map<String, Map<String, String>>> byParam = new LinkedHashMap<>();
            for (Map<String, String> r : e.getValue()) {
                byParam.computeIfAbsent(r.get("parameter"), k -> new LinkedHashMap<>()).put(r.get("index"), r);
            }
            List<String> params = new ArrayList<>(byParam.keySet());
            params.sort(Comparator.comparingDouble(p -> -orZero(byParam.get(p).get(rankBy))));
            out.append("<table>\n<caption>").append(Html.esc(e.getKey()));
            Map<String, String> n = noiseByOutput.get(e.getKey());
            if (n != null && !n.get("noise_share").isBlank()) {
                out.append(" · noise share ").append(Html.esc(pct(n.get("noise_share"))))
                        .append(" of the variance across runs (").append(Html.esc(n.get("replications")))
                        .append(" replications per point)");
            } else if (n != null && "0".equals(n.get("total_variance"))) {
                out.append(" · the same in every run: no parameter moves it");
            }
            out.append("</caption>\n<tr><th>Parameter</th>");
            indices.forEach(i -> out.append("<th>").append(Html.esc(i.replace("mu_star", "mu*"))).append("</th>"));
            out.append("</tr>\n");
            for (String p : params.subList(0, Math.min(SHOWN, params.size()))) {
                out.append("<tr><td><code>").append(Html.esc(p)).append("</code></td>");
                for (String i : indices) {
                    Map<String, String> r = byParam.get(p).get(i);
                    out.append("<td class=\"num\">").append(r == null ? "" : Html.esc(cell(r))).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</table>\n");
        }
        out.append("</section>\n");
    }

    private static String cell(Map<String, String> r) {
        if (r.get("estimate").isBlank()) {
            return "undefined";
        }
        return fmt(r.get("estimate")) + " [" + fmt(r.get("ci95_low")) + ", " + fmt(r.get("ci95_high")) + "]";
    }

    /** Four significant digits, as the CSV's 12 are more than a reader needs. */
    private static String fmt(String v) {
        return v.isBlank() ? "" : new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    private static String pct(String share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", 100 * Double.parseDouble(share));
    }

    private static double orZero(Map<String, String> r) {
        return r == null || r.get("estimate").isBlank() ? 0 : Double.parseDouble(r.get("estimate"));
    }
}
