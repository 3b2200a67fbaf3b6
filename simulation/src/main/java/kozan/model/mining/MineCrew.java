package kozan.model.mining;

import kozan.scenario.MineDefaults;
import kozan.scenario.MineSpec;
import kozan.scenario.Stage;

/** The head count a mine wants in each stage (its labour demand before the labour market answers), persons. */
final class MineCrew {

    private MineCrew() {
    }

    /**
     * @param stageLength     months of the current stage (construction spreads its crew over them)
     * @param costMultiplier  stringency cost multiplier (scales construction capex and so its crew)
     * @param automation      automation level in force (0-1), cuts the production crew
     */
    static double desired(Stage stage, MineSpec spec, MineDefaults defaults, int stageLength, double costMultiplier,
                          double automation) {
        return switch (stage) {
            case EXPLORATION -> defaults.explorationCrew();
            case FEASIBILITY, PERMITTING -> defaults.feasibilityCrew();
            case CONSTRUCTION -> defaults.constructionWorkersPerBnYenPerYear()
                    * spec.capexYen() * costMultiplier / Math.max(1, stageLength) * 12.0 / 1e9;
            case PRODUCTION -> spec.workersPerKtOre() * spec.capacityTOrePerYear() / 1000.0
                    * (1.0 - defaults.automationEffect() * automation);
            case IDLE, CLOSURE -> defaults.closureCrew();
            default -> 0.0;
        };
    }
}
