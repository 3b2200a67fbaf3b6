package kozan.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.table.DefaultTableModel;
import kozan.gui.compare.Quantity.Kind;
import org.junit.jupiter.api.Test;

/**
 * The "Differences in target years" table writes each number in its unit as the panels do, never as a raw double
 * (it showed 5.512e+07, 4,364,605.... and 5.920e-11).
 */
class CompareTableTest {

    private static List<String> cells(DiffRow r) {
        DefaultTableModel m = ComparisonWindow.tableModel(List.of(r));
        // baseline mean, scenario mean, difference, 95% CI low, 95% CI high
        return List.of(4, 5, 6, 7, 8).stream().map(c -> (String) m.getValueAt(0, c)).toList();
    }

    @Test
    void yenPersonsAndSharesAreWrittenInTheirUnits() {
        assertThat(cells(new DiffRow("p", "Fiscal cost, all levers", "JPY/yr", Kind.YEN, 2040, 0, 5.512e7, 5.512e7,
                -1.2e9, 1.31e9, 8, true)))
                .containsExactly("JPY 0.00 bn", "JPY 0.06 bn", "+JPY 0.06 bn", "-JPY 1.20 bn", "+JPY 1.31 bn");
        assertThat(cells(new DiffRow("p", "Employed", "persons", Kind.PERSONS, 2040, 4_302_690.55, 4_364_605.263,
                61_914.713, 60_001.2, 63_828.2, 8, true)))
                .containsExactly("4,302,691 persons", "4,364,605 persons", "+61,915 persons", "+60,001 persons",
                        "+63,828 persons");
        assertThat(cells(new DiffRow("p", "Import dependence: Gold", "share", Kind.SHARE, 2040, 0.8181, 0.8182117,
                0.0001117, -0.0004, 0.0006, 8, true)))
                .containsExactly("81.8%", "81.8%", "+0.01 pp", "-0.04 pp", "+0.06 pp");
    }

    @Test
    void floatNoiseIsZero() {
        assertThat(cells(new DiffRow("p", "Import dependence: Lithium", "share", Kind.SHARE, 2040, 1.0, 1.0 - 5.92e-11,
                -5.920e-11, -5.920e-11, -5.920e-11, 8, true)))
                .containsExactly("100.0%", "100.0%", "0.00 pp", "0.00 pp", "0.00 pp");
        assertThat(cells(new DiffRow("p", "Fiscal cost, all levers", "JPY/yr", Kind.YEN, 2040, -3e-7, 0, 3e-7, 3e-7,
                3e-7, 8, true)))
                .containsExactly("JPY 0.00 bn", "JPY 0.00 bn", "JPY 0.00 bn", "JPY 0.00 bn", "JPY 0.00 bn");
    }
}
