package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.nio.file.Path;
import javax.swing.JScrollPane;
import kozan.gui.compare.PairedTrack;
import kozan.gui.compare.PriceMultiples;
import kozan.gui.compare.Quantity;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;

/**
 * The world-price multiples fit the width of their scroll pane: at a 1600x1000 screen the planner's price window
 * cut off the grid's right column (four fixed columns of 300 px in a window 533 px wide), and the side-by-side
 * window's World prices tab its fourth. Columns now wrap to the width available; the grid scrolls vertically.
 */
class PriceMultiplesLayoutTest {

    @Test
    void columnsAreTheOnesThatFitTheWidth() {
        assertThat(FitGrid.columns(515, 17, 240, 4)).isEqualTo(2);
        assertThat(FitGrid.columns(1160, 17, 240, 4)).isEqualTo(4);
        assertThat(FitGrid.columns(3000, 17, 240, 4)).as("at most maxColumns").isEqualTo(4);
        assertThat(FitGrid.columns(3000, 3, 240, 4)).as("no empty columns").isEqualTo(3);
        assertThat(FitGrid.columns(100, 17, 240, 4)).as("one column however narrow").isEqualTo(1);
        assertThat(FitGrid.cellHeight(300)).isEqualTo(200);
        assertThat(FitGrid.cellHeight(100)).isEqualTo(FitGrid.MIN_CELL_HEIGHT);
    }

    @Test
    void everyPanelIsInsideThePlannersPriceWindowAt1600x1000() throws Exception {
        Rectangle window = ChartWindows.layout(5).get(4); // headless: the layout of a 1600x1000 screen
        assertFits(window.width, window.height);
    }

    @Test
    void everyPanelIsInsideTheSideBySideWorldPricesTab() throws Exception {
        assertFits(1160, 620);
    }

    private static void assertFits(int width, int height) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml"));
        PriceMultiples grid = new PriceMultiples(new PairedTrack(s.calendar().start(), 1, 1, Quantity.national(s)),
                false);
        JScrollPane pane = grid.scrollable();
        pane.setSize(width, height);
        layOut(pane); // headless: no peers, so validate() would not lay anything out
        layOut(pane); // again, now that the scroll bars are decided

        int visible = pane.getViewport().getWidth();
        assertThat(grid.getWidth()).isEqualTo(visible);
        assertThat(grid.panels()).hasSizeGreaterThan(4);
        for (ChartPanel p : grid.panels()) {
            assertThat(p.getX() + p.getWidth()).as("right edge of a panel").isLessThanOrEqualTo(visible);
            assertThat(p.getWidth()).isGreaterThanOrEqualTo(PriceMultiples.MIN_PANEL_WIDTH);
            assertThat(p.getHeight()).isGreaterThanOrEqualTo(FitGrid.MIN_CELL_HEIGHT);
        }
        assertThat(grid.getHeight()).as("scrolls vertically").isGreaterThan(pane.getViewport().getHeight());
        assertThat(pane.getHorizontalScrollBar().isVisible()).isFalse();
    }

    private static void layOut(Component c) {
        if (c instanceof Container k) {
            k.doLayout();
            for (Component child : k.getComponents()) {
                layOut(child);
            }
        }
    }
}
