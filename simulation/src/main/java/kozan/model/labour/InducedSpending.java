package kozan.model.labour;

/**
 * Induced local-service employment (docs/model.md 7.7): the households of mining and supplier workers spend
 * {@code k W} a month on local services, where W is their payroll (JPY/month) and
 * {@code k = 12 c s e / 10^6} (c propensity to consume, s local share, e employees per million JPY/yr). The
 * induced workers' own spending is closed as a geometric series, {@code k W / (1 - k w)} with w the wage per person;
 * if {@code k w >= 1} the series diverges and only the first round {@code k W} is taken.
 *
 * <p>Payroll is real (the starting wage, not the wage index): the coefficients are at 2015 prices and local service
 * prices move with local wages, so a wage rise does not buy more services; it would otherwise feed tightness back
 * into itself.
 */
final class InducedSpending {
    private final double wageYenPerMonth;
    /** Induced employees per JPY/month of payroll. */
    private final double k;

    /**
     * @param consumptionPropensity share of wages consumed
     * @param localSpendingShare    share of consumption that stays in the region
     * @param personsPerMillionYen  local service employees per million JPY/yr of household spending
     * @param wageYenPerMonth       starting wage per person, JPY/month
     */
    InducedSpending(double consumptionPropensity, double localSpendingShare, double personsPerMillionYen,
                    double wageYenPerMonth) {
        this.wageYenPerMonth = wageYenPerMonth;
        this.k = 12.0 * consumptionPropensity * localSpendingShare * personsPerMillionYen / 1.0e6;
    }

    /** Whether an employer class's payroll induces local services: mines and suppliers (the simulated chain). */
    static boolean induces(EmployerClass kind) {
        return kind == EmployerClass.MINING || kind == EmployerClass.SUPPLIERS;
    }

    /** Induced persons wanted for the payroll of the given registered employers, in their order. */
    double persons(Iterable<EmployerSlot> registered) {
        double payroll = 0.0;
        for (EmployerSlot s : registered) {
            if (induces(s.kind)) {
                payroll += s.workforce * wageYenPerMonth;
            }
        }
        return fromPayroll(payroll);
    }

    /** Induced persons wanted for a payroll of mining and supplier workers, JPY/month. */
    double fromPayroll(double payrollYenPerMonth) {
        double respend = k * wageYenPerMonth;
        return respend < 1.0 ? k * payrollYenPerMonth / (1.0 - respend) : k * payrollYenPerMonth;
    }
}
