package kozan.model.mining;

import kozan.model.policy.Government;
import kozan.model.policy.TechnologyState;
import kozan.model.policy.TechnologyState.Tech;
import kozan.scenario.MineDefaults;
import kozan.scenario.MineSpec;
import kozan.scenario.Stage;
import kozan.scenario.StageDurations;
import kozan.scenario.TechnologySpec;

/**
 * The money side of one mine's decisions under the current policy and technology: the joint net revenue per t ore
 * v(E) of its products, the unit cost per t ore, the capex, the NPV of developing now ({@link NpvAppraisal}) and the
 * expected value of exploring a prospect (docs/design/mines-issue-15.md sections 2 and 3). Stateless apart from the
 * mine's fixed data (its deep-sea draws, when it has them); the mine passes what changes.
 */
final class MineAppraisal {

    private final MineSpec spec;
    private final MineDefaults defaults;
    private final StageDurations durations;
    private final double pDiscover;
    /** Product per t ore delivered, by product (grade x recovery, recovery scaled by a deep-sea draw). */
    private final double[] yield;
    private final boolean[] critical;
    private final double creditYenPerTOre;
    private final double capexYen;
    private final double opexYenPerTOre;
    /** Null unless the mine is deep-sea with deep_sea_draws. */
    private final DeepSeaDraws draws;

    MineAppraisal(MineSpec spec, MineDefaults defaults, StageDurations durations, double pDiscover, double[] yield,
                  boolean[] critical, DeepSeaDraws draws) {
        this.spec = spec;
        this.defaults = defaults;
        this.durations = durations;
        this.pDiscover = pDiscover;
        this.yield = yield;
        this.critical = critical;
        this.creditYenPerTOre = spec.creditYenPerTOre();
        this.draws = draws;
        this.capexYen = draws != null ? draws.capexYen() : spec.capexYen();
        this.opexYenPerTOre = draws != null ? draws.opexYenPerTOre() : spec.opexYenPerTOre();
    }

    /** v(P): joint net revenue per t ore at product prices (JPY/t product), JPY/t ore: sum g R P (1 - royalty) + credits. */
    double netRevenuePerTOre(double[] prices) {
        double v = creditYenPerTOre;
        for (int k = 0; k < yield.length; k++) {
            v += yield[k] * prices[k] * (1.0 - spec.royaltyRate());
        }
        return v;
    }

    /**
     * s_c: the share of the joint net revenue per t ore at these prices that comes from critical commodities (0 when
     * the ore has no positive value). Loss cover and state equity go only to projects with s_c &gt;= 0.5.
     */
    double criticalShare(double[] prices) {
        double crit = 0;
        for (int k = 0; k < yield.length; k++) {
            if (critical[k]) {
                crit += yield[k] * prices[k] * (1.0 - spec.royaltyRate());
            }
        }
        double v = netRevenuePerTOre(prices);
        return v > 0 ? crit / v : 0.0;
    }

    /**
     * NPV (JPY) of developing now at product price expectations (JPY/t), with the current policy, the ore left (t),
     * the state's capex grant and equity shares and the automation level in force.
     */
    double npv(Government gov, double[] prices, double remainingOreT, double grantShare, double equityShare, double automation) {
        return NpvAppraisal.npv(inputs(gov, prices, remainingOreT, grantShare, equityShare, automation));
    }

    NpvAppraisal.Inputs inputs(Government gov, double[] prices, double remainingOreT, double grantShare, double equityShare,
                               double automation) {
        double cost = gov.stringencyCostMultiplier();
        double capexNet = capex(gov, cost, automation) * Math.max(0.0, 1.0 - grantShare - equityShare);
        return new NpvAppraisal.Inputs(netRevenuePerTOre(prices), spec.capacityTOrePerYear(), remainingOreT,
                opexPerTOre(gov, cost, automation), carbonPerTOre(gov), spec.sustainingCapexYenPerYear(), capexNet,
                spec.closureCostYen() * cost, gov.reclamationBond() * spec.closureCostYen() * cost, defaults.discountRate(),
                defaults.appraisalYears(), equityShare);
    }

    /**
     * Exploration-budget test of a prospect: pDiscover x max(0, NPV) discounted over the expected lead time
     * exceeds the firm's share of exploration and feasibility spending (remote sensing shortens exploration, raises
     * pDiscover and adds its survey premium to the spend).
     */
    boolean worthExploring(Government gov, double[] expectations, double remainingOreT, double grantShare, double equityShare,
                           double automation) {
        double explore = StageClock.expectedMonths(Stage.EXPLORATION, durations) * explorationTimeMultiplier(gov);
        double feas = StageClock.expectedMonths(Stage.FEASIBILITY, durations);
        double lead = (explore + feas + StageClock.expectedMonths(Stage.PERMITTING, durations) * gov.permittingTimeMultiplier()
                + StageClock.expectedMonths(Stage.CONSTRUCTION, durations)) / 12.0;
        double npv = Math.max(0.0, npv(gov, expectations, remainingOreT, grantShare, equityShare, automation))
                / Math.pow(1 + defaults.discountRate(), lead);
        double p = pDiscover(gov);
        double cost = explore * explorationSpendPerMonth(gov) * (1 - gov.explorationSubsidy())
                + p * feas * defaults.feasibilitySpendYenPerMonth();
        return p * npv - cost > 0;
    }

    /** Discovery probability with remote sensing: p x (1 + gain x S), at most 1. */
    double pDiscover(Government gov) {
        TechnologyState t = gov.technology();
        return Math.min(1.0, pDiscover * (1.0 + t.spec().remoteSensingDiscoveryGain() * t.level(Tech.REMOTE_SENSING)));
    }

    /** Exploration duration multiplier from remote sensing: 1 - saving x S. */
    double explorationTimeMultiplier(Government gov) {
        TechnologyState t = gov.technology();
        return 1.0 - t.spec().remoteSensingTimeSaving() * t.level(Tech.REMOTE_SENSING);
    }

    /** Exploration spend per month with the survey premium of remote sensing: spend x (1 + premium x S x tau_S), JPY. */
    double explorationSpendPerMonth(Government gov) {
        TechnologyState t = gov.technology();
        return defaults.explorationSpendYenPerMonth()
                * (1.0 + t.spec().remoteSensingSpendPremium() * t.level(Tech.REMOTE_SENSING) * t.tau(Tech.REMOTE_SENSING));
    }

    /**
     * Capex at a stringency cost multiplier and automation level, JPY: capex x cost x (1 + premium x A x tau_A), and
     * for deep on-land deposits x (1 + drilling premium x D x tau_D).
     */
    double capex(Government gov, double cost, double automation) {
        TechnologyState t = gov.technology();
        TechnologySpec ts = t.spec();
        double c = capexYen * cost * (1.0 + ts.automationCapexPremium() * automation * t.tau(Tech.AUTOMATION));
        if (depthExcessKm() > 0) {
            c *= 1.0 + ts.drillingCapexPremium() * t.level(Tech.DRILLING) * t.tau(Tech.DRILLING);
        }
        return c;
    }

    /** Opex per t ore, JPY: opex x cost x deep-sea readiness multiplier x (1 - saving x A) x depth multiplier. */
    double opexPerTOre(Government gov, double cost, double automation) {
        TechnologyState t = gov.technology();
        return opexYenPerTOre * cost * readinessMultiplier(gov) * (1.0 - t.spec().automationOpexSaving() * automation)
                * depthMultiplier(gov);
    }

    /** Carbon cost per t ore at the carbon price, after the renewable share of power, JPY. */
    double carbonPerTOre(Government gov) {
        double renewable = Math.max(defaults.renewablePowerShare(), gov.renewableMin());
        return gov.carbonPrice() * spec.co2eTPerTOre() * (1.0 - defaults.electricityCo2eShare() * renewable);
    }

    /** Unit cost per t ore (opex and carbon) at a stringency cost multiplier and automation level, JPY/t ore. */
    double unitCost(Government gov, double cost, double automation) {
        return opexPerTOre(gov, cost, automation) + carbonPerTOre(gov);
    }

    /** On-land depth opex multiplier: 1 + penalty x km below 500 m x (1 - drilling saving x D). */
    double depthMultiplier(Government gov) {
        double km = depthExcessKm();
        if (km <= 0) {
            return 1.0;
        }
        TechnologyState t = gov.technology();
        return 1.0 + t.spec().depthOpexPenaltyPer1000M() * km * (1.0 - t.spec().drillingDepthSaving() * t.level(Tech.DRILLING));
    }

    private double depthExcessKm() {
        return spec.deepSea() ? 0.0 : Math.max(0.0, spec.depthM() - 500.0) / 1000.0;
    }

    /** Opex multiplier of a deep-sea mine for technology not yet ready (1 on land). */
    double readinessMultiplier(Government gov) {
        return spec.deepSea() ? 1.0 + 2.0 * (1.0 - technologyReadiness(gov)) : 1.0;
    }

    /**
     * Technology readiness of a deep-sea mine: own + R&amp;D gain (frozen while a milestone waits for its retry) +
     * milestones passed + advanced drilling, at most 1.
     */
    double technologyReadiness(Government gov) {
        double gain = draws == null ? gov.readinessGain() : draws.readinessGain(gov.readinessGain()) + draws.readinessBonus();
        TechnologyState t = gov.technology();
        return Math.min(1.0, spec.technologyReadiness() + gain + t.spec().drillingReadinessGain() * t.level(Tech.DRILLING));
    }
}
