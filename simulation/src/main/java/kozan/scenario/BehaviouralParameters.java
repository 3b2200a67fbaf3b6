package kozan.scenario;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * The behavioural parameters of the model, in one place (issue 14, "one parameter set"): how buyers and world markets
 * respond, as opposed to what the world of a scenario is (capacities, outputs, quotas, shares). Every scenario uses
 * the baseline's values; a scenario that changes one must declare {@code sensitivity_case: true}
 * (BehaviouralParametersTest enforces it). Values come from cited estimates or from fits on years before an episode
 * (docs/model.md 7.1.1, docs/validation.md). Components are named as in the records (YAML keys in snake_case).
 */
public final class BehaviouralParameters {

    /** Record type to its behavioural components. */
    public static final Map<Class<? extends Record>, List<String>> BY_RECORD = Map.of(
            CommoditySpec.class, List.of("thriftRatePerYear", "thriftFloor", "thriftRecoveryPerYear", "thriftThreshold",
                    "priceResponse"),
            AdaptationSpec.class, List.of("shortRunElasticity", "longRunElasticity", "adjustmentYears", "recoveryFactor",
                    "recyclingElasticity", "recyclingLagMonths", "recyclingMaxShare", "precautionaryResponse",
                    "maxCoverMonths", "precautionaryPriceElasticity", "riskMemoryMonths", "emergencySubstitutionShare", "emergencyThriftShare",
                    "anticipationHorizonMonths"),
            ManufacturerSpec.class, List.of("riskAversion", "logitBeta", "inventoryTargetMonths"),
            MarketSpec.class, List.of("priceResponsePerMonth", "targetCoverMonths", "maxLogStep",
                    "demandElasticityShortRun", "demandElasticityLongRun", "intensityAdjustmentYears",
                    "intensityRecoveryFactor", "utilisationElasticity", "recyclingElasticity", "entryTrigger",
                    "restartTrigger", "triggerMonths", "buildLagMonths", "restartLagMonths", "rampMonths",
                    "achievedShare", "idleMonths", "capitalChargePerYear", "merchantStockSharePerMonth"));

    private BehaviouralParameters() {
    }

    /** The behavioural components of a record type (empty for other types). */
    public static List<RecordComponent> of(Class<? extends Record> type) {
        List<String> names = BY_RECORD.getOrDefault(type, List.of());
        return java.util.Arrays.stream(type.getRecordComponents()).filter(c -> names.contains(c.getName())).toList();
    }

    /** The value of a record's component, as a number. */
    public static double value(Record r, RecordComponent c) {
        try {
            return ((Number) c.getAccessor().invoke(r)).doubleValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The @Field default of a component, as a number (NaN when it has none). */
    public static double defaultValue(RecordComponent c) {
        Field f = c.getAnnotation(Field.class);
        try {
            return f == null ? Double.NaN : Double.parseDouble(f.dflt());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The behavioural parameters of {@code s} that differ from {@code baseline}'s, as "path = value (baseline v)".
     * Compared: a commodity with the baseline commodity of the same id (its world market with the baseline's market
     * block; commodities and markets the baseline lacks with the defaults); a manufacturer with the baseline's
     * manufacturers of its sector (equal to any of them; the defaults when the baseline has none).
     */
    public static List<String> differences(Scenario s, Scenario baseline) {
        List<String> out = new java.util.ArrayList<>();
        for (CommoditySpec c : s.commodities()) {
            CommoditySpec base = baseline.commodities().stream().filter(b -> b.id().equals(c.id())).findFirst().orElse(null);
            compare(out, "commodities[" + c.id() + "]", c, base);
            compare(out, "commodities[" + c.id() + "].adaptation", c.adaptation(), base == null ? null : base.adaptation());
            if (c.price().market() != null) {
                compare(out, "commodities[" + c.id() + "].price.market", c.price().market(),
                        base == null ? null : base.price().market());
            }
        }
        for (ManufacturerSpec m : s.manufacturers()) {
            List<ManufacturerSpec> peers = baseline.manufacturers().stream().filter(b -> b.sector() == m.sector()).toList();
            for (RecordComponent rc : of(ManufacturerSpec.class)) {
                double v = value(m, rc);
                boolean same = peers.isEmpty() ? v == defaultValue(rc) : peers.stream().anyMatch(p -> value(p, rc) == v);
                if (!same) {
                    out.add("manufacturers[" + m.id() + "]." + rc.getName() + " = " + v);
                }
            }
        }
        return out;
    }

    /** Each behavioural component of {@code r} equals the baseline record's, or its default when there is none. */
    private static void compare(List<String> out, String path, Record r, Record base) {
        @SuppressWarnings("unchecked")
        Class<? extends Record> type = (Class<? extends Record>) r.getClass();
        for (RecordComponent rc : of(type)) {
            double v = value(r, rc);
            double expected = base == null ? defaultValue(rc) : value(base, rc);
            if (v != expected) {
                out.add(path + "." + rc.getName() + " = " + v + " (baseline " + expected + ")");
            }
        }
    }
}
