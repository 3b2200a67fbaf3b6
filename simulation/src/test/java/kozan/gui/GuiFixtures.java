package kozan.gui;

import java.net.URISyntaxException;
import java.nio.file.Path;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;

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
}
