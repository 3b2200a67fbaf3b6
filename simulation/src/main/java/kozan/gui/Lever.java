package kozan.gui;

import java.time.YearMonth;
import java.util.function.Function;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.Timeline;

/**
 * A government lever the planner can set in the GUI: its scenario path (for ScenarioLoader overrides), the
 * range its slider offers (within the scenario format's own limits) and how to read its value in a month.
 */
public enum Lever {
    EXPLORATION_SUBSIDY("exploration_subsidy", "share", 0, 1, GovernmentSpec::explorationSubsidy),
    CAPEX_GRANT("capex_grant", "share", 0, 1, GovernmentSpec::capexGrant),
    STATE_EQUITY("state_equity", "share", 0, 1, GovernmentSpec::stateEquity),
    LOSS_COVER("loss_cover", "0/1", 0, 1, GovernmentSpec::lossCover),
    PERMITTING_MULTIPLIER("permitting_multiplier", "x", 0.25, 4, GovernmentSpec::permittingMultiplier),
    ENVIRONMENTAL_STRINGENCY("environmental_stringency", "index", 0, 3, GovernmentSpec::environmentalStringency),
    CARBON_PRICE("carbon_price", "JPY/t CO2e", 0, 30000, GovernmentSpec::carbonPrice),
    OFFTAKE_MANDATE("offtake_mandate", "share", 0, 1, GovernmentSpec::offtakeMandate),
    STOCKPILE_TARGET_DAYS("stockpile_target_days", "days", 0, 720, GovernmentSpec::stockpileTargetDays),
    RD_BUDGET("rd_budget", "JPY/yr", 0, 100e9, GovernmentSpec::rdBudget),
    MIN_WATER_RECYCLING("min_water_recycling", "share", 0, 1, GovernmentSpec::minWaterRecycling),
    RECLAMATION_BOND("reclamation_bond", "share", 0, 1, GovernmentSpec::reclamationBond),
    RENEWABLE_POWER_MIN("renewable_power_min", "share", 0, 1, GovernmentSpec::renewablePowerMin);

    private final String key;
    private final String unit;
    private final double min;
    private final double max;
    private final Function<GovernmentSpec, Timeline> timeline;

    Lever(String key, String unit, double min, double max, Function<GovernmentSpec, Timeline> timeline) {
        this.key = key;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.timeline = timeline;
    }

    /** YAML key under {@code government}. */
    public String key() {
        return key;
    }

    /** Override path for ScenarioLoader, e.g. {@code government.exploration_subsidy}. */
    public String path() {
        return "government." + key;
    }

    public String unit() {
        return unit;
    }

    /** Lowest value the GUI offers. */
    public double min() {
        return min;
    }

    /** Highest value the GUI offers. */
    public double max() {
        return max;
    }

    /** The scenario's value of the lever in a month (levers are timelines). */
    public double valueAt(GovernmentSpec government, YearMonth month) {
        return timeline.apply(government).valueAt(month);
    }

    /** The scenario's timeline of the lever. */
    public Timeline timeline(GovernmentSpec government) {
        return timeline.apply(government);
    }

    /**
     * What the lever means and its unit, from the scenario format's own documentation (the {@code @Field} of
     * GovernmentSpec, which docs/scenario-reference.md prints too).
     */
    public String doc() {
        return field().doc();
    }

    /** The unit the scenario format states for the lever, else the GUI's ("share", "x", ...). */
    public String displayUnit() {
        String u = field().unit();
        return u.isEmpty() ? unit : u;
    }

    private kozan.scenario.Field field() {
        for (java.lang.reflect.RecordComponent c : GovernmentSpec.class.getRecordComponents()) {
            if (kozan.scenario.ScenarioLoader.yamlKey(c.getName()).equals(key)) {
                return c.getAnnotation(kozan.scenario.Field.class);
            }
        }
        throw new IllegalStateException("GovernmentSpec has no lever " + key);
    }

    /** Whether the scenario's lever changes over time (then a GUI value replaces the whole timeline). */
    public boolean isTimeline(GovernmentSpec government) {
        return timeline.apply(government).points().size() > 1;
    }
}
