package kozan.gui;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends a test run that skipped GUI tests for want of a display with one line saying how many and how to run them
 * (registered through META-INF/services, so surefire and IDEs pick it up).
 */
public final class SkippedGuiTestsListener implements TestExecutionListener {

    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (DisplayCondition.REASON.equals(reason)) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        int n = skipped.getAndSet(0);
        if (n > 0) {
            System.out.println("[WARNING] " + n + " GUI test class(es) or test(s) were SKIPPED: no display. "
                    + "Run them with: xvfb-run -a mvn -B verify");
        }
    }
}
