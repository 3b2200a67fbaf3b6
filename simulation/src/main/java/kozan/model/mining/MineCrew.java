package kozan.model.mining;

import kozan.scenario.MineDefaults;
import kozan.scenario.MineSpec;
import kozan.scenario.Stage;

/** The head count a mine wants in each stage (its labour demand before the labour market answers), persons. */
final class MineCrew {

    private MineCrew() {
    }

    /**
     * Production: workers/kt x capacity x (1 - automation_effect x A x (1 - new_jobs_share)): automation removes
     * automation_effect x A of the crew and adds new_jobs_share of the removed jobs back as skilled operators,
     * maintenance and remote-control staff (docs/design/mines-issue-15.md 3.2).
     *
     * @param stageLength     months of the current stage (construction spreads its crew over them)
     * @param capexYen        capex the construction spends (stringency and technology premiums included), JPY; used in
     *                        CONSTRUCTION only
     * @param automation      automation level in force (0-1), cuts the production crew
     * @param newJobsShare    skilled jobs created per production job automation removes
     */
    static double desired(Stage stage, MineSpec spec, MineDefaults defaults, int stageLength, double capexYen,
                          double automation, double newJobsShare) {
        return switch (stage) {
            case EXPLORATION -> defaults.explorationCrew();
            case FEASIBILITY, PERMITTING -> defaults.feasibilityCrew();
            case CONSTRUCTION -> defaults.constructionWorkersPerBnYenPerYear()
                    * capexYen / Math.max(1, stageLength) * 12.0 / 1e9;
            case PRODUCTION -> spec.workersPerKtOre() * spec.capacityTOrePerYear() / 1000.0
                    * (1.0 - defaults.automationEffect() * automation * (1.0 - newJobsShare));
            case IDLE, CLOSURE -> defaults.closureCrew();
            default -> 0.0;
        };
    }
}
