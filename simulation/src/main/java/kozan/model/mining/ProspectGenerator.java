package kozan.model.mining;

import kozan.model.random.Distributions;

import kozan.model.random.RandomStream;
import kozan.model.random.Seeds;
import java.util.ArrayList;
import java.util.List;
import kozan.scenario.MineSpec;
import kozan.scenario.ProductSpec;
import kozan.scenario.ProspectGeneratorSpec;
import kozan.scenario.Stage;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Adds random PROSPECT mines of one commodity in one region: a Poisson number per month (rate/12), each with
 * ore tonnage and grade drawn from the generator's distributions. Counts come from the generator's
 * "arrivals" stream (one uniform per month, drawn every month); deposit draws from its "deposits" stream.
 * Each new mine then has its own streams keyed by its id (&lt;generator&gt;-&lt;n&gt;).
 */
public final class ProspectGenerator implements Steppable {

    private static final long serialVersionUID = 1L;
    /** Closure cost of a generated prospect as a share of its capex (assumption, see docs/model-notes.md). */
    public static final double CLOSURE_COST_SHARE_OF_CAPEX = 0.05;

    private final ProspectGeneratorSpec spec;
    private final RandomStream arrivals;
    private final RandomStream deposits;
    private final long masterSeed;
    private int created;

    public ProspectGenerator(ProspectGeneratorSpec spec, long masterSeed) {
        this.spec = spec;
        this.masterSeed = masterSeed;
        this.arrivals = Seeds.stream(masterSeed, "generator:" + spec.id(), "arrivals");
        this.deposits = Seeds.stream(masterSeed, "generator:" + spec.id(), "deposits");
    }

    @Override
    public void step(SimState state) {
        MineContext economy = (MineContext) state;
        double u = arrivals.nextDouble();
        if (spec.from() != null && economy.month().isBefore(spec.from())) {
            return;
        }
        int k = Distributions.poisson(u, spec.ratePerYear() / 12.0);
        for (int i = 0; i < k; i++) {
            economy.addMine(new Mine(economy, newProspect(), masterSeed));
        }
    }

    private MineSpec newProspect() {
        created++;
        double ore = Math.max(1.0, Distributions.sample(spec.oreT(), deposits.nextDouble(), deposits.nextGaussian()));
        double grade = Math.min(1.0, Math.max(1e-12,
                Distributions.sample(spec.grade(), deposits.nextDouble(), deposits.nextGaussian())));
        double capacity = ore * spec.capacityShareOfOrePerYear();
        double capex = spec.capexYenPerTOrePerYear() * capacity;
        boolean poly = !spec.coproducts().isEmpty();
        return new MineSpec(spec.id() + "-" + created, null, spec.region(), poly ? null : spec.commodity(), spec.lat(), spec.lon(),
                Stage.PROSPECT, 0, ore, poly ? null : grade, spec.recovery(), capacity, capex, 0.0, spec.opexYenPerTOre(), 0.01,
                capex * CLOSURE_COST_SHARE_OF_CAPEX, spec.workersPerKtOre(), 0.0, spec.waterM3PerTOre(), 0.5,
                spec.co2eTPerTOre(), spec.landHaPerMtOrePerYear() * capacity / 1e6, 0.0, false, 1.0, null, null, 1.0,
                products(grade), List.of(), 0.0, null);
    }

    /** The drawn main product, then the generator's co-products; null (the shorthand) without co-products. */
    private List<ProductSpec> products(double grade) {
        if (spec.coproducts().isEmpty()) {
            return null;
        }
        List<ProductSpec> p = new ArrayList<>();
        p.add(new ProductSpec(spec.commodity(), grade, spec.recovery()));
        p.addAll(spec.coproducts());
        return p;
    }

    public ProspectGeneratorSpec spec() {
        return spec;
    }

    /** Prospects created so far. */
    public int created() {
        return created;
    }
}
