package kozan.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A grid of equal cells that takes the width of the scroll pane it sits in and puts as many columns in it as fit
 * at a minimum cell width, so it scrolls only vertically. A GridLayout with a fixed column count is as wide as its
 * columns' preferred widths together: in a narrower window (the world-price multiples at a 1600x1000 screen) its
 * right column lay past the viewport's edge.
 */
public class FitGrid extends JPanel implements Scrollable {

    static final int GAP = 2;
    /** Width of a cell while no viewport gives one (before the first layout, or outside a scroll pane). */
    static final int PREFERRED_CELL_WIDTH = 300;
    static final int MIN_CELL_HEIGHT = 160;
    static final int MAX_CELL_HEIGHT = 260;

    private final int minCellWidth;
    private final int maxColumns;

    /**
     * @param minCellWidth narrowest a cell gets while more than one column is shown (a chart's text stays legible)
     * @param maxColumns   most columns, however wide the viewport (cells stay wide rather than many and short)
     */
    public FitGrid(int minCellWidth, int maxColumns) {
        super(null);
        this.minCellWidth = minCellWidth;
        this.maxColumns = maxColumns;
    }

    /** Columns that fit {@code width} at {@code minCellWidth} each, between 1 and min(maxColumns, cells). */
    static int columns(int width, int cells, int minCellWidth, int maxColumns) {
        int fit = (width + GAP) / (minCellWidth + GAP);
        return Math.max(1, Math.min(fit, Math.min(maxColumns, Math.max(1, cells))));
    }

    /** Cells are 3:2 (as the 300x200 panels were), within [MIN_CELL_HEIGHT, MAX_CELL_HEIGHT]. */
    static int cellHeight(int cellWidth) {
        return Math.max(MIN_CELL_HEIGHT, Math.min(MAX_CELL_HEIGHT, cellWidth * 2 / 3));
    }

    /** The width to fill: the viewport's (read afresh, so a scroll bar appearing is taken into account). */
    private int width() {
        Container p = getParent();
        if (p instanceof JViewport && p.getWidth() > 0) {
            return p.getWidth();
        }
        return getWidth() > 0 ? getWidth() : maxColumns * (PREFERRED_CELL_WIDTH + GAP) - GAP;
    }

    private int cellWidth(int width, int cols) {
        return Math.max(1, (width - GAP * (cols - 1)) / cols);
    }

    @Override
    public Dimension getPreferredSize() {
        int n = getComponentCount();
        int w = width();
        int cols = columns(w, n, minCellWidth, maxColumns);
        int rows = (n + cols - 1) / cols;
        return new Dimension(w, Math.max(0, rows * (cellHeight(cellWidth(w, cols)) + GAP) - GAP));
    }

    @Override
    public void doLayout() {
        int n = getComponentCount();
        int cols = columns(getWidth(), n, minCellWidth, maxColumns);
        int cw = cellWidth(getWidth(), cols);
        int ch = cellHeight(cw);
        for (int i = 0; i < n; i++) {
            Component c = getComponent(i);
            c.setBounds((i % cols) * (cw + GAP), (i / cols) * (ch + GAP), cw, ch);
        }
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 20;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
    }

    /** Always as wide as the viewport: columns wrap instead of running past its edge. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    /** Fills a viewport taller than the grid; scrolls in one shorter. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        Container p = getParent();
        return p instanceof JViewport && p.getHeight() > getPreferredSize().height;
    }
}
