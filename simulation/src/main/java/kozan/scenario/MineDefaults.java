package kozan.scenario;

public record MineDefaults(
        @Field(doc = "Stage duration distributions.", dflt = "{exploration: {kind: LOGNORMAL, mean: 48, sd: 18}, feasibility: {kind: LOGNORMAL, mean: 30, sd: 12}, permitting: {kind: LOGNORMAL, mean: 42, sd: 15}, construction: {kind: LOGNORMAL, mean: 36, sd: 10}, closure: {kind: LOGNORMAL, mean: 36, sd: 12}}") StageDurations stageDurations,
        @Field(doc = "Probability that exploration ends in a discovery worth a feasibility study.", min = 0, max = 1, dflt = "0.3") double pDiscover,
        @Field(doc = "Real discount rate for NPV decisions.", unit = "1/yr", min = 0, max = 1, dflt = "0.08") double discountRate,
        @Field(doc = "Exploration spending while exploring.", unit = "JPY/month", min = 0, dflt = "20000000") double explorationSpendYenPerMonth,
        @Field(doc = "Feasibility-study spending.", unit = "JPY/month", min = 0, dflt = "30000000") double feasibilitySpendYenPerMonth,
        @Field(doc = "Exploration crew.", unit = "persons", min = 0, dflt = "12") double explorationCrew,
        @Field(doc = "Feasibility and permitting staff.", unit = "persons", min = 0, dflt = "8") double feasibilityCrew,
        @Field(doc = "Construction workers per billion yen of capex spent per year.", unit = "persons per (JPY bn/yr)", min = 0, dflt = "25") double constructionWorkersPerBnYenPerYear,
        @Field(doc = "Closure and reclamation crew.", unit = "persons", min = 0, dflt = "15") double closureCrew,
        @Field(doc = "Months of price below cash cost before a producing mine goes idle.", unit = "months", min = 1, max = 120, dflt = "6") int idleTriggerMonths,
        @Field(doc = "Expected price over cash cost needed to restart an idle mine.", min = 0, max = 5, dflt = "0.15") double restartMargin,
        @Field(doc = "Idle months after which the mine closes for good.", unit = "months", min = 1, max = 600, dflt = "60") int maxIdleMonths,
        @Field(doc = "Months to reach full capacity after construction.", unit = "months", min = 0, max = 120, dflt = "18") int rampUpMonths,
        @Field(doc = "Share of labour per tonne that full automation removes.", min = 0, max = 1, dflt = "0.5") double automationEffect,
        @Field(doc = "Increase of the automation level per investment step.", min = 0, max = 1, dflt = "0.1") double automationStep,
        @Field(doc = "Cost of one automation step as a share of initial capex.", min = 0, max = 1, dflt = "0.03") double automationStepCostShare,
        @Field(doc = "Months of unfilled production vacancies (fill below 0.9) that trigger an automation step.", unit = "months", min = 1, max = 120, dflt = "12") int automationTriggerMonths,
        @Field(doc = "Share of capex that is equipment (the rest is engineering and construction services).", min = 0, max = 1, dflt = "0.5") double capexEquipmentShare,
        @Field(doc = "Share of equipment orders placed with domestic suppliers.", min = 0, max = 1, dflt = "0.6") double domesticShareEquipment,
        @Field(doc = "Share of engineering and service orders placed with domestic suppliers.", min = 0, max = 1, dflt = "0.9") double domesticShareEngineering,
        @Field(doc = "Share of opex bought as engineering and drilling services.", min = 0, max = 1, dflt = "0.3") double opexServiceShare,
        @Field(doc = "Share of mine power from renewables (cuts electricity CO2e).", min = 0, max = 1, dflt = "0.1") double renewablePowerShare,
        @Field(doc = "Share of mine CO2e that comes from electricity.", min = 0, max = 1, dflt = "0.5") double electricityCo2eShare,
        @Field(doc = "Producing life assumed in the NPV appraisal, capped by the deposit.", unit = "years", min = 1, max = 100, dflt = "20") int appraisalYears) {
}
