package kozan.model.policy;

/**
 * Government spending categories; {@link #label()} is the detail value of fiscal_cost_yen. Revenues are negative
 * spending (equity dividends, carbon-price revenue), so fiscal_cost_yen is the sum of all components, net.
 */
public enum FiscalLever {
    EXPLORATION_SUBSIDY("exploration_subsidy"),
    CAPEX_GRANT("capex_grant"),
    STATE_EQUITY("state_equity"),
    LOSS_COVER("loss_cover"),
    RD("rd"),
    AGREEMENTS("agreements"),
    STOCKPILE("stockpile"),
    /** The state's share (equity_support) of the price of equity stakes abroad bought inside the horizon. */
    EQUITY_STAKES("equity_stakes"),
    /** The state's share e of a state-equity mine's positive monthly operating cash (negative: revenue). */
    EQUITY_DIVIDEND("equity_dividend"),
    /** The state's share e of a state-equity mine's negative monthly operating cash, up to its paid-in equity. */
    EQUITY_LOSS("equity_loss"),
    /** Carbon price x the mines' CO2e emitted (negative: revenue). */
    CARBON_REVENUE("carbon_revenue"),
    /** Public training of skilled miners under targeted support: trainees x cost per trainee. */
    TRAINING("training");

    private final String label;

    FiscalLever(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
