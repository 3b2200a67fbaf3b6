package kozan.gui;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a {@link NeedsDisplay} test when AWT has no display, saying why and how to run it. */
public final class DisplayCondition implements ExecutionCondition {

    /** The reason every skipped GUI test carries; {@link SkippedGuiTestsListener} counts tests skipped with it. */
    static final String REASON = "GUI test skipped: no display (java.awt.headless or no DISPLAY); run it with "
            + "`xvfb-run -a mvn -B verify` (the gui profile turns on by itself when DISPLAY is set)";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return GraphicsEnvironment.isHeadless() ? ConditionEvaluationResult.disabled(REASON)
                : ConditionEvaluationResult.enabled("a display is available");
    }
}
