package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.util.List;
import kozan.gui.map.ColorScale;
import kozan.gui.map.GeoProjection;
import kozan.gui.map.JapanGeo;
import kozan.gui.map.Prefecture;
import kozan.gui.map.RegionMapping;
import kozan.scenario.RegionSpec;
import org.junit.jupiter.api.Test;

class JapanGeoTest {

    private static final JapanGeo GEO = JapanGeo.load();

    private static RegionSpec region(String id, String name, List<Integer> prefectures) {
        return new RegionSpec(id, name, 36, 138, prefectures, 1e6, 0.8, -0.01, 0.025, -0.01, 200, 300000);
    }

    @Test
    void readsAll47PrefecturesWithEnglishNamesAndBlocks() {
        assertThat(GEO.prefectures()).hasSize(47);
        assertThat(GEO.blocks()).hasSize(9);
        Prefecture tokyo = GEO.prefectures().get(13);
        assertThat(tokyo.name()).isEqualTo("Tokyo");
        assertThat(tokyo.block()).isEqualTo(2);
        assertThat(GEO.prefectures().get(47).name()).isEqualTo("Okinawa");
    }

    @Test
    void prefectureCapitalsLieInsideTheirOwnBoundary() {
        // Sapporo, Tokyo (Shinjuku), Osaka, Fukuoka, Naha: prefectural government offices (prefectural-capitals.csv)
        assertThat(GEO.prefectures().get(1).lonLatOutline().contains(141.347449, 43.064359)).isTrue();
        assertThat(GEO.prefectures().get(13).lonLatOutline().contains(139.691648, 35.689185)).isTrue();
        assertThat(GEO.prefectures().get(27).lonLatOutline().contains(135.518992, 34.686492)).isTrue();
        assertThat(GEO.prefectures().get(40).lonLatOutline().contains(130.418228, 33.606767)).isTrue();
        assertThat(GEO.prefectures().get(47).lonLatOutline().contains(127.681115, 26.211538)).isTrue();
        assertThat(GEO.prefectures().get(13).lonLatOutline().contains(135.518992, 34.686492)).isFalse();
    }

    @Test
    void projectionKeepsNorthUpAndShrinksLongitudeByCos36() {
        GeoProjection p = new GeoProjection(GEO.lonLatBounds());
        Point2D.Double tokyo = p.project(139.69, 35.69);
        Point2D.Double sapporo = p.project(141.35, 43.06);
        assertThat(sapporo.y).isLessThan(tokyo.y);
        Point2D.Double a = p.project(130, 35);
        Point2D.Double b = p.project(131, 35);
        Point2D.Double c = p.project(130, 36);
        assertThat(b.x - a.x).isCloseTo(Math.cos(Math.toRadians(36)) * GeoProjection.UNITS_PER_DEGREE, within(1e-9));
        assertThat(a.y - c.y).isCloseTo(GeoProjection.UNITS_PER_DEGREE, within(1e-9));
        Shape projected = p.transform().createTransformedShape(GEO.prefectures().get(13).lonLatOutline());
        assertThat(projected.contains(tokyo)).isTrue();
        assertThat(projected.getBounds2D().getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(projected.getBounds2D().getMaxY()).isLessThanOrEqualTo(p.height() + 1e-9);
    }

    @Test
    void regionsMapByListedPrefecturesElseByBlockName() {
        RegionMapping m = RegionMapping.of(List.of(
                region("tohoku", "Tohoku", List.of()),
                region("joban", "Joban coast", List.of(7, 8)),
                region("kyushu_okinawa", null, List.of())), GEO);
        assertThat(m.prefecturesOf(0)).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(m.regionOf(7)).as("first region listing a prefecture owns it").isEqualTo(0);
        assertThat(m.regionOf(8)).isEqualTo(1);
        assertThat(m.prefecturesOf(2)).as("no block named kyushu_okinawa").isEmpty();
        assertThat(m.regionOf(13)).isEqualTo(-1);
    }

    @Test
    void colorScaleRunsFromPaleToDarkAndClampsOutside() {
        ColorScale s = new ColorScale(0, 10);
        Color low = s.color(0);
        Color high = s.color(10);
        assertThat(low.getRed() + low.getGreen() + low.getBlue())
                .isGreaterThan(high.getRed() + high.getGreen() + high.getBlue());
        assertThat(s.color(-5)).isEqualTo(low);
        assertThat(s.color(50)).isEqualTo(high);
        ColorScale flat = new ColorScale(3, 3);
        assertThat(flat.high()).isGreaterThan(flat.low());
    }

    @Test
    void mapTooltipsAndRegionInspectorsNameRegionsAndPrefecturesInEnglishAndJapanese() {
        kozan.gui.map.JapanMap map = new kozan.gui.map.JapanMap(GuiFixtures.scenario(), GEO);
        kozan.gui.map.RegionView first = map.regions().get(0);
        assertThat(first.getName()).isEqualTo("Tohoku 東北");
        assertThat(first.getPrefectures()).matches(".*[\\p{IsHan}].*");
        kozan.gui.map.PrefectureLayer layer = map.prefectureLayer();
        String tooltip = layer.getName(new sim.portrayal.LocationWrapper(first, "Aomori 青森県", layer));
        assertThat(tooltip).startsWith("Aomori 青森県 · " + first.getName());
    }
}
