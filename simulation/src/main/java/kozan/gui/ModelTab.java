package kozan.gui;

import sim.util.Propertied;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * What the Console's Model tab inspects: the {@link Planner}'s properties in {@link Planner#MODEL_TAB_ORDER}.
 * MASON asks a {@link Propertied} object for its properties instead of reflecting on it; the planner cannot be
 * that object itself, as the SimpleProperties read from it would ask it again, without end.
 */
public record ModelTab(Planner planner) implements Propertied {

    @Override
    public Properties properties() {
        return new FixedOrderProperties(new SimpleProperties(planner), Planner.MODEL_TAB_ORDER);
    }

    @Override
    public String toString() {
        return "Kozan planner";
    }
}
