package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void distanceCountsTranspositionsAsOneEdit() {
        assertThat(Names.distance("share", "shrae")).isEqualTo(1);
        assertThat(Names.distance("share", "shares")).isEqualTo(1);
        assertThat(Names.distance("share", "chare")).isEqualTo(1);
        assertThat(Names.distance("kappa", "sigma")).isEqualTo(4);
        assertThat(Names.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void suggestsOnlyCloseNames() {
        List<String> keys = Binder.keys(ImportSourceSpec.class);
        assertThat(Names.closest("shrae", keys)).isEqualTo("share");
        assertThat(Names.closest("hazard_per_yr", keys)).isEqualTo("hazard_per_year");
        assertThat(Names.closest("colour", keys)).isNull();
        assertThat(Names.closest("PROCESSOR", List.of("EQUIPMENT", "ENGINEERING", "PROCESSING"))).isEqualTo("PROCESSING");
        assertThat(Names.closest("automotive", List.of("AUTOMOTIVE", "OTHER"))).isEqualTo("AUTOMOTIVE");
    }

    @Test
    void snakeCaseKeysFollowTheContract() {
        assertThat(Schema.snake("mineDefaults")).isEqualTo("mine_defaults");
        assertThat(Schema.snake("co2eTPerTOre")).isEqualTo("co2e_t_per_t_ore");
        assertThat(Schema.snake("tPerBnYen")).isEqualTo("t_per_bn_yen");
        assertThat(Schema.snake("pDiscover")).isEqualTo("p_discover");
    }
}
