package kozan.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a single value stand for a whole record: {@code - base.yaml} for {@code - {file: base.yaml}}. The value
 * fills the named component; the others take their defaults. Used by batch files (scenario and metric lists).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Shorthand {
    /** Name of the record component (Java name) that a single value fills. */
    String value();
}
