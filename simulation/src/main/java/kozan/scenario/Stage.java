package kozan.scenario;

/** Mine life-cycle stages (MODEL 3.3). */
public enum Stage {
    PROSPECT, EXPLORATION, FEASIBILITY, PERMITTING, CONSTRUCTION, PRODUCTION, IDLE, CLOSURE, RECLAIMED, ABANDONED
}
