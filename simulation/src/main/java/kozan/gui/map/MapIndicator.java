package kozan.gui.map;

import java.util.function.ToDoubleFunction;

/** The regional indicator that shades the map. */
public enum MapIndicator {
    JOBS_CREATED("Jobs created (direct + indirect + induced)", "persons", 1.0, RegionView::jobsCreated),
    UNEMPLOYMENT_RATE("Unemployment rate", "%", 100.0, RegionView::unemploymentRate),
    JOBS_DIRECT("Direct mine jobs", "persons", 1.0, RegionView::jobsDirect),
    JOBS_DISPLACED("Jobs displaced from the rest of the economy", "persons", 1.0, RegionView::jobsDisplaced);

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

    /** "1,234 persons", "3.2 %"; empty before the first month. */
    public String text(RegionView region) {
        double v = of(region);
        if (!Double.isFinite(v)) {
            return "";
        }
        return unit.equals("%") ? String.format(java.util.Locale.ROOT, "%.1f%%", v)
                : kozan.gui.GuiFormat.whole(v) + " " + unit;
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
