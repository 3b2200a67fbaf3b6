package kozan.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one scenario field (a record component). The YAML key is the component name in snake_case.
 * The loader, the validator, the JSON Schema and docs/scenario-reference.md are all driven by these
 * annotations, so the format has one source of truth.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Field {
    /** What the field means, one sentence. */
    String doc();

    /** Unit of the quantity ("" for dimensionless or not a quantity). */
    String unit() default "";

    /** Smallest allowed value (numbers) or list size (lists). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (numbers) or list size (lists). */
    double max() default Double.POSITIVE_INFINITY;

    /** True when min is exclusive (e.g. capacities must be &gt; 0). */
    boolean minExclusive() default false;

    /**
     * Default when the key is absent, written as YAML scalar text ("0.05", "true", "[]", "LOGNORMAL").
     * The empty string means the field is required. "null" means optional with no value.
     */
    String dflt() default "";
}
