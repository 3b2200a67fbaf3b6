package kozan.scenario;

import java.util.List;

/** Government levers (docs/model.md 7.5). Each lever is a Timeline: a number, or a list of {from, value}. */
public record GovernmentSpec(
        @Field(doc = "Share of exploration spending paid by the state.", min = 0, max = 1, dflt = "0") Timeline explorationSubsidy,
        @Field(doc = "Share of initial capex paid as a grant.", min = 0, max = 1, dflt = "0") Timeline capexGrant,
        @Field(doc = "State (JOGMEC) equity share e offered to critical projects (critical share s_c >= 0.5), at most 1 - capex grant: the state pays e of capex (fiscal cost state_equity), receives e of each month's positive operating cash (equity_dividend, negative) and bears e of negative cash up to its paid-in equity (equity_loss); the investor's NPV carries (1 - e) of the operating cash.", min = 0, max = 1, dflt = "0") Timeline stateEquity,
        @Field(doc = "At 0.5 or more the state covers s_c x (-NPV) of a state-backed project whose critical share s_c (share of its joint net revenue per t ore from critical commodities, at the expectation) is at least 0.5; booked as fiscal cost loss_cover. Covered projects are explored regardless of expected value and are not idled for low prices.", min = 0, max = 1, dflt = "0") Timeline lossCover,
        @Field(doc = "Multiplier on permitting durations.", min = 0.1, max = 10, dflt = "1") Timeline permittingMultiplier,
        @Field(doc = "Environmental stringency index: 0 = lax, 1 = current Japanese rules, 2 = strict.", min = 0, max = 3, dflt = "1") Timeline environmentalStringency,
        @Field(doc = "Opex and capex increase per unit of stringency above 1.", min = 0, max = 1, dflt = "0.08") double stringencyCostEffect,
        @Field(doc = "Permitting-time increase per unit of stringency above 1.", min = 0, max = 2, dflt = "0.25") double stringencyTimeEffect,
        @Field(doc = "Minimum share of mine water that must be recycled.", min = 0, max = 1, dflt = "0") Timeline minWaterRecycling,
        @Field(doc = "Reclamation bond as a share of closure cost, posted at construction start.", min = 0, max = 1, dflt = "0") Timeline reclamationBond,
        @Field(doc = "Carbon price on mine emissions: enters each mine's unit cost and NPV, and the revenue (price x CO2e emitted) is booked as fiscal cost carbon_revenue (negative).", unit = "JPY/t CO2e", min = 0, dflt = "0") Timeline carbonPrice,
        @Field(doc = "Minimum renewable share of mine power.", min = 0, max = 1, dflt = "0") Timeline renewablePowerMin,
        @Field(doc = "R&D budget for deep-sea and automation technology.", unit = "JPY/yr", min = 0, dflt = "0") Timeline rdBudget,
        @Field(doc = "Technology readiness gained per JPY bn of cumulative R&D (learning).", unit = "1 per JPY bn", min = 0, dflt = "0.005") double rdReadinessPerBnYen,
        @Field(doc = "Automation level gained per JPY bn of cumulative R&D.", unit = "1 per JPY bn", min = 0, dflt = "0.001") double rdAutomationPerBnYen,
        @Field(doc = "Domestic offtake mandate: share of critical-mineral need that must be bought domestically when available.", min = 0, max = 1, dflt = "0") Timeline offtakeMandate,
        @Field(doc = "Stockpile target in days of consumption for critical commodities.", unit = "days", min = 0, max = 720, dflt = "0") Timeline stockpileTargetDays,
        @Field(doc = "Commodities held in the stockpile (default: every critical commodity).", dflt = "null") List<String> stockpileCommodities,
        @Field(doc = "Most of the stockpile gap bought per month.", min = 0, max = 1, dflt = "0.1") double stockpileBuyRate,
        @Field(doc = "Release when the month's import shortfall exceeds this share of need.", min = 0, max = 1, dflt = "0.05") double stockpileReleaseTrigger,
        @Field(doc = "Do not buy for the stockpile while the price exceeds its expectation by this ratio.", min = 1, max = 10, dflt = "1.3") double stockpileBuyPriceCeiling,
        @Field(doc = "Resource-diplomacy (partner offtake) agreements.", dflt = "[]") List<AgreementSpec> agreements,
        @Field(doc = "Support targeted at named mines.", dflt = "[]") List<TargetedSupportSpec> targetedSupport,
        @Field(doc = "Yearly cost of holding the stockpile as a share of its value at the world price (capital plus storage), booked monthly as fiscal cost stockpile.", unit = "1/yr", min = 0, max = 1, dflt = "0.05") double stockpileCarryingCostPerYear,
        @Field(doc = "Recycling lever: multiplier on every commodity's recycled supply (collection mandates, subsidies); 1 = current policy.", min = 0, max = 10, dflt = "1") Timeline recyclingLever,
        @Field(doc = "State support for equity stakes abroad: the share of a stake's price the state pays when it is bought (JOGMEC equity; its cap on its own share of a project is 50%, 75% since 2022 for rare earths, cobalt, lithium, nickel and PGMs, W24).", min = 0, max = 0.75, dflt = "0") Timeline equitySupport,
        @Field(doc = "Japanese equity stakes and loan-backed offtake contracts in mines abroad.", dflt = "[]") List<EquityStakeSpec> equityStakes,
        @Field(doc = "Technology levers and learning curves (automation, remote sensing, advanced drilling).", dflt = "{}") TechnologySpec technology,
        @Field(doc = "Public cost of training one skilled miner under targeted support (training_per_year), booked as fiscal cost training when the trainee starts. Not found in stored pages; assumption: JPY 60,000 per trainee-month (outsourced public course, GK) x 6 months (design 5).", unit = "JPY/trainee", min = 0, dflt = "360000") double trainingCostYenPerTrainee) {

    /** Levers without the issue-15 blocks: technology at its defaults, training at the documented JPY 360,000. */
    public GovernmentSpec(Timeline explorationSubsidy, Timeline capexGrant, Timeline stateEquity, Timeline lossCover,
            Timeline permittingMultiplier, Timeline environmentalStringency, double stringencyCostEffect,
            double stringencyTimeEffect, Timeline minWaterRecycling, Timeline reclamationBond, Timeline carbonPrice,
            Timeline renewablePowerMin, Timeline rdBudget, double rdReadinessPerBnYen, double rdAutomationPerBnYen,
            Timeline offtakeMandate, Timeline stockpileTargetDays, List<String> stockpileCommodities,
            double stockpileBuyRate, double stockpileReleaseTrigger, double stockpileBuyPriceCeiling,
            List<AgreementSpec> agreements, List<TargetedSupportSpec> targetedSupport, double stockpileCarryingCostPerYear) {
        this(explorationSubsidy, capexGrant, stateEquity, lossCover, permittingMultiplier, environmentalStringency,
                stringencyCostEffect, stringencyTimeEffect, minWaterRecycling, reclamationBond, carbonPrice,
                renewablePowerMin, rdBudget, rdReadinessPerBnYen, rdAutomationPerBnYen, offtakeMandate,
                stockpileTargetDays, stockpileCommodities, stockpileBuyRate, stockpileReleaseTrigger,
                stockpileBuyPriceCeiling, agreements, targetedSupport, stockpileCarryingCostPerYear,
                Timeline.constant(1), Timeline.constant(0), List.of(), TechnologySpec.defaults(), 360000);
    }
}
