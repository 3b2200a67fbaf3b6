package kozan.gui.map;

import java.util.function.ToDoubleFunction;

/** The regional indicator that shades the map. */
public enum MapIndicator {
    JOBS_CREATED("Jobs created (direct + indirect + induced)", "persons", 1.0, RegionView::getJobsCreated),
    UNEMPLOYMENT_RATE("Unemployment rate", "%", 100.0, RegionView::getUnemploymentRate),
    JOBS_DIRECT("Direct mine jobs", "persons", 1.0, RegionView::getJobsDirect),
    JOBS_DISPLACED("Jobs displaced from the rest of the economy", "persons", 1.0, RegionView::getJobsDisplaced);

    private final String label;
    private final String unit;
    private final double displayFactor;
    private final ToDoubleFunction<RegionView> value;

    MapIndicator(String label, String unit, double displayFactor, ToDoubleFunction<RegionView> value) {
        this.label = label;
        this.unit = unit;
        this.displayFactor = displayFactor;
        this.value = value;
    }

    /** Value in the indicator's display unit (per cent for rates). */
    public double of(RegionView region) {
        return value.applyAsDouble(region) * displayFactor;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    @Override
    public String toString() {
        return label + " (" + unit + ")";
    }
}
