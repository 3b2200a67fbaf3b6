package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * The Console's Model tab lists the planner's properties in the order docs/gui.md gives, whatever order reflection
 * returns them in (MASON's SimpleProperties follows Class.getMethods, which the JVM does not fix, so the rows moved
 * between runs).
 */
class ModelTabOrderTest {

    /** docs/gui.md, "Model tab". */
    private static final List<String> DOCUMENTED = List.of("Scenario", "Month", "JobsDirect", "JobsIndirect",
            "JobsInduced", "JobsTotal", "UnemploymentRate", "MinesProducing", "ImportDependence",
            "FiscalCostThisMonth", "EditedLevers", "LeverMessage", "ExplorationSubsidy", "CapexGrant", "StateEquity",
            "LossCover", "PermittingMultiplier", "EnvironmentalStringency", "CarbonPriceYenPerTCo2e", "OfftakeMandate",
            "StockpileTargetDays", "RdBudgetJpyBillionPerYear", "MinWaterRecycling", "ReclamationBond",
            "RenewablePowerMin");

    private static List<String> names(Properties p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            out.add(p.getName(i));
        }
        return out;
    }

    @Test
    void theModelTabListsThePlannersPropertiesInTheDocumentedOrder() {
        MiningEconomyWithUI gui = new MiningEconomyWithUI(GuiFixtures.scenario(), GuiFixtures.scenarioFile());
        // what MASON's SimpleInspector does with the inspected object
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        assertThat(names(p)).containsExactlyElementsOf(DOCUMENTED);

        // the rows still act on the planner: slider range, value, setter
        int carbon = DOCUMENTED.indexOf("CarbonPriceYenPerTCo2e");
        assertThat(p.isReadWrite(carbon)).isTrue();
        assertThat(p.getDomain(carbon)).isInstanceOf(Interval.class);
        p.setValue(carbon, "5000");
        assertThat(gui.planner().getCarbonPriceYenPerTCo2e()).isEqualTo(5000.0);
        assertThat(p.getValue(carbon)).isEqualTo(5000.0);
        int dependence = DOCUMENTED.indexOf("ImportDependence");
        assertThat(p.isReadWrite(dependence)).isFalse();
        assertThat(p.getDescription(dependence)).startsWith("Import dependence this month");
    }

    @Test
    void propertiesNotInTheOrderFollowByNameAndAnUnknownNameIsRefused() {
        Properties all = new SimpleProperties(new java.awt.Point(1, 2)); // properties Location, X, Y
        assertThat(names(new FixedOrderProperties(all, List.of("Y")))).containsExactly("Y", "Location", "X");
        assertThatThrownBy(() -> new FixedOrderProperties(all, List.of("Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z");
    }
}
