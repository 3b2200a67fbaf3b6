package kozan.validation.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kozan.scenario.BehaviouralParameters;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import kozan.scenario.Scenario;
import kozan.validation.ValidationRuns;
import org.junit.jupiter.api.Test;

/**
 * The 2010 replay is out of sample (issue 14; docs/validation.md, "The 2010 replay, out of sample"): the rare-earth
 * price is formed by the world market, no event types in a price path, and the scenario sets no behavioural
 * parameter of its own (it uses the baseline's one set). Its inputs are only decisions and events outside Japan's
 * rare-earth market: China's quotas, the halt to Japan, the recession (the rest of the world's demand and Japan's
 * manufacturing output, which also carries the 2011 earthquake), the Lynas licence and agreement.
 */
class ReplayInputsTest {

    private static final String RE = "rare_earths";

    private static Scenario replay() {
        return ValidationRuns.load("rare-earth-2010-replay.yaml", List.of());
    }

    @Test
    void onlyQuotaBatchesWithADatedReportAreAnnouncedAndTheHaltWasNot() {
        // docs/data-sources.md: the month of the earliest dated report (R8, R10, R11, R16); the customs holds of
        // autumn 2010 were not announced, so buyers must not see the halt ahead
        for (EventSpec e : replay().events()) {
            if (e.announced() != null) {
                assertThat(e.kind()).as(e.id()).isEqualTo(EventKind.EXPORT_QUOTA_BATCH);
            }
        }
        assertThat(replay().events()).filteredOn(e -> e.announced() != null).extracting(EventSpec::id)
                .containsExactly("cn_quota_2010_h2", "cn_quota_2011_h1", "cn_quota_2011_h2", "cn_quota_2014");
    }

    @Test
    void theRareEarthPriceIsFormedByTheMarketWithNoPricePathTypedIn() {
        Scenario s = replay();
        CommoditySpec re = s.commodities().stream().filter(c -> c.id().equals(RE)).findFirst().orElseThrow();
        assertThat(re.price().isMarket()).as("price.model market").isTrue();
        for (EventSpec e : s.events()) {
            if (RE.equals(e.commodity())) {
                assertThat(e.kind()).as(e.id()).isNotEqualTo(EventKind.PRICE_SHOCK);
                assertThat(e.logJump()).as(e.id() + ": a log jump would type in a price").isZero();
            }
        }
    }

    @Test
    void itsInputsAreOnlyQuotasTheHaltTheRecessionAndProjectDecisions() {
        Set<EventKind> allowed = Set.of(EventKind.EXPORT_QUOTA_BATCH, EventKind.PRODUCTION_QUOTA, EventKind.ACTIVITY,
                EventKind.PROJECT_DECISION, EventKind.EXPORT_RESTRICTION, EventKind.MANUFACTURING_ACTIVITY);
        assertThat(replay().events()).extracting(EventSpec::kind).allMatch(allowed::contains);
    }

    @Test
    void itUsesTheBaselinesBehaviour() {
        Scenario s = replay();
        assertThat(s.sensitivityCase()).isFalse();
        assertThat(BehaviouralParameters.differences(s, ValidationRuns.load("baseline.yaml", List.of()))).isEmpty();
    }
}
