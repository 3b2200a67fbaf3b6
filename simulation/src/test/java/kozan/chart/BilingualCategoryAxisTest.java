package kozan.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Bilingual place names on a category axis: English over Japanese, and the Japanese name never split. */
class BilingualCategoryAxisTest {

    @Test
    void theJapaneseNameGoesOnItsOwnLine() {
        assertThat(BilingualCategoryAxis.twoLines("Tohoku 東北")).isEqualTo("Tohoku\n東北");
        assertThat(BilingualCategoryAxis.twoLines("Japan 日本")).isEqualTo("Japan\n日本");
        assertThat(BilingualCategoryAxis.twoLines("Rare earths")).isEqualTo("Rare earths");
        assertThat(BilingualCategoryAxis.twoLines("北海道")).isEqualTo("北海道");
    }

    @Test
    void aNarrowCategoryStillKeepsTheJapaneseNameWhole() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        BilingualCategoryAxis axis = new BilingualCategoryAxis("Region");
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        // 68 px: "Tohoku 東" fits (about 62 px at 12 pt) but "Tohoku 東北" does not (about 75 px): a plain axis splits the name
        TextBlock block = axis.createLabel("Tohoku 東北", 68f, RectangleEdge.BOTTOM, g2);
        g2.dispose();
        assertThat(block.getLines()).extracting(l -> text((TextLine) l)).containsExactly("Tohoku", "東北");
    }

    /** A wrapped line holds one fragment (TextUtils makes one per line). */
    private static String text(TextLine line) {
        return line.getFirstTextFragment().getText();
    }
}
