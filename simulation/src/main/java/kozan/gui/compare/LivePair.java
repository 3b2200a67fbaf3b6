package kozan.gui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kozan.gui.live.LiveFeed;
import kozan.gui.live.Snapshot;
import kozan.model.MiningEconomy;
import kozan.model.random.Seeds;
import kozan.observe.Recorder;
import kozan.scenario.Scenario;

/**
 * A policy and its baseline run month by month, replication after replication, with common random numbers as
 * {@code kozan compare} runs them: replication k of both uses the master seed Seeds.master(baseline's run.seed,
 * k), whatever seed the policy's file states. The rows are read through the Recorder ({@link LiveFeed}), never
 * from model internals, into a {@link PairedTrack}. Not thread-safe: one thread steps it.
 */
public final class LivePair {

    /** Told after each paired month (on the stepping thread). */
    public interface Listener {
        void month(int replication, Snapshot policy, Snapshot baseline);
    }

    private final Scenario policy;
    private final Scenario baseline;
    private final int replications;
    private final int steps;
    private final PairedTrack track;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private MiningEconomy policyRun;
    private MiningEconomy baselineRun;
    private LiveFeed policyFeed;
    private LiveFeed baselineFeed;
    private int replication = -1;
    private int step;

    /**
     * @param replications replications of each (at least 1)
     * @throws IllegalArgumentException when the two scenarios start in different months (months could not pair)
     */
    public LivePair(Scenario policy, Scenario baseline, int replications) {
        if (!policy.calendar().start().equals(baseline.calendar().start())) {
            throw new IllegalArgumentException("the scenarios start in different months (" + policy.calendar().start()
                    + " and " + baseline.calendar().start() + "); months cannot be paired");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        this.policy = policy;
        this.baseline = baseline;
        this.replications = replications;
        this.steps = Math.min(policy.steps(), baseline.steps());
        List<Quantity> q = new ArrayList<>(Quantity.national(baseline));
        q.addAll(Quantity.regional(baseline));
        this.track = new PairedTrack(baseline.calendar().start(), steps, replications, q);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public PairedTrack track() {
        return track;
    }

    public Scenario policy() {
        return policy;
    }

    public Scenario baseline() {
        return baseline;
    }

    public int replications() {
        return replications;
    }

    /** The replication being run (0-based), -1 before the first month. */
    public int replication() {
        return replication;
    }

    /** The master seed replication k of both runs uses (that of {@code kozan compare}). */
    public long masterSeed(int k) {
        return Seeds.master(baseline.run().seed(), k);
    }

    /** The policy economy of the current replication (for the mine panels), null before the first month. */
    public MiningEconomy policyEconomy() {
        return policyRun;
    }

    public boolean done() {
        return replication == replications - 1 && step == steps;
    }

    /** Simulates the next month of both runs (starting the next replication when one ends); false when all are done. */
    public boolean step() {
        if (done()) {
            return false;
        }
        if (replication < 0 || step == steps) {
            replication++;
            step = 0;
            policyFeed = new LiveFeed(policy.calendar().start());
            baselineFeed = new LiveFeed(baseline.calendar().start());
            policyRun = start(policy, policyFeed);
            baselineRun = start(baseline, baselineFeed);
        }
        policyRun.schedule.step(policyRun);
        baselineRun.schedule.step(baselineRun);
        policyFeed.endOfStep();
        baselineFeed.endOfStep();
        Snapshot p = policyFeed.latest();
        Snapshot b = baselineFeed.latest();
        track.record(replication, step, p, b);
        for (Listener l : listeners) {
            l.month(replication, p, b);
        }
        step++;
        if (step == steps) {
            policyRun.finish();
            baselineRun.finish();
        }
        return true;
    }

    private MiningEconomy start(Scenario s, LiveFeed feed) {
        MiningEconomy e = new MiningEconomy(s, masterSeed(replication));
        Recorder.attach(e, feed);
        e.start();
        return e;
    }
}
