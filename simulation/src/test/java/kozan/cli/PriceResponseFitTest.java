package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kozan.scenario.CommoditySpec;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The world market's price response lambda, the default of every market scenario, is the value its recorded fit gives
 * (docs/validation.md section 4: scenarios/analyses/rare-earth-lambda-fit.yaml, the 2009/2008 price ratio of the 2010
 * replay's years before the episode). When the model or the replay's inputs move the fit, the default is stale and
 * this fails: refit, set the new value in MarketSpec, and regenerate what depends on it.
 */
class PriceResponseFitTest {

    @Test
    void theDefaultPriceResponseIsWhatItsRecordedFitGives(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("fit");
        StringWriter err = new StringWriter();
        int code = Main.execute(new ModelEngine(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                "calibrate", Path.of("..", "scenarios", "analyses", "rare-earth-lambda-fit.yaml").toString(),
                "--out", out.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> best = Files.readAllLines(out.resolve("best.csv"));
        String[] row = best.get(1).split(",");
        assertThat(row[0]).isEqualTo("commodities[rare_earths].price.market.price_response_per_month");
        double fitted = Double.parseDouble(row[1]);
        CommoditySpec re = ScenarioLoader.load(Path.of("..", "scenarios", "rare-earth-2010-replay.yaml"))
                .commodities().stream().filter(c -> c.id().equals("rare_earths")).findFirst().orElseThrow();
        // the default is the fit rounded to two places (0.507 -> 0.51)
        assertThat(re.price().market().priceResponsePerMonth()).as("MarketSpec's default against the fit %s", fitted)
                .isCloseTo(fitted, within(0.005));
        assertThat(row[7]).as("identified").isEqualTo("true");
    }
}
