package kozan.model.trade;

import java.util.List;
import kozan.scenario.CalendarSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EventSpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;

/**
 * Every scheduled event of a scenario turned into its effect per month, the one place where event kinds are
 * interpreted:
 * <ul>
 *   <li>PRICE_SHOCK: the commodity's log world price jumps by {@code logJump} in the start month;</li>
 *   <li>EXPORT_RESTRICTION: the source's volume to Japan is cut by {@code depth} for {@code months} from the start
 *       month (overlapping restrictions on one source: the deepest applies), and its {@code logJump} is added to
 *       the log price in the start month;</li>
 *   <li>DISASTER: mine and plant output in the region is cut by {@code depth} for {@code months} (overlapping
 *       disasters: the deepest applies);</li>
 *   <li>EXPORT_QUOTA, PRODUCTION_QUOTA (world market): China's export or mining quota is {@code value} t/yr for
 *       {@code months} (overlapping quotas: the smallest applies; no event in force: no quota);</li>
 *   <li>EXPORT_QUOTA_BATCH (world market): {@code value} t of export licences, usable in the event's {@code months}
 *       ({@link #quotaBatches}; the market draws them, {@link ExportLicences});</li>
 *   <li>ACTIVITY (world market): the activity index of world demand outside China and Japan is multiplied by
 *       {@code value} for {@code months} (overlapping events multiply);</li>
 *   <li>PROJECT_DECISION (world market): the named project starts its ramp-up in the start month;</li>
 *   <li>MANUFACTURING_ACTIVITY: the planned output of every Japanese manufacturer is multiplied by {@code value} for
 *       {@code months} (a recession or an outage outside the modelled markets; overlapping events multiply).</li>
 * </ul>
 * An EXPORT_RESTRICTION, EXPORT_QUOTA or EXPORT_QUOTA_BATCH with an {@code announced} month is also known ahead: from
 * that month, buyers read its depth or quota in the months to come ({@link #announcedRestrictionDepth},
 * {@link #announcedExportQuota}; {@link AnticipatedShortfall}). Without it an event is seen only through its effects.
 * Steps are 0-based months of the run; months outside the run have no effect. Events naming an unknown commodity,
 * source or region have no effect (the scenario validator reports them). Immutable after construction.
 */
public final class ScheduledEvents {

    private final int steps;
    /** [commodity][step] summed log jumps, event order; null for a commodity without jumps. */
    private final double[][] logJump;
    /** [commodity][source][step] restriction depth; null where no restriction applies. */
    private final double[][][] restriction;
    /** [region][step] disaster output cut; null for a region without disasters. */
    private final double[][] disasterCut;
    /** [commodity][step] export / production quota, t/yr, NaN where none; null for a commodity without one. */
    private final double[][] exportQuota;
    private final double[][] productionQuota;
    /** [commodity][step] activity multiplier; null for a commodity without ACTIVITY events. */
    private final double[][] activity;
    /** [step] multiplier of Japan's manufacturing output; null without MANUFACTURING_ACTIVITY events. */
    private final double[] manufacturingActivity;
    /** [commodity] the export quota batches, in scenario order; empty for a commodity without. */
    private final QuotaBatch[][] batches;
    /** [commodity] the announced cuts (events with 'announced'), in scenario order; null for a commodity without. */
    private final Announcement[][] announced;
    /** Project decisions: commodity index, project id and step, as "c/id" to step. */
    private final java.util.Map<String, Integer> decisions = new java.util.HashMap<>();

    /**
     * @param events      the scenario's events, in scenario order
     * @param calendar    start month of step 0
     * @param steps       months in the run
     * @param regions     regions by scenario index
     * @param commodities commodities (with their import sources) by scenario index
     */
    public ScheduledEvents(List<EventSpec> events, CalendarSpec calendar, int steps, List<RegionSpec> regions,
                           List<CommoditySpec> commodities) {
        this.steps = steps;
        this.logJump = new double[commodities.size()][];
        this.restriction = new double[commodities.size()][][];
        this.disasterCut = new double[regions.size()][];
        this.exportQuota = new double[commodities.size()][];
        this.productionQuota = new double[commodities.size()][];
        this.activity = new double[commodities.size()][];
        this.announced = new Announcement[commodities.size()][];
        this.batches = new QuotaBatch[commodities.size()][];
        java.util.Arrays.fill(batches, new QuotaBatch[0]);
        double[] japan = null;
        for (EventSpec e : events) {
            int from = calendar.stepOf(e.start());
            announce(e, calendar, from, commodities);
            if (marketEvent(e, from, commodities)) {
                continue;
            }
            if (e.kind() == EventSpec.EventKind.MANUFACTURING_ACTIVITY) {
                japan = multiply(japan, from, e.months(), e.value());
                continue;
            }
            if (e.kind() == EventSpec.EventKind.DISASTER) {
                int r = regionIndex(regions, e.region());
                if (r >= 0) {
                    if (disasterCut[r] == null) {
                        disasterCut[r] = new double[steps + 1];
                    }
                    deepen(disasterCut[r], from, e.months(), e.depth());
                }
                continue;
            }
            for (int c = 0; c < commodities.size(); c++) {
                CommoditySpec cs = commodities.get(c);
                if (!cs.id().equals(e.commodity())) {
                    continue;
                }
                if (from >= 0 && from <= steps) {
                    if (logJump[c] == null) {
                        logJump[c] = new double[steps + 1];
                    }
                    logJump[c][from] += e.logJump();
                }
                if (e.kind() == EventSpec.EventKind.EXPORT_RESTRICTION) {
                    int s = sourceIndex(cs, e.source());
                    if (s >= 0) {
                        if (restriction[c] == null) {
                            restriction[c] = new double[cs.importSources().size()][];
                        }
                        if (restriction[c][s] == null) {
                            restriction[c][s] = new double[steps + 1];
                        }
                        deepen(restriction[c][s], from, e.months(), e.depth());
                    }
                }
            }
        }
        this.manufacturingActivity = japan;
    }

    /**
     * A cut known before it bites: an EXPORT_RESTRICTION (on its source), EXPORT_QUOTA or EXPORT_QUOTA_BATCH with an
     * announcement month; {@code quota} is t/yr (a batch's even rate, {@code batch} true). Buyers see it from that
     * month on (an announcement before the run's start: from the first month).
     */
    private record Announcement(int knownFrom, int from, int months, int source, double depth, double quota,
            boolean batch) {

        boolean inForce(int step, int knownAt) {
            return knownFrom <= knownAt && step >= from && step < from + months;
        }
    }

    private void announce(EventSpec e, CalendarSpec calendar, int from, List<CommoditySpec> commodities) {
        if (e.announced() == null || !e.kind().announceable()) {
            return;
        }
        boolean restriction = e.kind() == EventSpec.EventKind.EXPORT_RESTRICTION;
        boolean batch = e.kind() == EventSpec.EventKind.EXPORT_QUOTA_BATCH;
        for (int c = 0; c < commodities.size(); c++) {
            CommoditySpec cs = commodities.get(c);
            if (!cs.id().equals(e.commodity())) {
                continue;
            }
            int s = restriction ? sourceIndex(cs, e.source()) : -1;
            if (restriction && s < 0) {
                continue;
            }
            // a batch is expected to be used evenly over its months: its rate in t/yr
            double quota = restriction ? Double.NaN : batch ? e.value() * 12.0 / e.months() : e.value();
            Announcement a = new Announcement(calendar.stepOf(e.announced()), from, e.months(), s,
                    restriction ? e.depth() : 0, quota, batch);
            Announcement[] old = announced[c] == null ? new Announcement[0] : announced[c];
            announced[c] = java.util.Arrays.copyOf(old, old.length + 1);
            announced[c][old.length] = a;
        }
    }

    /** Books a world-market event (quotas, activity, project decisions); false for the other kinds. */
    private boolean marketEvent(EventSpec e, int from, List<CommoditySpec> commodities) {
        EventSpec.EventKind k = e.kind();
        if (!k.worldMarket()) {
            return false;
        }
        for (int c = 0; c < commodities.size(); c++) {
            if (!commodities.get(c).id().equals(e.commodity())) {
                continue;
            }
            switch (k) {
                case EXPORT_QUOTA -> exportQuota[c] = smallest(exportQuota[c], from, e.months(), e.value());
                case PRODUCTION_QUOTA -> productionQuota[c] = smallest(productionQuota[c], from, e.months(), e.value());
                case ACTIVITY -> activity[c] = multiply(activity[c], from, e.months(), e.value());
                case EXPORT_QUOTA_BATCH -> {
                    batches[c] = java.util.Arrays.copyOf(batches[c], batches[c].length + 1);
                    batches[c][batches[c].length - 1] = new QuotaBatch(from, from + e.months(), e.value());
                }
                default -> decisions.put(c + "/" + e.project(), from);
            }
        }
        return true;
    }

    /** An index path (1 where no event applies) with {@code value} multiplied into the event's months. */
    private double[] multiply(double[] index, int from, int months, double value) {
        double[] a = index;
        if (a == null) {
            a = new double[steps + 1];
            java.util.Arrays.fill(a, 1.0);
        }
        for (int s = Math.max(0, from); s < Math.min(steps + 1, from + months); s++) {
            a[s] *= value;
        }
        return a;
    }

    private double[] smallest(double[] quota, int from, int months, double value) {
        double[] q = quota;
        if (q == null) {
            q = new double[steps + 1];
            java.util.Arrays.fill(q, Double.NaN);
        }
        for (int s = Math.max(0, from); s < Math.min(steps + 1, from + months); s++) {
            q[s] = Double.isNaN(q[s]) ? value : Math.min(q[s], value);
        }
        return q;
    }

    /** The events of a scenario. */
    public static ScheduledEvents of(Scenario scenario) {
        return new ScheduledEvents(scenario.events(), scenario.calendar(), scenario.steps(), scenario.regions(),
                scenario.commodities());
    }

    /** Overlapping events: the deepest cut applies, whatever the event order. */
    private void deepen(double[] cut, int from, int months, double depth) {
        for (int s = Math.max(0, from); s < Math.min(steps + 1, from + months); s++) {
            cut[s] = Math.max(depth, cut[s]);
        }
    }

    private static int regionIndex(List<RegionSpec> regions, String id) {
        if (id == null) {
            return -1;
        }
        for (int r = 0; r < regions.size(); r++) {
            if (regions.get(r).id().equals(id)) {
                return r;
            }
        }
        return -1;
    }

    private static int sourceIndex(CommoditySpec commodity, String id) {
        for (int s = 0; s < commodity.importSources().size(); s++) {
            if (commodity.importSources().get(s).id().equals(id)) {
                return s;
            }
        }
        return -1;
    }

    /** Log world-price jump of a commodity in a month (price shocks and restriction responses starting then). */
    public double logPriceJump(int commodity, int step) {
        double[] j = logJump[commodity];
        return j != null && step >= 0 && step < j.length ? j[step] : 0.0;
    }

    /** Share of a source's volume cut by export restrictions in a month (0-1). */
    public double restrictionDepth(int commodity, int source, int step) {
        double[][] bySource = restriction[commodity];
        double[] r = bySource == null ? null : bySource[source];
        return r != null && step >= 0 && step < r.length ? r[step] : 0.0;
    }

    /** Share of mine and plant output in a region lost to disasters in a month (0-1). */
    public double disasterCut(int region, int step) {
        double[] d = disasterCut[region];
        return d != null && step >= 0 && step < d.length ? d[step] : 0.0;
    }

    /** China's export quota of a commodity in a month, t/yr; NaN when none is in force. */
    public double exportQuota(int commodity, int step) {
        return at(exportQuota[commodity], step, Double.NaN);
    }

    /**
     * A batch of China's export quota: {@code tonnes} of licences for documented exports, usable from step
     * {@code from} until before step {@code until}.
     */
    public record QuotaBatch(int from, int until, double tonnes) {
    }

    /** The export quota batches of a commodity, in scenario order (empty without EXPORT_QUOTA_BATCH events). */
    public java.util.List<QuotaBatch> quotaBatches(int commodity) {
        return java.util.List.of(batches[commodity]);
    }

    /** China's production (mining) quota of a commodity in a month, t/yr; NaN when none is in force. */
    public double productionQuota(int commodity, int step) {
        return at(productionQuota[commodity], step, Double.NaN);
    }

    /** Activity multiplier of world demand outside China and Japan in a month (1 without ACTIVITY events). */
    public double activity(int commodity, int step) {
        return at(activity[commodity], step, 1.0);
    }

    /** Multiplier of Japan's manufacturing output in a month (1 without MANUFACTURING_ACTIVITY events). */
    public double manufacturingActivity(int step) {
        return at(manufacturingActivity, step, 1.0);
    }

    /** The month (step) in which a PROJECT_DECISION starts the named project of a commodity's market; -1 if none. */
    public int projectDecisionStep(int commodity, String project) {
        Integer s = decisions.get(commodity + "/" + project);
        return s == null ? -1 : s;
    }

    /** Whether the commodity has announced cuts (events with 'announced'): buyers can anticipate them. */
    public boolean announces(int commodity) {
        return announced[commodity] != null;
    }

    /**
     * Depth of the announced export restrictions on a source in force in month {@code step}, as known in month
     * {@code knownAt} (the deepest; 0 when none is known).
     */
    public double announcedRestrictionDepth(int commodity, int source, int step, int knownAt) {
        double d = 0;
        if (announced[commodity] != null) {
            for (Announcement a : announced[commodity]) {
                if (a.source() == source && a.inForce(step, knownAt)) {
                    d = Math.max(d, a.depth());
                }
            }
        }
        return d;
    }

    /**
     * China's export quota in month {@code step} as announced by month {@code knownAt}, t/yr: the smallest announced
     * EXPORT_QUOTA rate in force, the sum of the announced batches in force at their even rates (value x 12 / months),
     * the smaller of the two when both are; NaN when nothing announced is in force then.
     */
    public double announcedExportQuota(int commodity, int step, int knownAt) {
        double rate = Double.NaN;
        double batchRate = Double.NaN;
        if (announced[commodity] != null) {
            for (Announcement a : announced[commodity]) {
                if (a.source() >= 0 || !a.inForce(step, knownAt)) {
                    continue;
                }
                if (a.batch()) {
                    batchRate = Double.isNaN(batchRate) ? a.quota() : batchRate + a.quota();
                } else {
                    rate = Double.isNaN(rate) ? a.quota() : Math.min(rate, a.quota());
                }
            }
        }
        return Double.isNaN(rate) ? batchRate : Double.isNaN(batchRate) ? rate : Math.min(rate, batchRate);
    }

    private static double at(double[] series, int step, double none) {
        return series != null && step >= 0 && step < series.length ? series[step] : none;
    }
}
