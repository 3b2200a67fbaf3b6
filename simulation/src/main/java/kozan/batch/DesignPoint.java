package kozan.batch;

import java.util.Map;

/**
 * One combination of a base scenario and parameter values.
 *
 * @param index    0-based position in the design (canonical output order)
 * @param scenario the base scenario
 * @param values   parameter path -> value (Long, Double, Boolean or String), in the spec's parameter order;
 *                 a path absent from the map keeps the scenario's own value
 */
public record DesignPoint(int index, BatchSpec.ScenarioRef scenario, Map<String, Object> values) {
}
