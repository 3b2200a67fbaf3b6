package kozan.observe;

/**
 * The {@code jobs_indirect} details that are not supplier kinds: the IO supply chain ({@link #SUPPLY_CHAIN}) and those
 * of processing plants (issue #13 item 4): a plant's jobs split by its feed into
 * domestic-ore and imported-feed processing, which replaced the single detail {@code PROCESSING}. A batch file that
 * still asks for {@code detail: PROCESSING} gets the sum of the two ({@link #legacyDetail}).
 */
public final class IndirectDetails {

    /** Jobs of processing plants times the month's domestic concentrate / total feed, persons. */
    public static final String PROCESSING_DOMESTIC_ORE = "PROCESSING_DOMESTIC_ORE";
    /** Jobs of processing plants times the month's imported concentrate / total feed, persons. */
    public static final String PROCESSING_IMPORTED_FEED = "PROCESSING_IMPORTED_FEED";
    /** Jobs of the IO supply chain beyond the supplier agents (the labour markets' INDIRECT pools), persons. */
    public static final String SUPPLY_CHAIN = "SUPPLY_CHAIN";
    /** The detail before the split: the sum of the two. */
    public static final String PROCESSING = "PROCESSING";

    private IndirectDetails() {
    }

    /**
     * The detail a row also counts towards under the name it had before the split ({@code PROCESSING} for the
     * two processing details of {@code jobs_indirect}), or null when the row has no older name.
     */
    public static String legacyDetail(String metric, String detail) {
        return Metrics.JOBS_INDIRECT.equals(metric)
                && (PROCESSING_DOMESTIC_ORE.equals(detail) || PROCESSING_IMPORTED_FEED.equals(detail)) ? PROCESSING : null;
    }
}
