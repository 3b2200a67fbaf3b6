package kozan.chart;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PaletteTest {

    static final List<String> BASELINE_COMMODITIES = List.of("rare_earths", "lithium", "cobalt", "copper", "nickel",
            "zinc", "gold", "limestone", "coal", "manganese");
    static final List<String> REGIONS = List.of("hokkaido", "tohoku", "kanto", "chubu", "kinki", "chugoku", "shikoku",
            "kyushu", "okinawa");

    @Test
    void commoditiesOfTheBaselineGetDistinctFixedColours() {
        Set<Color> colours = BASELINE_COMMODITIES.stream().map(Palette::commodity).collect(Collectors.toSet());
        assertThat(colours).hasSize(BASELINE_COMMODITIES.size());
        assertThat(Palette.commodity("rare_earths")).isEqualTo(Palette.commodity("REE")).isEqualTo(Palette.VERMILLION);
    }

    @Test
    void theNineRegionalBlocksUseTolsMutedScheme() {
        Set<Color> colours = REGIONS.stream().map(Palette::region).collect(Collectors.toSet());
        assertThat(colours).hasSize(9).contains(Palette.INDIGO, Palette.PURPLE);
        assertThat(Palette.region("")).as("national").isEqualTo(Palette.BLACK);
    }

    @Test
    void unknownIdsGetAStableColourIndependentOfOrder() {
        Color first = Palette.commodity("unobtainium");
        Palette.commodity("vibranium");
        assertThat(Palette.commodity("unobtainium")).isEqualTo(first);
        assertThat(Palette.source("Atlantis")).isEqualTo(Palette.source("atlantis"));
    }

    @Test
    void tintMixesWithWhite() {
        assertThat(Palette.tint(Palette.BLUE, 1)).isEqualTo(Palette.BLUE);
        assertThat(Palette.tint(Palette.BLUE, 0)).isEqualTo(Color.WHITE);
        assertThat(Palette.tint(new Color(0, 0, 0), 0.5)).isEqualTo(new Color(128, 128, 128));
    }
}
