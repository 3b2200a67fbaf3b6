package kozan.model.policy;

/** Government spending categories; {@link #label()} is the detail value of fiscal_cost_yen. */
public enum FiscalLever {
    EXPLORATION_SUBSIDY("exploration_subsidy"),
    CAPEX_GRANT("capex_grant"),
    STATE_EQUITY("state_equity"),
    LOSS_COVER("loss_cover"),
    RD("rd"),
    AGREEMENTS("agreements"),
    STOCKPILE("stockpile"),
    /** The state's share (equity_support) of the price of equity stakes abroad bought inside the horizon. */
    EQUITY_STAKES("equity_stakes");

    private final String label;

    FiscalLever(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
