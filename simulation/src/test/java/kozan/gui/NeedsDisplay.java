package kozan.gui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that opens windows. Without a display it is reported as skipped, with the reason and the command that runs
 * it ({@link DisplayCondition}), and the run ends with a count of such tests ({@link SkippedGuiTestsListener}), so a
 * headless {@code mvn -B verify} never passes silently without them. Tagged "gui" for selection
 * ({@code -Dgroups=gui}) and for the mutation profile, which leaves them out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("gui")
@ExtendWith(DisplayCondition.class)
public @interface NeedsDisplay {
}
