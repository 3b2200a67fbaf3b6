package kozan.gui.panel;

import java.util.Locale;
import kozan.gui.GuiFormat;
import kozan.gui.compare.PairedTrack.Estimate;
import kozan.gui.compare.Quantity;
import kozan.gui.compare.Quantity.Kind;

/**
 * How the panels and the comparison window's table write a level and a difference of a {@link Quantity} or of a
 * results quantity of the same {@link Kind}: persons whole with thousands separators, shares as per cent (levels)
 * and percentage points (differences), yen in billions; never a raw double such as 5.512e+07.
 */
public final class Values {

    private Values() {
    }

    /** A level in its unit: "12,345 persons", "3.2%", "JPY 0.50 bn"; "n/a" when unknown. */
    public static String level(Kind kind, double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return switch (kind) {
            case PERSONS -> GuiFormat.persons(v);
            case SHARE -> GuiFormat.percent(v);
            case YEN -> GuiFormat.yenBillions(v);
            case PRICE -> String.format(Locale.ROOT, "%.3f", v);
        };
    }

    /** "+4 persons (-13 to +21)": the mean difference with its unit, the 95% interval's ends without. */
    static String difference(Quantity q, Estimate e) {
        String s = signed(q.kind(), e.mean(), true);
        if (e.hasInterval()) {
            s += " (" + signed(q.kind(), e.low(), false) + " to " + signed(q.kind(), e.high(), false) + ")";
        }
        return s;
    }

    /**
     * A signed difference in the unit of its kind ("+61,915 persons", "-7.01 pp", "+JPY 0.06 bn"); a value that
     * rounds to zero, such as float noise of 5.9e-11, prints as 0 (never "-0").
     */
    public static String signed(Kind kind, double v, boolean withUnit) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return switch (kind) {
            case YEN -> GuiFormat.signedYenBillions(v, withUnit);
            case PERSONS -> withSign(GuiFormat.whole(v), v) + (withUnit ? " persons" : "");
            case SHARE -> withSign(String.format(Locale.ROOT, "%.2f", 100 * v), v) + (withUnit ? " pp" : "");
            case PRICE -> withSign(String.format(Locale.ROOT, "%.3f", v), v);
        };
    }

    /** "+" before a positive number; a number that prints as zero loses its sign. */
    private static String withSign(String number, double v) {
        if (number.matches("-?[0.,]+")) {
            return number.replace("-", "");
        }
        return v > 0 ? "+" + number : number;
    }
}
