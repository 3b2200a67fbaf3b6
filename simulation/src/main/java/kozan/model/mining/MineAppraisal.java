package kozan.model.mining;

import kozan.model.policy.Government;
import kozan.scenario.MineDefaults;
import kozan.scenario.MineSpec;
import kozan.scenario.Stage;
import kozan.scenario.StageDurations;

/**
 * The money side of one mine's decisions under the current policy: cash cost per t product, the NPV of developing
 * now ({@link NpvAppraisal}) and the expected value of exploring a prospect. Stateless apart from the mine's
 * fixed data; the mine passes what changes (remaining ore, grant and equity shares, its price expectation).
 */
final class MineAppraisal {

    private final MineSpec spec;
    private final MineDefaults defaults;
    private final StageDurations durations;
    private final double pDiscover;

    MineAppraisal(MineSpec spec, MineDefaults defaults, StageDurations durations, double pDiscover) {
        this.spec = spec;
        this.defaults = defaults;
        this.durations = durations;
        this.pDiscover = pDiscover;
    }

    /**
     * NPV (JPY) of developing now at a price expectation (JPY/t), with the current policy, the ore left (t) and the
     * state's capex grant and equity shares.
     */
    double npv(Government gov, double price, double remainingOreT, double grantShare, double equityShare) {
        double cost = gov.stringencyCostMultiplier();
        double capexNet = spec.capexYen() * cost * Math.max(0.0, 1.0 - grantShare - equityShare);
        double carbon = gov.carbonPrice() * spec.co2eTPerTOre()
                * (1.0 - defaults.electricityCo2eShare() * Math.max(defaults.renewablePowerShare(), gov.renewableMin()));
        return NpvAppraisal.npv(new NpvAppraisal.Inputs(price, spec.capacityTOrePerYear(), remainingOreT, spec.grade(),
                spec.recovery(), spec.opexYenPerTOre() * cost * readinessMultiplier(gov), carbon, spec.royaltyRate(),
                spec.sustainingCapexYenPerYear(), capexNet, spec.closureCostYen() * cost,
                gov.reclamationBond() * spec.closureCostYen() * cost, defaults.discountRate(), defaults.appraisalYears()));
    }

    /**
     * Exploration-budget test of a prospect: pDiscover x max(0, NPV) discounted over the expected lead time
     * exceeds the firm's share of exploration and feasibility spending.
     */
    boolean worthExploring(Government gov, double expectation, double remainingOreT, double grantShare, double equityShare) {
        double explore = StageClock.expectedMonths(Stage.EXPLORATION, durations);
        double feas = StageClock.expectedMonths(Stage.FEASIBILITY, durations);
        double lead = (explore + feas + StageClock.expectedMonths(Stage.PERMITTING, durations) * gov.permittingTimeMultiplier()
                + StageClock.expectedMonths(Stage.CONSTRUCTION, durations)) / 12.0;
        double npv = Math.max(0.0, npv(gov, expectation, remainingOreT, grantShare, equityShare))
                / Math.pow(1 + defaults.discountRate(), lead);
        double cost = explore * defaults.explorationSpendYenPerMonth() * (1 - gov.explorationSubsidy())
                + pDiscover * feas * defaults.feasibilitySpendYenPerMonth();
        return pDiscover * npv - cost > 0;
    }

    /** Opex multiplier of a deep-sea mine for technology not yet ready (1 on land). */
    double readinessMultiplier(Government gov) {
        return spec.deepSea() ? 1.0 + 2.0 * (1.0 - technologyReadiness(gov)) : 1.0;
    }

    /** Technology readiness of a deep-sea mine (own plus R&amp;D gain, at most 1). */
    double technologyReadiness(Government gov) {
        return Math.min(1.0, spec.technologyReadiness() + gov.readinessGain());
    }

    /** Cash cost per t product at a stringency cost multiplier, JPY/t. */
    double unitCost(Government gov, double cost) {
        double renewable = Math.max(defaults.renewablePowerShare(), gov.renewableMin());
        double carbon = gov.carbonPrice() * spec.co2eTPerTOre() * (1.0 - defaults.electricityCo2eShare() * renewable);
        return (spec.opexYenPerTOre() * cost * readinessMultiplier(gov) + carbon) / (spec.grade() * spec.recovery());
    }
}
