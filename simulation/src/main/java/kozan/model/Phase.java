package kozan.model;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One MASON ordering: its agents step in a fixed order (creation order: scenario list order, then agents
 * created during the run in the order they appear). MASON shuffles events that share a time and an
 * ordering, so each ordering is scheduled as one Phase that loops over its members itself; an optional
 * market-clearing hook runs before or after the members (e.g. procurement clearing after manufacturers).
 */
public final class Phase implements Steppable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<Steppable> members = new ArrayList<>();
    private final List<Steppable> before = new ArrayList<>();
    private final List<Steppable> after = new ArrayList<>();

    public Phase(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Adds an agent; agents added while the phase is stepping start next month. */
    public void add(Steppable agent) {
        members.add(agent);
    }

    /** Adds agents in list order. */
    public void addAll(List<? extends Steppable> agents) {
        members.addAll(agents);
    }

    public void addBefore(Steppable hook) {
        before.add(hook);
    }

    /** Adds hooks that run before the members, in list order. */
    public void addAllBefore(List<? extends Steppable> hooks) {
        before.addAll(hooks);
    }

    public void addAfter(Steppable hook) {
        after.add(hook);
    }

    public int size() {
        return members.size();
    }

    @Override
    public void step(SimState state) {
        for (int i = 0; i < before.size(); i++) {
            before.get(i).step(state);
        }
        int n = members.size();
        for (int i = 0; i < n; i++) {
            members.get(i).step(state);
        }
        for (int i = 0; i < after.size(); i++) {
            after.get(i).step(state);
        }
    }
}
