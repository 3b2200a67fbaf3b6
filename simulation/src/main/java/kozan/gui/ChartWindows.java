package kozan.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JMenuBar;
import javax.swing.WindowConstants;
import kozan.gui.live.LiveChart;

/** One window per live chart, with an Export menu; laid out beside the Console and the map. */
final class ChartWindows {

    private ChartWindows() {
    }

    static JFrame frame(LiveChart chart) {
        JFrame f = new JFrame(chart.title());
        f.setContentPane(ChartExport.panel(chart.chart()));
        JMenuBar bar = new JMenuBar();
        bar.add(ChartExport.menu(f, chart::chart));
        f.setJMenuBar(bar);
        // MASON's Console lists registered frames in its Displays tab and re-shows them; closing only hides.
        f.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        f.setPreferredSize(new Dimension(520, 330));
        f.pack();
        return f;
    }

    /**
     * Window bounds for a screen: Console top-left, map beside it, charts down the right edge and along the
     * bottom, so all of them are visible at once on a 1600x1000 screen.
     */
    static List<Rectangle> layout(int charts) {
        Rectangle screen = GraphicsEnvironment.isHeadless() ? new Rectangle(0, 0, 1600, 1000)
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int chartW = Math.max(360, screen.width / 3);
        int chartH = Math.max(240, screen.height / 3);
        List<Rectangle> out = new ArrayList<>();
        int rightX = screen.x + screen.width - chartW;
        for (int i = 0; i < charts; i++) {
            if (i < 3) {
                out.add(new Rectangle(rightX, screen.y + i * chartH, chartW, chartH));
            } else {
                int bottomW = (screen.width - chartW) / Math.max(1, charts - 3);
                out.add(new Rectangle(screen.x + (i - 3) * bottomW, screen.y + screen.height - chartH, bottomW, chartH));
            }
        }
        return out;
    }
}
