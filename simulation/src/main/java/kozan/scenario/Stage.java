package kozan.scenario;

/** Mine life-cycle stages (docs/model.md 7.2). */
public enum Stage {
    PROSPECT, EXPLORATION, FEASIBILITY, PERMITTING, CONSTRUCTION, PRODUCTION, IDLE, CLOSURE, RECLAIMED, ABANDONED
}
