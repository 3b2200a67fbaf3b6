package kozan.gui;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kozan.gui.live.Snapshot;
import kozan.observe.Metrics;
import kozan.scenario.CommoditySpec;
import kozan.scenario.Scenario;
import sim.util.Interval;

/**
 * What the Console's model inspector shows: the government levers as editable bean properties (with domX
 * ranges, so MASON draws sliders) and headline numbers of the month just simulated (read-only). A slider sets
 * its lever from the first month on, in the GUI's {@link kozan.gui.levers.LeverPlan} (which the Levers window
 * edits as timelines), so it applies from the next run: press Stop, then Play.
 */
public final class Planner {

    /**
     * The Model tab's rows, top down ({@link ModelTab}): what was simulated and its headline numbers (visible
     * without scrolling), what was edited, then the levers in the order of the Levers window ({@link Lever}).
     */
    static final List<String> MODEL_TAB_ORDER = List.of("Scenario", "Month", "JobsDirect", "JobsIndirect",
            "JobsInduced", "JobsTotal", "UnemploymentRate", "MinesProducing", "ImportDependence",
            "FiscalCostThisMonth", "EditedLevers", "LeverMessage", "ExplorationSubsidy", "CapexGrant", "StateEquity",
            "LossCover", "PermittingMultiplier", "EnvironmentalStringency", "CarbonPriceYenPerTCo2e", "OfftakeMandate",
            "StockpileTargetDays", "RdBudgetJpyBillionPerYear", "MinWaterRecycling", "ReclamationBond",
            "RenewablePowerMin");

    private final Supplier<Scenario> scenario;
    private final Supplier<Snapshot> latest;
    private final Map<Lever, Double> edits = new EnumMap<>(Lever.class);
    private final kozan.gui.levers.LeverPlan plan;
    private String message = "";

    /** @param plan the lever timelines the GUI runs; a slider sets its lever from the first month on */
    public Planner(Supplier<Scenario> scenario, Supplier<Snapshot> latest, kozan.gui.levers.LeverPlan plan) {
        this.scenario = scenario;
        this.latest = latest;
        this.plan = plan;
    }

    // ---- levers ----

    /** Current value of a lever: the edit, else the scenario's value in its first month. */
    public synchronized double get(Lever lever) {
        Double v = edits.get(lever);
        Scenario s = scenario.get();
        return v != null ? v : lever.valueAt(s.government(), s.calendar().start());
    }

    /**
     * Sets a lever for the next run. A value outside the lever's range is brought to the nearest end of the range
     * and a NaN is refused; either way {@link #getLeverMessage()} says so in the inspector. (MASON's inspector
     * prints the stack trace of a setter that throws, so setters report instead of throwing.)
     */
    public synchronized void set(Lever lever, double value) {
        if (Double.isNaN(value)) {
            message = lever.key() + ": NaN is not a number; kept " + get(lever);
            return;
        }
        double v = Math.max(lever.min(), Math.min(lever.max(), value));
        message = v == value ? "" : lever.key() + ": " + value + " is outside [" + lever.min() + ", " + lever.max()
                + "]; set to " + v;
        edits.put(lever, v);
        plan.set(lever, scenario.get().calendar().start(), v);
    }

    /** What happened to the last lever value entered that was out of range, or "". */
    public synchronized String getLeverMessage() {
        return message;
    }

    /** Forgets every edit (the scenario's own levers apply again). */
    public synchronized void resetLevers() {
        edits.keySet().forEach(plan::reset);
        edits.clear();
        message = "";
    }

    public synchronized String getEditedLevers() {
        if (edits.isEmpty()) {
            return "none (scenario as written)";
        }
        StringBuilder b = new StringBuilder();
        edits.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k.key()).append('=').append(v));
        return b + " (apply at next Play)";
    }

    private static Interval range(Lever l) {
        return new Interval(l.min(), l.max());
    }

    public double getExplorationSubsidy() { return get(Lever.EXPLORATION_SUBSIDY); }
    public void setExplorationSubsidy(double v) { set(Lever.EXPLORATION_SUBSIDY, v); }
    public Object domExplorationSubsidy() { return range(Lever.EXPLORATION_SUBSIDY); }

    public double getCapexGrant() { return get(Lever.CAPEX_GRANT); }
    public void setCapexGrant(double v) { set(Lever.CAPEX_GRANT, v); }
    public Object domCapexGrant() { return range(Lever.CAPEX_GRANT); }

    public double getStateEquity() { return get(Lever.STATE_EQUITY); }
    public void setStateEquity(double v) { set(Lever.STATE_EQUITY, v); }
    public Object domStateEquity() { return range(Lever.STATE_EQUITY); }

    public double getLossCover() { return get(Lever.LOSS_COVER); }
    public void setLossCover(double v) { set(Lever.LOSS_COVER, v); }
    public Object domLossCover() { return range(Lever.LOSS_COVER); }

    public double getPermittingMultiplier() { return get(Lever.PERMITTING_MULTIPLIER); }
    public void setPermittingMultiplier(double v) { set(Lever.PERMITTING_MULTIPLIER, v); }
    public Object domPermittingMultiplier() { return range(Lever.PERMITTING_MULTIPLIER); }

    public double getEnvironmentalStringency() { return get(Lever.ENVIRONMENTAL_STRINGENCY); }
    public void setEnvironmentalStringency(double v) { set(Lever.ENVIRONMENTAL_STRINGENCY, v); }
    public Object domEnvironmentalStringency() { return range(Lever.ENVIRONMENTAL_STRINGENCY); }

    /** JPY per t CO2e. */
    public double getCarbonPriceYenPerTCo2e() { return get(Lever.CARBON_PRICE); }
    public void setCarbonPriceYenPerTCo2e(double v) { set(Lever.CARBON_PRICE, v); }
    public Object domCarbonPriceYenPerTCo2e() { return range(Lever.CARBON_PRICE); }

    public double getOfftakeMandate() { return get(Lever.OFFTAKE_MANDATE); }
    public void setOfftakeMandate(double v) { set(Lever.OFFTAKE_MANDATE, v); }
    public Object domOfftakeMandate() { return range(Lever.OFFTAKE_MANDATE); }

    public double getStockpileTargetDays() { return get(Lever.STOCKPILE_TARGET_DAYS); }
    public void setStockpileTargetDays(double v) { set(Lever.STOCKPILE_TARGET_DAYS, v); }
    public Object domStockpileTargetDays() { return range(Lever.STOCKPILE_TARGET_DAYS); }

    /** JPY billion per year (the scenario's rd_budget is in JPY per year: 30e9 shows as 30, not 3.0E10). */
    public double getRdBudgetJpyBillionPerYear() { return get(Lever.RD_BUDGET) / 1e9; }
    public void setRdBudgetJpyBillionPerYear(double v) { set(Lever.RD_BUDGET, v * 1e9); }
    public Object domRdBudgetJpyBillionPerYear() {
        return new Interval(Lever.RD_BUDGET.min() / 1e9, Lever.RD_BUDGET.max() / 1e9);
    }

    public double getMinWaterRecycling() { return get(Lever.MIN_WATER_RECYCLING); }
    public void setMinWaterRecycling(double v) { set(Lever.MIN_WATER_RECYCLING, v); }
    public Object domMinWaterRecycling() { return range(Lever.MIN_WATER_RECYCLING); }

    public double getReclamationBond() { return get(Lever.RECLAMATION_BOND); }
    public void setReclamationBond(double v) { set(Lever.RECLAMATION_BOND, v); }
    public Object domReclamationBond() { return range(Lever.RECLAMATION_BOND); }

    public double getRenewablePowerMin() { return get(Lever.RENEWABLE_POWER_MIN); }
    public void setRenewablePowerMin(double v) { set(Lever.RENEWABLE_POWER_MIN, v); }
    public Object domRenewablePowerMin() { return range(Lever.RENEWABLE_POWER_MIN); }

    // ---- headline numbers of the month just simulated (read-only) ----

    private double national(String metric) {
        Snapshot s = latest.get();
        return s == null ? Double.NaN : s.national(metric, "");
    }

    /** Headline precision: whole persons and yen (Math.rint keeps NaN as NaN). */
    private static double whole(double v) {
        return Math.rint(v);
    }

    public String getScenario() {
        return scenario.get().metadata().name();
    }

    public String getMonth() {
        Snapshot s = latest.get();
        return s == null ? "not started" : s.month().toString();
    }

    /** Persons (whole), NaN before the first month. */
    public double jobsDirect() { return whole(national(Metrics.JOBS_DIRECT)); }

    /** Persons (whole). */
    public double jobsIndirect() { return whole(national(Metrics.JOBS_INDIRECT)); }

    /** Persons (whole). */
    public double jobsInduced() { return whole(national(Metrics.JOBS_INDUCED)); }

    /** Direct + indirect + induced, persons (classes the run does not report count as 0; NaN before any month). */
    public double jobsTotal() {
        double sum = Double.NaN;
        for (double v : new double[]{jobsDirect(), jobsIndirect(), jobsInduced()}) {
            if (Double.isFinite(v)) {
                sum = Double.isNaN(sum) ? v : sum + v;
            }
        }
        return sum;
    }

    /** National unemployment rate, share 0-1 (4 decimals): unemployed / labour force over all regions. */
    public double unemploymentRate() {
        return Math.rint(1e4 * national(Metrics.UNEMPLOYED) / national(Metrics.LABOR_FORCE)) / 1e4;
    }

    /** Mines in production at the end of the month (count). */
    public double minesProducing() {
        Snapshot s = latest.get();
        return s == null ? Double.NaN : s.sum(k -> k.metric().equals(Metrics.MINES_IN_STAGE) && k.region().isEmpty()
                && k.detail().equalsIgnoreCase("PRODUCTION"));
    }

    /** Government spending on all levers this month, JPY. */
    public double fiscalCostYen() { return whole(national(Metrics.FISCAL_COST_YEN)); }

    // The inspector shows these formatted (MASON shows a double property as Double.toString).
    public String getJobsDirect() { return GuiFormat.persons(jobsDirect()); }
    public String getJobsIndirect() { return GuiFormat.persons(jobsIndirect()); }
    public String getJobsInduced() { return GuiFormat.persons(jobsInduced()); }
    public String getJobsTotal() { return GuiFormat.persons(jobsTotal()); }
    public String getUnemploymentRate() { return GuiFormat.percent(unemploymentRate()); }
    public String getMinesProducing() { return GuiFormat.whole(minesProducing()); }
    public String getFiscalCostThisMonth() { return GuiFormat.yenBillions(fiscalCostYen()); }

    /** Characters of {@link #getImportDependence} that fit the Model tab's value column (console 400 px wide). */
    static final int IMPORT_DEPENDENCE_CHARS = 26;

    /**
     * Import dependence this month of the critical minerals (of every commodity when none is critical), least
     * dependent first, as many as fit the Model tab's value column, then how many more: "rare_earths 93% +3". All
     * seventeen commodities ran past the panel's edge; the Import dependence chart shows each.
     */
    public String getImportDependence() {
        Snapshot s = latest.get();
        if (s == null) {
            return "";
        }
        List<CommoditySpec> shown = scenario.get().commodities().stream().filter(CommoditySpec::critical).toList();
        if (shown.isEmpty()) {
            shown = scenario.get().commodities();
        }
        record Share(String id, double value) {
        }
        List<String> parts = shown.stream().map(c -> new Share(c.id(), s.national(Metrics.IMPORT_DEPENDENCE, c.id())))
                .filter(d -> Double.isFinite(d.value())).sorted(Comparator.comparingDouble(Share::value))
                .map(d -> d.id() + " " + GuiFormat.percent0(d.value())).toList();
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < parts.size()) {
            String next = (i == 0 ? "" : ", ") + parts.get(i);
            String more = i + 1 < parts.size() ? " +" + (parts.size() - i - 1) : "";
            if (i > 0 && b.length() + next.length() + more.length() > IMPORT_DEPENDENCE_CHARS) {
                break;
            }
            b.append(next);
            i++;
        }
        return i < parts.size() ? b + " +" + (parts.size() - i) : b.toString();
    }

    public String desImportDependence() {
        return "Import dependence this month (imports / (imports + domestic-origin supply)) of the critical minerals,"
                + " least dependent first; +N: more not shown. Every commodity: the Import dependence chart.";
    }

}
