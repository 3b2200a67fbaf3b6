package kozan.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.net.URISyntaxException;
import java.nio.file.Path;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

/** The GUI tests' scenario: test resource kozan/gui/gui-fixture.yaml (3 regions, 3 commodities, 10 years). */
final class GuiFixtures {

    private GuiFixtures() {
    }

    static Path scenarioFile() {
        try {
            return Path.of(GuiFixtures.class.getResource("/kozan/gui/gui-fixture.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario scenario() {
        try {
            return ScenarioLoader.load(scenarioFile());
        } catch (ScenarioException e) {
            throw new IllegalStateException(ScenarioDialogs.message(e), e);
        }
    }

    /** Closes the next modal dialog that appears and returns the text it showed. */
    static Thread answerDialog(AtomicReference<String> text) {
        Thread t = new Thread(() -> {
            for (int i = 0; i < 200 && text.get() == null; i++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                for (Window w : Window.getWindows()) {
                    if (w instanceof JDialog d && d.isShowing()) {
                        text.set(textOf(d.getContentPane()));
                        SwingUtilities.invokeLater(d::dispose);
                    }
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String textOf(Container c) {
        for (Component k : c.getComponents()) {
            if (k instanceof JTextArea a) {
                return a.getText();
            }
            if (k instanceof Container inner) {
                String s = textOf(inner);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

}
