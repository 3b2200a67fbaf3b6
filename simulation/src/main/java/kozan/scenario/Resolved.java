package kozan.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that is not written in the scenario file but resolved from it when the scenario is
 * loaded (e.g. the IO table that {@code io_table.table} names). Such components come after every {@link Field}
 * component; the binder leaves them empty, the loader fills them in, and the writer, the JSON Schema and the
 * reference docs do not see them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Resolved {
}
