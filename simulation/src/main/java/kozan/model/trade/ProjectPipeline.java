package kozan.model.trade;

import kozan.scenario.ProjectSpec;

/**
 * One mine project of a world-market producer and its capacity over time (docs/model.md 7.1.1). With P̄ the 12-month
 * mean export price (JPY/t), u the unit cash cost and full cost = u + capital charge x capex / nameplate:
 * <ul>
 *   <li>CANDIDATE → BUILDING when P̄ &gt; entry trigger x full cost for trigger months in a row;</li>
 *   <li>IDLE → RESTARTING the same with the restart trigger;</li>
 *   <li>BUILDING / RESTARTING → RAMPING after the build / restart lag;</li>
 *   <li>RAMPING: capacity rises linearly to achieved share x nameplate over the ramp months, then PRODUCING;</li>
 *   <li>PRODUCING → IDLE when P̄ &lt; u for idle months in a row (care and maintenance);</li>
 *   <li>a decision outside the market (PROJECT_DECISION event) starts the ramp in its month, whatever the state.</li>
 * </ul>
 * A project PRODUCING at the start runs at its full nameplate (it is observed capacity, not a new build).
 */
final class ProjectPipeline {

    /** Where a project is in its life. */
    enum State { CANDIDATE, BUILDING, IDLE, RESTARTING, RAMPING, PRODUCING }

    /** Pipeline rules shared by every project of a market (behaviour). */
    record Rules(double entryTrigger, double restartTrigger, int triggerMonths, int buildLagMonths,
                 int restartLagMonths, int rampMonths, double achievedShare, int idleMonths,
                 double capitalChargePerYear) {
    }

    private final String id;
    private final double nameplate;
    private final double unitCost;
    private final double fullCost;
    private final Rules rules;

    private State state;
    private int clock;
    private int streak;
    private double peakShare;

    ProjectPipeline(ProjectSpec spec, Rules rules) {
        this.id = spec.id();
        this.nameplate = spec.nameplateTPerYear();
        this.unitCost = spec.unitCostYenPerT();
        this.fullCost = unitCost + rules.capitalChargePerYear() * spec.capexYen() / nameplate;
        this.rules = rules;
        this.state = switch (spec.state()) {
            case PRODUCING -> State.PRODUCING;
            case IDLE -> State.IDLE;
            case CANDIDATE -> State.CANDIDATE;
        };
        this.peakShare = state == State.PRODUCING ? 1.0 : rules.achievedShare();
    }

    String id() {
        return id;
    }

    State state() {
        return state;
    }

    /** Full cost, JPY/t: unit cost plus the capital charge per tonne of nameplate. */
    double fullCost() {
        return fullCost;
    }

    /**
     * Advances the project one month.
     *
     * @param meanExportPrice 12-month mean export price, JPY/t
     * @param decided         a PROJECT_DECISION event starts the ramp this month
     */
    void advance(double meanExportPrice, boolean decided) {
        if (decided && state != State.RAMPING && state != State.PRODUCING) {
            startRamp();
            return;
        }
        switch (state) {
            case CANDIDATE -> {
                if (held(meanExportPrice > rules.entryTrigger() * fullCost)) {
                    state = State.BUILDING;
                    clock = rules.buildLagMonths();
                    finishLagIfDone();
                }
            }
            case IDLE -> {
                if (held(meanExportPrice > rules.restartTrigger() * fullCost)) {
                    state = State.RESTARTING;
                    clock = rules.restartLagMonths();
                    finishLagIfDone();
                }
            }
            case BUILDING, RESTARTING -> {
                clock--;
                finishLagIfDone();
            }
            case RAMPING -> {
                clock++;
                if (clock >= rules.rampMonths()) {
                    state = State.PRODUCING;
                    streak = 0;
                }
            }
            case PRODUCING -> {
                if (streak(meanExportPrice < unitCost) >= rules.idleMonths()) {
                    state = State.IDLE;
                    streak = 0;
                    peakShare = rules.achievedShare();
                }
            }
        }
    }

    private boolean held(boolean test) {
        if (streak(test) >= rules.triggerMonths()) {
            streak = 0;
            return true;
        }
        return false;
    }

    private int streak(boolean test) {
        streak = test ? streak + 1 : 0;
        return streak;
    }

    private void finishLagIfDone() {
        if (clock <= 0) {
            startRamp();
        }
    }

    private void startRamp() {
        state = State.RAMPING;
        clock = 0;
        streak = 0;
        peakShare = rules.achievedShare();
    }

    /** Capacity in production this month, t/yr. */
    double capacityTPerYear() {
        return switch (state) {
            case PRODUCING -> peakShare * nameplate;
            case RAMPING -> peakShare * nameplate * Math.min(1.0, (clock + 1) / (double) rules.rampMonths());
            default -> 0.0;
        };
    }
}
