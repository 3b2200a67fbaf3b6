package kozan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kozan.model.MiningEconomy;
import kozan.model.random.Seeds;
import kozan.model.demand.CommodityLedger;
import kozan.model.labour.LabourMarketAgent;
import kozan.model.labour.RegionalLabourMarket;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue "robust inputs", item 6: random valid scenarios keep the model's invariants every month (mass balance per
 * commodity, E + U = L and the unemployed accounted for by the month's hires, separations and migration per
 * region, migration conserving people), and random mutations of a valid file end either in a clean validation error
 * or in a run without any exception: a file that validates runs.
 */
class RandomScenarioProperties {

    private static final Path FIXTURE = Path.of("src/test/resources/scenarios/valid-minimal.yaml");

    /** One random value for a scenario path, drawn inside the range the format allows. */
    record Setting(String path, Object value) {
    }

    @Provide
    Arbitrary<List<Setting>> validScenarios() {
        List<Arbitrary<Setting>> each = List.of(
                setting("commodities[rare_earths].price.sigma", Arbitraries.doubles().between(0, 1.5)),
                setting("commodities[rare_earths].price.kappa", Arbitraries.doubles().between(0, 5)),
                setting("commodities[rare_earths].price.jump_rate_per_year", Arbitraries.doubles().between(0, 3)),
                setting("commodities[copper].price.sigma", Arbitraries.doubles().between(0, 1.0)),
                setting("commodities[rare_earths].import_sources[China].volume_t_per_year",
                        Arbitraries.doubles().between(1, 60000)),
                setting("commodities[rare_earths].import_sources[China].hazard_per_year",
                        Arbitraries.doubles().between(0, 3)),
                setting("commodities[rare_earths].recycling_share", Arbitraries.doubles().between(0, 0.9)),
                setting("commodities[copper].thrift_rate_per_year", Arbitraries.doubles().between(0, 1)),
                setting("manufacturers[kyushu-auto].growth_per_year", Arbitraries.doubles().between(-0.2, 0.2)),
                setting("manufacturers[kyushu-auto].inventory_target_months", Arbitraries.doubles().between(0, 12)),
                setting("government.stockpile_target_days", Arbitraries.doubles().between(0, 400)),
                setting("government.offtake_mandate", Arbitraries.doubles().between(0, 1)),
                setting("government.capex_grant", Arbitraries.doubles().between(0, 1)),
                setting("government.loss_cover", Arbitraries.of(0.0, 1.0)),
                setting("government.carbon_price", Arbitraries.doubles().between(0, 50000)),
                setting("government.permitting_multiplier", Arbitraries.doubles().between(0.1, 5)),
                setting("regions[tohoku].working_age_population", Arbitraries.doubles().between(1_000, 2_000_000)),
                setting("regions[kyushu].unemployment_rate", Arbitraries.doubles().between(0.005, 0.3).ofScale(4)),
                setting("labor.matching_efficiency", Arbitraries.doubles().between(0.01, 2)),
                setting("mines[hishikari-cu].capacity_t_ore_per_year", Arbitraries.doubles().between(1, 5e6)),
                setting("suppliers[tohoku-refinery].capacity_per_year", Arbitraries.doubles().between(1, 1e6)),
                setting("events[china-ree-ban].depth", Arbitraries.doubles().between(0, 1)));
        return Combinators.combine(each).as(ArrayList::new);
    }

    private static Arbitrary<Setting> setting(String path, Arbitrary<? extends Object> values) {
        return values.map(v -> new Setting(path, v));
    }

    @Property(tries = 12, seed = "20261205")
    void invariantsHoldInRandomValidScenarios(@ForAll("validScenarios") List<Setting> settings,
                                              @ForAll long masterSeed) throws Exception {
        List<ScenarioLoader.Override> overrides = new ArrayList<>();
        settings.forEach(s -> overrides.add(new ScenarioLoader.Override(s.path(), s.value())));
        Scenario scenario = ScenarioLoader.load(FIXTURE, overrides); // every value is inside its allowed range
        MiningEconomy e = new MiningEconomy(scenario, masterSeed);
        e.start();
        for (int month = 0; month < 120; month++) {
            e.schedule.step(e);
            for (int c = 0; c < e.markets().size(); c++) {
                CommodityLedger l = e.ledger(c);
                assertThat(Math.abs(l.balanceResidual()) / Math.max(1.0, l.balanceScale()))
                        .as("mass balance, commodity %d, month %d", c, month).isLessThanOrEqualTo(1e-9);
            }
            LabourMarketAgent lm = (LabourMarketAgent) e.labourMarket();
            double net = 0;
            for (RegionalLabourMarket r : lm.markets().regions()) {
                double l = r.labourForce();
                assertThat(Math.abs(r.employed() + r.unemployed() - l)).as("E + U = L, month %d", month)
                        .isLessThanOrEqualTo(1e-9 * Math.max(1, l));
                // the month's flows account for the unemployed: U = U at matching - hires + separations + net
                // migration. (Not "hires <= min(U, V)" or "U >= 0": the model clamps and throws on those itself, so
                // such a bound could never fail here.)
                double flows = r.unemployedAtMatching() - r.hires() + r.separations() + r.netMigration();
                assertThat(r.unemployed()).as("U from the month's flows, month %d", month)
                        .isCloseTo(flows, within(1e-9 * Math.max(1, l)));
                net += r.netMigration();
            }
            assertThat(Math.abs(net)).isLessThanOrEqualTo(1e-9 * Math.max(1, lm.markets().movers()));
        }
        e.finish();
    }

    @Property(tries = 40, seed = "20261205")
    void mutatedFilesRunOrFailCleanly(@ForAll("mutations") List<MutationLine> mutations) throws IOException {
        List<String> lines = new ArrayList<>(Files.readString(FIXTURE).lines().toList());
        for (MutationLine m : mutations) {
            int i = m.line() % lines.size();
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            if (colon >= 0) {
                lines.set(i, line.substring(0, colon + 2) + m.token());
            }
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.parse(String.join("\n", lines) + "\n", "mutated.yaml");
        } catch (ScenarioException clean) {
            assertThat(clean.problems()).isNotEmpty();
            return;
        }
        // a file that validates must run (issue #21 item 4, #19 item 6): no exception of any kind, the numeric guard's
        // ModelException included, for the whole horizon the property checks
        MiningEconomy e = new MiningEconomy(scenario, Seeds.master(scenario.run().seed(), 0));
        e.start();
        for (int month = 0; month < Math.min(60, scenario.steps()); month++) {
            e.schedule.step(e);
        }
        e.finish();
    }

    record MutationLine(int line, String token) {
    }

    @Provide
    Arbitrary<List<MutationLine>> mutations() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e12).map(d -> Double.toString(d)),
                Arbitraries.of("0", "1", "0.5", "1e-300", "1e300", "-1", "2", "100", "0.999999", "1.0e9"));
        return Combinators.combine(Arbitraries.integers().between(0, 200), tokens).as(MutationLine::new)
                .list().ofMinSize(1).ofMaxSize(3);
    }
}
