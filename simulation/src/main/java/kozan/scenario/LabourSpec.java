package kozan.scenario;

public record LabourSpec(
        @Field(doc = "Matching efficiency mu in M = mu U^alpha V^(1-alpha); at least 0.01 (assumption: far below any estimate; as mu goes to 0 the start's steady-state vacancies grow without bound).", unit = "1/month", min = 0.01, dflt = "0.35") double matchingEfficiency,
        @Field(doc = "Matching elasticity alpha with respect to unemployment; 0.1 to 0.9, around the range of published estimates (0.5 to 0.7, Petrongolo and Pissarides 2001, J. Econ. Lit. 39(2)); near 0 or 1 the steady-state vacancies of the start, (q E / (mu U^alpha))^(1/(1-alpha)), are unbounded.", min = 0.1, max = 0.9, dflt = "0.5") double matchingElasticity,
        @Field(doc = "Matching efficiency for mining vacancies drawing on the skilled pool; at least 0.01, as for matching_efficiency.", unit = "1/month", min = 0.01, dflt = "0.15") double skilledMatchingEfficiency,
        @Field(doc = "Training: annual growth of the skilled pool while mining vacancies are open.", unit = "1/yr", min = 0, max = 5, dflt = "0.10") double trainingRatePerYear,
        @Field(doc = "Quit (separation) rate per month.", unit = "1/month", min = 0, max = 1, dflt = "0.01") double quitRatePerMonth,
        @Field(doc = "Wage response phi to tightness V/U.", unit = "1/yr", min = 0, max = 10, dflt = "0.3") double wagePhi,
        @Field(doc = "Tightness theta at which wages are stable.", min = 0, dflt = "1.0") double wageTheta,
        @Field(doc = "Floor of the wage index.", min = 0, dflt = "0.8") double wageFloor,
        @Field(doc = "Share of unemployed considering migration each month.", unit = "1/month", min = 0, max = 1, dflt = "0.002") double migrationShare,
        @Field(doc = "Cap on net out-migration per month as a share of the labour force.", unit = "1/month", min = 0, max = 1, dflt = "0.001") double migrationCap,
        @Field(doc = "Marginal propensity to consume out of wages.", min = 0, max = 1, dflt = "0.7") double consumptionPropensity,
        @Field(doc = "Not used since issue #13 (kept so older files load unchanged): where household spending goes is decided by the regional IO model's household purchase coefficients (docs/io-and-labour.md 7-8).", min = 0, max = 1, dflt = "0.6") double localSpendingShare,
        @Field(doc = "Months between a lost order or shortfall and the layoff it causes.", unit = "months", min = 0, max = 60, dflt = "3") int layoffLagMonths) {
}
