package kozan.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A results directory in memory: annual values of every series and replication, the summary rows, the manifest
 * (a MissingNode when absent) and the resolved scenario as a plain YAML tree (empty when absent).
 */
public record Results(Path dir, SeriesTable annual, List<SummaryRow> summary, JsonNode manifest,
                      Map<String, Object> scenario) {

    public Optional<SummaryRow> summary(SeriesKey key, int year) {
        return summary.stream().filter(r -> r.key().equals(key) && r.year() == year).findFirst();
    }

    /** The unit summary.csv gives for a metric, or "" when the summary does not list it. */
    public String unit(String metric) {
        return summary.stream().filter(r -> r.key().metric().equals(metric)).map(SummaryRow::unit)
                .findFirst().orElse("");
    }

    /**
     * The unit summary.csv gives for a metric of a commodity ("t REO" for rare earths' imports_t), else for the
     * metric ({@link #unit(String)}).
     */
    public String unit(String metric, String commodity) {
        return summary.stream().filter(r -> r.key().metric().equals(metric) && r.key().commodity().equals(commodity))
                .map(SummaryRow::unit).findFirst().orElseGet(() -> unit(metric));
    }

    /** Target years present in the summary, ascending. */
    public List<Integer> summaryYears() {
        return summary.stream().map(SummaryRow::year).distinct().sorted().toList();
    }

    /** Scenario name from the manifest or the scenario's metadata, else the directory name. */
    public String scenarioName() {
        // The manifest's field name is the writer's choice: accept the likely spellings.
        for (String path : new String[]{"/scenario_name", "/scenario/name", "/scenario", "/name"}) {
            JsonNode n = manifest.at(path);
            if (n.isTextual() && !n.asText().isEmpty()) {
                return n.asText();
            }
        }
        Object name = metadata().get("name");
        return name != null ? name.toString() : dir.getFileName().toString();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> metadata() {
        Object m = scenario.get("metadata");
        return m instanceof Map<?, ?> ? (Map<String, Object>) m : Map.of();
    }
}
