package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** YAML keys from record component names: numbers that are words of their own get their own underscore. */
class SchemaKeysTest {

    @Test
    void snakeCaseKeepsUnitsWithDigitsAndSeparatesYears() {
        assertThat(Schema.snake("mineDefaults")).isEqualTo("mine_defaults");
        assertThat(Schema.snake("co2eTPerTOre")).isEqualTo("co2e_t_per_t_ore");
        assertThat(Schema.snake("electricityCo2eShare")).isEqualTo("electricity_co2e_share");
        assertThat(Schema.snake("waterM3PerTOre")).isEqualTo("water_m3_per_t_ore");
        assertThat(Schema.snake("priceIndex2025Over2015")).isEqualTo("price_index_2025_over_2015");
    }
}
