package kozan.chart;

import java.awt.Graphics2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis for place names in English and Japanese ("Tohoku 東北"): the Japanese name goes on a line of its
 * own and is never split. JFreeChart wraps labels with a line BreakIterator, which may break between any two
 * ideographs, so a narrow category printed "Tohoku 東" over "北".
 */
final class BilingualCategoryAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;

    BilingualCategoryAxis(String label) {
        super(label);
        setMaximumCategoryLabelLines(3);
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        return TextUtils.createTextBlock(twoLines(category.toString()), getTickLabelFont(category),
                getTickLabelPaint(category), Math.max(width, 1f), getMaximumCategoryLabelLines(), new G2TextMeasurer(g2));
    }

    /** "Tohoku 東北" becomes "Tohoku\n東北" (a break at the last space before the first CJK character); others unchanged. */
    static String twoLines(String label) {
        for (int i = 0; i < label.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(label.codePointAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                int space = label.lastIndexOf(' ', i);
                return space > 0 ? label.substring(0, space) + "\n" + label.substring(space + 1) : label;
            }
        }
        return label;
    }
}
